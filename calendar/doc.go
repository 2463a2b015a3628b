// Package calendar converts dates between the Solar Hijri calendar (the
// Iranian and Afghan solar calendar, Jalali) and the Gregorian calendar, and
// knows how Persian writes months, weekdays and ordinal day numbers.
//
// # Arithmetic
//
// A Solar Hijri year starts on Nowruz, 1 Farvardin (Afghan: 1 Hamal), the
// day of the March equinox as observed in Iran. Its first six months have
// 31 days, the next five 30, and the last (Esfand / Hoot) 29, or 30 in a
// leap year. The official calendar is astronomical; this package follows
// the arithmetic that reproduces it over the supported years: leap years
// recur in 33-year cycles (every fourth year, with one gap of five), and
// the cycle is re-anchored at a short list of break years where the
// equinox drifts across local noon. The 2820-year cycle of Birashk is not
// used: it disagrees with the official calendar (it makes 1404 leap
// instead of 1403, for one).
//
// Conversions are exact for Solar Hijri years MinSolarYear–MaxSolarYear
// (1–3177 SH, 622–3798 CE); outside them they return ErrOutOfRange. The
// Gregorian side is proleptic (Gregorian rules before 1582 too).
//
// # Words
//
// Months lists every spelling this package knows of the solar months
// (Afghan حمل … حوت and Iranian فروردین … اسفند) and of the Gregorian
// months as written in Dari (جنوری … دسمبر) and Iranian Persian (ژانویه …
// دسامبر), each marked with its calendar, number and spelling, and whether
// it is also a common word (حمل "transport", تیر "bullet", می the verb
// prefix) that a date finder should accept only in a date context.
// LookupMonth, LookupWeekday and ParseOrdinal read single words and
// phrases of normalized Persian text (Persian ی and ک, as
// khabar/text/fa produces).
//
// Every exported function is pure and every table is read-only after
// package initialization, so the package is safe for concurrent use.
package calendar
