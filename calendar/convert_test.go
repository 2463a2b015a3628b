package calendar

import (
	"errors"
	"testing"
	"time"
)

// Every pair below is checked by hand from the rules (months 1–6 have 31
// days, 7–11 have 30) and a Nowruz date, or is a well-known anniversary.
var knownDays = []struct {
	name  string
	solar Solar
	greg  Gregorian
}{
	// Nowruz 1403 (1402 is a common year: 2023-03-21 + 365 days).
	{"nowruz 1403", Solar{1403, 1, 1}, Gregorian{2024, 3, 20}},
	// Nowruz after a leap year: 1403 has 366 days, 2024-03-20 + 366.
	{"nowruz 1404 after leap 1403", Solar{1404, 1, 1}, Gregorian{2025, 3, 21}},
	// 30 Esfand exists in leap 1403: the day before Nowruz 1404.
	{"30 esfand of a leap year", Solar{1403, 12, 30}, Gregorian{2025, 3, 20}},
	// Aban is month 8: day 186+30+25 = 241 of 1404, 2025-03-21 + 240.
	{"25 aban 1404", Solar{1404, 8, 25}, Gregorian{2025, 11, 16}},
	// Same day a year earlier: 2024-03-20 + 240.
	{"25 aban 1403 (۱۴۰۳/۸/۲۵)", Solar{1403, 8, 25}, Gregorian{2024, 11, 15}},
	// Hoot is month 12: day 186+150+15 = 351 of 1402, 2023-03-21 + 350.
	{"15 hoot 1402", Solar{1402, 12, 15}, Gregorian{2024, 3, 5}},
	// Last day of common year 1402, across 29 February 2024.
	{"29 esfand 1402", Solar{1402, 12, 29}, Gregorian{2024, 3, 19}},
	// New Year's Day: day 286+1 of 1402.
	{"11 dey 1402 = 1 january", Solar{1402, 10, 11}, Gregorian{2024, 1, 1}},
	// Afghan Independence Day, 28 Asad.
	{"28 asad 1404", Solar{1404, 5, 28}, Gregorian{2025, 8, 19}},
	// The Iranian revolution, 22 Bahman 1357.
	{"22 bahman 1357", Solar{1357, 11, 22}, Gregorian{1979, 2, 11}},
	// The Saur revolution, 7 Saur 1357.
	{"7 saur 1357", Solar{1357, 2, 7}, Gregorian{1978, 4, 27}},
	// 11 September 2001 was 20 Shahrivar 1380.
	{"20 shahrivar 1380", Solar{1380, 6, 20}, Gregorian{2001, 9, 11}},
	// Start of the supported modern range.
	{"nowruz 1300", Solar{1300, 1, 1}, Gregorian{1921, 3, 21}},
	// 1408 is the next leap year after 1403; its Nowruz is on the 20th.
	{"nowruz 1408", Solar{1408, 1, 1}, Gregorian{2029, 3, 20}},
	// Last day of the first half-year: 31 Shahrivar is day 186.
	{"31 shahrivar 1404", Solar{1404, 6, 31}, Gregorian{2025, 9, 22}},
	// First day of Mehr follows it.
	{"1 mehr 1404", Solar{1404, 7, 1}, Gregorian{2025, 9, 23}},
}

func TestKnownDays(t *testing.T) {
	for _, tc := range knownDays {
		g, err := tc.solar.Gregorian()
		if err != nil || g != tc.greg {
			t.Errorf("%s: %v.Gregorian() = %v, %v; want %v", tc.name, tc.solar, g, err, tc.greg)
		}
		s, err := tc.greg.Solar()
		if err != nil || s != tc.solar {
			t.Errorf("%s: %v.Solar() = %v, %v; want %v", tc.name, tc.greg, s, err, tc.solar)
		}
	}
}

func TestLeapYears(t *testing.T) {
	for _, tc := range []struct {
		name string
		year int
		leap bool
	}{
		{"1403 leap (Birashk's 2820-year cycle says 1404)", 1403, true},
		{"1404 common (Birashk's cycle says leap)", 1404, false},
		{"1399 leap", 1399, true},
		{"1370 leap, then a five-year gap", 1370, true},
		{"1371 common inside the gap", 1371, false},
		{"1374 common inside the gap", 1374, false},
		{"1375 leap, end of the gap", 1375, true},
		{"1408 leap, after the gap 1403–1408", 1408, true},
		{"1407 common", 1407, false},
		{"0 outside the range", 0, false},
		{"3178 outside the range", 3178, false},
	} {
		if got := SolarLeap(tc.year); got != tc.leap {
			t.Errorf("%s: SolarLeap(%d) = %v", tc.name, tc.year, got)
		}
	}
}

// TestNowruzInMarch checks that every year of the modern range starts
// between 19 and 22 March and has 365 or 366 days, with at most five
// years between leap years.
func TestNowruzInMarch(t *testing.T) {
	sinceLeap := 0
	for y := 1300; y <= 1500; y++ {
		g, err := SolarYearStart(y)
		if err != nil {
			t.Fatal(err)
		}
		if g.Month != 3 || g.Day < 19 || g.Day > 22 {
			t.Errorf("1 Farvardin %d = %v, not 19–22 March", y, g)
		}
		next, _ := SolarYearStart(y + 1)
		if n := next.DayNumber() - g.DayNumber(); n != 365+boolInt(SolarLeap(y)) {
			t.Errorf("year %d has %d days, leap = %v", y, n, SolarLeap(y))
		}
		sinceLeap++
		if SolarLeap(y) {
			if y > 1310 && sinceLeap != 4 && sinceLeap != 5 {
				t.Errorf("leap year %d comes %d years after the previous one", y, sinceLeap)
			}
			sinceLeap = 0
		}
	}
}

// TestRoundTrip converts every day from 1930 to 2100 to the solar
// calendar and back, and checks that consecutive days are consecutive in
// the solar calendar too, with the month lengths of that calendar.
func TestRoundTrip(t *testing.T) {
	first, last := Gregorian{1930, 1, 1}.DayNumber(), Gregorian{2100, 12, 31}.DayNumber()
	var prev Solar
	for n := first; n <= last; n++ {
		g := GregorianFromDayNumber(n)
		s, err := g.Solar()
		if err != nil {
			t.Fatalf("%v.Solar(): %v", g, err)
		}
		back, err := s.Gregorian()
		if err != nil || back != g {
			t.Fatalf("%v → %v → %v, %v", g, s, back, err)
		}
		if n > first && s != nextSolarDay(prev) {
			t.Fatalf("%v is %v, but the day before was %v", g, s, prev)
		}
		prev = s
	}
}

func nextSolarDay(s Solar) Solar {
	switch {
	case s.Day < SolarMonthLength(s.Year, s.Month):
		return Solar{s.Year, s.Month, s.Day + 1}
	case s.Month < 12:
		return Solar{s.Year, s.Month + 1, 1}
	}
	return Solar{s.Year + 1, 1, 1}
}

// TestDayNumberAgreesWithTime checks the Gregorian day arithmetic and
// weekdays against the standard library, every day of 1600–2400.
func TestDayNumberAgreesWithTime(t *testing.T) {
	tm := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	for tm.Year() <= 2400 {
		g := Gregorian{tm.Year(), int(tm.Month()), tm.Day()}
		n := int(tm.Unix() / 86400)
		if g.DayNumber() != n || GregorianFromDayNumber(n) != g || g.Weekday() != tm.Weekday() {
			t.Fatalf("%v: DayNumber %d (want %d), back %v, weekday %v (want %v)",
				g, g.DayNumber(), n, GregorianFromDayNumber(n), g.Weekday(), tm.Weekday())
		}
		tm = tm.AddDate(0, 0, 1)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want error
	}{
		{"30 Esfand in a common year", errOf(Solar{1404, 12, 30}.Gregorian()), ErrBadDate},
		{"month 13", errOf(Solar{1404, 13, 1}.Gregorian()), ErrBadDate},
		{"day 0", errOf(Solar{1404, 1, 0}.Gregorian()), ErrBadDate},
		{"solar year 0", errOf(Solar{0, 1, 1}.Gregorian()), ErrOutOfRange},
		{"solar year past the last break", errOf(Solar{3178, 1, 1}.Gregorian()), ErrOutOfRange},
		{"29 February in a common year", errOf2(Gregorian{2025, 2, 29}.Solar()), ErrBadDate},
		{"before 1 Farvardin 1", errOf2(Gregorian{622, 3, 1}.Solar()), ErrOutOfRange},
		{"after the last supported day", errOf2(Gregorian{3800, 1, 1}.Solar()), ErrOutOfRange},
	} {
		if !errors.Is(tc.err, tc.want) {
			t.Errorf("%s: error %v, want %v", tc.name, tc.err, tc.want)
		}
	}
	if _, err := (Gregorian{622, 3, 22}).Solar(); err != nil {
		t.Errorf("1 Farvardin 1 (622-03-22 proleptic): %v", err)
	}
}

func TestParseGregorian(t *testing.T) {
	if g, err := ParseGregorian("2025-11-07"); err != nil || g != (Gregorian{2025, 11, 7}) {
		t.Errorf("ParseGregorian(2025-11-07) = %v, %v", g, err)
	}
	for _, bad := range []string{"", "2025-11-7", "2025/11/07", "2025-02-29", "۲۰۲۵-۱۱-۰۷", "2025-13-01"} {
		if _, err := ParseGregorian(bad); err == nil {
			t.Errorf("ParseGregorian(%q) succeeded", bad)
		}
	}
}

func TestMonthAnchorAndMainYear(t *testing.T) {
	// The 15th of each solar month lies in the Gregorian month three after
	// it (Farvardin → April … Esfand → March), every year of the range.
	for y := 1300; y <= 1500; y++ {
		for m := 1; m <= 12; m++ {
			g, err := MonthAnchor(y, m)
			if err != nil {
				t.Fatal(err)
			}
			if want := (m+2)%12 + 1; g.Month != want {
				t.Errorf("15/%d/%d is %v, want Gregorian month %d", m, y, g, want)
			}
		}
		if gy, _ := MainGregorianYear(y); gy != y+621 {
			t.Errorf("MainGregorianYear(%d) = %d", y, gy)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func errOf(_ Gregorian, err error) error { return err }
func errOf2(_ Solar, err error) error    { return err }
