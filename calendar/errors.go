package calendar

import "errors"

var (
	// ErrOutOfRange is returned for a Solar Hijri year outside
	// MinSolarYear–MaxSolarYear, or a Gregorian date whose Solar Hijri
	// year would be.
	ErrOutOfRange = errors.New("calendar: year out of supported range")
	// ErrBadDate is returned for a day that does not exist: month 13,
	// 30 Esfand in a common year, 29 February in a common year.
	ErrBadDate = errors.New("calendar: no such day")
)
