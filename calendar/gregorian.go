package calendar

import (
	"fmt"
	"time"
)

// Gregorian is a day of the proleptic Gregorian calendar. Month is 1–12.
type Gregorian struct {
	Year, Month, Day int
}

// GregorianLeap reports whether year has a 29 February.
func GregorianLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// GregorianMonthLength returns the number of days in a Gregorian month, or
// 0 when month is not 1–12.
func GregorianMonthLength(year, month int) int {
	switch month {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if GregorianLeap(year) {
			return 29
		}
		return 28
	}
	return 0
}

// Valid reports whether g is a day that exists.
func (g Gregorian) Valid() bool {
	return g.Day >= 1 && g.Day <= GregorianMonthLength(g.Year, g.Month)
}

// String writes g as YYYY-MM-DD.
func (g Gregorian) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", g.Year, g.Month, g.Day)
}

// DayNumber counts days from 1970-01-01 (day 0) to g; earlier days are
// negative. g should be Valid.
func (g Gregorian) DayNumber() int {
	y, m := g.Year, g.Month
	if m <= 2 { // count the year from March, so that 29 February ends it
		y--
	}
	era := floorDiv(y, 400)
	yearOfEra := y - era*400                      // 0–399
	marchMonth := (m + 9) % 12                    // March 0 … February 11
	dayOfYear := (153*marchMonth+2)/5 + g.Day - 1 // days since 1 March
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - 719468 // 719468: 0000-03-01 to 1970-01-01
}

// GregorianFromDayNumber is the inverse of Gregorian.DayNumber.
func GregorianFromDayNumber(n int) Gregorian {
	n += 719468
	era := floorDiv(n, 146097)
	dayOfEra := n - era*146097                                                       // 0–146096
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365 // 0–399
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)            // from 1 March
	marchMonth := (5*dayOfYear + 2) / 153
	day := dayOfYear - (153*marchMonth+2)/5 + 1
	month := marchMonth + 3
	year := yearOfEra + era*400
	if month > 12 {
		month -= 12
		year++
	}
	return Gregorian{Year: year, Month: month, Day: day}
}

// AddDays returns the day n days after g (before it when n < 0).
func (g Gregorian) AddDays(n int) Gregorian {
	return GregorianFromDayNumber(g.DayNumber() + n)
}

// Weekday returns g's day of the week.
func (g Gregorian) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday(floorMod(g.DayNumber()+int(time.Thursday), 7))
}

// ParseGregorian reads YYYY-MM-DD in ASCII digits.
func ParseGregorian(s string) (Gregorian, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Gregorian{}, fmt.Errorf("calendar: %q is not YYYY-MM-DD", s)
	}
	var parts [3]int
	for i, field := range [3]string{s[0:4], s[5:7], s[8:10]} {
		for j := 0; j < len(field); j++ {
			c := field[j]
			if c < '0' || c > '9' {
				return Gregorian{}, fmt.Errorf("calendar: %q is not YYYY-MM-DD", s)
			}
			parts[i] = parts[i]*10 + int(c-'0')
		}
	}
	g := Gregorian{Year: parts[0], Month: parts[1], Day: parts[2]}
	if !g.Valid() {
		return Gregorian{}, fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	return g, nil
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }
