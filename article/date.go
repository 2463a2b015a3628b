package article

import (
	"fmt"
	"time"
)

// unknownDate is the placeholder the dated text format uses for "no date".
const unknownDate = "0000-00-00"

// ParseDate checks a publication date and returns it as YYYY-MM-DD.
//
// It accepts "YYYY-MM-DD" (ASCII digits, a real calendar day in years
// 0001–9999), "0000-00-00", which means unknown and returns "", and an
// RFC 3339 timestamp ("2025-11-07T09:30:00+04:30"), whose date is taken as
// written, in the timestamp's own offset, not converted to UTC. Anything
// else, including "" and impossible days such as 2025-13-45 or 2025-02-30,
// is an error wrapping ErrBadDate.
func ParseDate(s string) (string, error) {
	if s == unknownDate {
		return "", nil
	}
	if len(s) > 10 {
		if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
			return "", fmt.Errorf("%w: %q is neither YYYY-MM-DD nor an RFC 3339 timestamp", ErrBadDate, s)
		}
		s = s[:10]
	}
	if !dateShaped(s) {
		return "", fmt.Errorf("%w: %q is not YYYY-MM-DD", ErrBadDate, s)
	}
	year, month, day := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
	switch {
	case year == 0:
		return "", fmt.Errorf("%w: %q has year 0000 (use 0000-00-00 for an unknown date)", ErrBadDate, s)
	case month < 1 || month > 12:
		return "", fmt.Errorf("%w: %q has no month %02d", ErrBadDate, s, month)
	case day < 1 || day > daysIn(year, month):
		return "", fmt.Errorf("%w: %q: month %02d of %04d has no day %02d", ErrBadDate, s, month, year, day)
	}
	return s, nil
}

// dateShaped reports whether s is 4 ASCII digits, '-', 2 digits, '-', 2
// digits. It says nothing about whether the day exists.
func dateShaped(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// digits reads an all-ASCII-digit string as a number.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// daysIn returns the number of days in a month of the Gregorian calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}
