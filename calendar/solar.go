package calendar

import "fmt"

// Solar is a day of the Solar Hijri calendar. Month is 1 (Farvardin /
// Hamal) to 12 (Esfand / Hoot).
type Solar struct {
	Year, Month, Day int
}

// SolarMonthLength returns the number of days in a Solar Hijri month, or 0
// when month is not 1–12.
func SolarMonthLength(year, month int) int {
	switch {
	case month >= 1 && month <= 6:
		return 31
	case month >= 7 && month <= 11:
		return 30
	case month == 12:
		if SolarLeap(year) {
			return 30
		}
		return 29
	}
	return 0
}

// Valid reports whether s is a day that exists, in a supported year.
func (s Solar) Valid() bool {
	return s.Year >= MinSolarYear && s.Year <= MaxSolarYear &&
		s.Day >= 1 && s.Day <= SolarMonthLength(s.Year, s.Month)
}

// String writes s as YYYY-MM-DD (Solar Hijri numbers, ASCII digits).
func (s Solar) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", s.Year, s.Month, s.Day)
}

// dayOfYear returns 0 for 1 Farvardin.
func (s Solar) dayOfYear() int {
	if s.Month <= 7 {
		return (s.Month-1)*31 + s.Day - 1
	}
	return 186 + (s.Month-7)*30 + s.Day - 1
}

// Gregorian converts s to the Gregorian calendar.
func (s Solar) Gregorian() (Gregorian, error) {
	if s.Year < MinSolarYear || s.Year > MaxSolarYear {
		return Gregorian{}, fmt.Errorf("%w: Solar Hijri year %d (supported %d–%d)", ErrOutOfRange, s.Year, MinSolarYear, MaxSolarYear)
	}
	if !s.Valid() {
		return Gregorian{}, fmt.Errorf("%w: Solar Hijri %d/%d/%d", ErrBadDate, s.Year, s.Month, s.Day)
	}
	return GregorianFromDayNumber(nowruz[s.Year-MinSolarYear] + s.dayOfYear()), nil
}

// Solar converts g to the Solar Hijri calendar.
func (g Gregorian) Solar() (Solar, error) {
	if !g.Valid() {
		return Solar{}, fmt.Errorf("%w: Gregorian %d-%d-%d", ErrBadDate, g.Year, g.Month, g.Day)
	}
	n := g.DayNumber()
	year := g.Year - 621 // the solar year that starts in March of g.Year
	if year > MaxSolarYear+1 || year < MinSolarYear {
		return Solar{}, fmt.Errorf("%w: Gregorian %s (supported %s–%s)", ErrOutOfRange, g, firstSolarDay(), lastSolarDay())
	}
	if year > MaxSolarYear || n < nowruz[year-MinSolarYear] {
		year--
	}
	if year < MinSolarYear || (year == MaxSolarYear && n-nowruz[year-MinSolarYear] >= solarYearLength(year)) {
		return Solar{}, fmt.Errorf("%w: Gregorian %s (supported %s–%s)", ErrOutOfRange, g, firstSolarDay(), lastSolarDay())
	}
	doy := n - nowruz[year-MinSolarYear]
	if doy < 186 {
		return Solar{Year: year, Month: doy/31 + 1, Day: doy%31 + 1}, nil
	}
	doy -= 186
	return Solar{Year: year, Month: doy/30 + 7, Day: doy%30 + 1}, nil
}

// SolarYearStart returns the Gregorian day of 1 Farvardin of year.
func SolarYearStart(year int) (Gregorian, error) {
	return Solar{Year: year, Month: 1, Day: 1}.Gregorian()
}

// MainGregorianYear returns the Gregorian year that holds most days of a
// Solar Hijri year: the one its Nowruz falls in (about 286 of its days;
// the other year gets the last 79 or 80). For 1403 it is 2024.
func MainGregorianYear(year int) (int, error) {
	start, err := SolarYearStart(year)
	if err != nil {
		return 0, err
	}
	return start.Year, nil
}

// MonthAnchor returns the Gregorian day of the 15th of a Solar Hijri
// month. A solar month straddles two Gregorian months; the one holding its
// 15th is where most of it lies, and is what a month-precision Gregorian
// date for the solar month should name (Aban 1404 → November 2025).
func MonthAnchor(year, month int) (Gregorian, error) {
	return Solar{Year: year, Month: month, Day: 15}.Gregorian()
}

func firstSolarDay() Gregorian { return GregorianFromDayNumber(nowruz[0]) }

func lastSolarDay() Gregorian {
	return GregorianFromDayNumber(nowruz[MaxSolarYear-MinSolarYear] + solarYearLength(MaxSolarYear) - 1)
}
