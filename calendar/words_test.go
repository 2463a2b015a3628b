package calendar

import (
	"testing"
	"time"
)

func TestLookupMonth(t *testing.T) {
	for _, tc := range []struct {
		name   string
		word   string
		system System
		month  int
		common bool
	}{
		{"Afghan solar month", "حمل", SolarSystem, 1, true},
		{"Afghan solar month, unambiguous", "حوت", SolarSystem, 12, false},
		{"Afghan solar month with hamza spelling", "جوزاء", SolarSystem, 3, false},
		{"Afghan سرطان is also cancer", "سرطان", SolarSystem, 4, true},
		{"Afghan میزان is also amount", "میزان", SolarSystem, 7, true},
		{"Iranian solar month", "آبان", SolarSystem, 8, false},
		{"Iranian solar month, also bullet", "تیر", SolarSystem, 4, true},
		{"Iranian solar month, old spelling", "امرداد", SolarSystem, 5, false},
		{"Dari Gregorian month", "نومبر", GregorianSystem, 11, false},
		{"Dari Gregorian month, also the verb prefix", "می", GregorianSystem, 5, true},
		{"Dari Gregorian month, Iranian-style spelling", "سپتامبر", GregorianSystem, 9, false},
		{"Dari Gregorian month variant", "فیبروری", GregorianSystem, 2, false},
		{"Iranian Gregorian month", "ژوئیه", GregorianSystem, 7, false},
		{"Iranian Gregorian month with ezafe", "ژانویهٔ", GregorianSystem, 1, false},
		{"Iranian Gregorian month with written ezafe ی", "ژانویه\u200cی", GregorianSystem, 1, false},
		{"Iranian Gregorian month, also fog", "مه", GregorianSystem, 5, true},
		{"both usages: جولای", "جولای", GregorianSystem, 7, false},
		{"Iranian August variant", "آگوست", GregorianSystem, 8, false},
	} {
		m, ok := LookupMonth(tc.word)
		if !ok || m.System != tc.system || m.Month != tc.month || m.CommonWord != tc.common {
			t.Errorf("%s: LookupMonth(%q) = %+v, %v", tc.name, tc.word, m, ok)
		}
	}
	for _, word := range []string{"ماه", "سال", "طیاره", "", "نومبرها"} {
		if m, ok := LookupMonth(word); ok {
			t.Errorf("LookupMonth(%q) = %+v, want none", word, m)
		}
	}
}

func TestMonthTablesComplete(t *testing.T) {
	seen := map[System]map[int]bool{SolarSystem: {}, GregorianSystem: {}}
	for _, m := range Months() {
		seen[m.System][m.Month] = true
		if got, ok := LookupMonth(m.Text); !ok || got != m {
			t.Errorf("LookupMonth(%q) = %+v, want %+v", m.Text, got, m)
		}
	}
	for sys, months := range seen {
		if len(months) != 12 {
			t.Errorf("%v: %d months named", sys, len(months))
		}
	}
}

func TestLookupWeekday(t *testing.T) {
	for _, tc := range []struct {
		name string
		word string
		want time.Weekday
	}{
		{"Saturday", "شنبه", time.Saturday},
		{"Sunday with half-space", "یک‌شنبه", time.Sunday},
		{"Sunday joined", "یکشنبه", time.Sunday},
		{"Sunday with a space", "یک شنبه", time.Sunday},
		{"Tuesday with half-space", "سه‌شنبه", time.Tuesday},
		{"Tuesday joined", "سهشنبه", time.Tuesday},
		{"Tuesday with a space", "سه شنبه", time.Tuesday},
		{"Wednesday", "چهارشنبه", time.Wednesday},
		{"Thursday joined", "پنجشنبه", time.Thursday},
		{"Thursday with half-space", "پنج‌شنبه", time.Thursday},
		{"Friday", "جمعه", time.Friday},
		{"Friday, literary", "آدینه", time.Friday},
		{"weekday with ezafe", "شنبهٔ", time.Saturday},
	} {
		if d, ok := LookupWeekday(tc.word); !ok || d != tc.want {
			t.Errorf("%s: LookupWeekday(%q) = %v, %v", tc.name, tc.word, d, ok)
		}
	}
	for i, name := range WeekdayNames {
		if d, ok := LookupWeekday(name); !ok || d != time.Weekday(i) {
			t.Errorf("WeekdayNames[%d] = %q reads as %v", i, name, d)
		}
	}
	for _, word := range []string{"هفته", "شش شنبه", "روز"} {
		if d, ok := LookupWeekday(word); ok {
			t.Errorf("LookupWeekday(%q) = %v, want none", word, d)
		}
	}
}

func TestParseOrdinal(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want int
	}{
		{"first as اول", "اول", 1},
		{"first as یکم", "یکم", 1},
		{"sixth", "ششم", 6},
		{"third, Dari spelling", "سیوم", 3},
		{"fifteenth", "پانزدهم", 15},
		{"eighteenth, variant spelling", "هیجدهم", 18},
		{"twentieth", "بیستم", 20},
		{"compound with spaces", "بیست و یکم", 21},
		{"compound with half-spaces", "بیست‌و‌ششم", 26},
		{"compound joined", "بیستوششم", 26},
		{"thirtieth with half-space", "سی‌ام", 30},
		{"thirty-first with half-space", "سی‌ویکم", 31},
		{"thirty-first with spaces", "سی و یکم", 31},
		{"Persian digit + م", "۶م", 6},
		{"Persian digits + ام", "۲۱ام", 21},
		{"Arabic-Indic digit + م", "٦م", 6},
		{"Latin digits + م", "15م", 15},
	} {
		if n, ok := ParseOrdinal(tc.s); !ok || n != tc.want {
			t.Errorf("%s: ParseOrdinal(%q) = %d, %v; want %d", tc.name, tc.s, n, ok, tc.want)
		}
	}
	for _, tc := range []struct{ name, s string }{
		{"thirty-second is no day", "سی و دوم"},
		{"digit ordinal past 31", "۳۲م"},
		{"zero", "۰م"},
		{"three digits", "۱۰۰م"},
		{"cardinal, not ordinal", "شش"},
		{"bare digits", "۶"},
		{"noun ending in م", "مردم"},
		{"empty", ""},
	} {
		if n, ok := ParseOrdinal(tc.s); ok {
			t.Errorf("%s: ParseOrdinal(%q) = %d", tc.name, tc.s, n)
		}
	}
}

func TestDigitAt(t *testing.T) {
	for _, tc := range []struct {
		s           string
		value, size int
	}{{"7x", 7, 1}, {"۷", 7, 2}, {"٧", 7, 2}, {"ا", 0, 0}, {"", 0, 0}, {"\xdb", 0, 0}} {
		if v, n := DigitAt(tc.s); v != tc.value || n != tc.size {
			t.Errorf("DigitAt(%q) = %d, %d", tc.s, v, n)
		}
	}
}

func TestWeekdaySpellings(t *testing.T) {
	days := map[time.Weekday]int{}
	for _, w := range WeekdaySpellings() {
		if d, ok := LookupWeekday(w.Text); !ok || d != w.Day {
			t.Errorf("LookupWeekday(%q) = %v, %v; want %v", w.Text, d, ok, w.Day)
		}
		days[w.Day]++
	}
	if len(days) != 7 {
		t.Errorf("spellings name %d weekdays", len(days))
	}
}
