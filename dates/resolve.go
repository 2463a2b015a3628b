package dates

import (
	"fmt"
	"time"

	"khabar/calendar"
)

// Precisions of a resolved date.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// upcomingDays is how far after the article date a day and month written
// without a year may lie and still be read as upcoming rather than as the
// same day of the year before: "on 20 November" in an article of
// 7 November 2025 is 2025-11-20, "on 15 March" is 2025-03-15.
const upcomingDays = 90

// Article dates outside these years are taken as unknown, so that every
// value stays a four-digit year (a count ago is at most 999 units).
const (
	minArticleYear = 1000
	maxArticleYear = 8999
)

// anchor is the article date a relative expression is resolved against.
type anchor struct {
	ok    bool
	day   calendar.Gregorian
	solar calendar.Solar
	solOK bool
}

func newAnchor(articleDate string) anchor {
	g, err := calendar.ParseGregorian(articleDate)
	if err != nil || g.Year < minArticleYear || g.Year > maxArticleYear {
		return anchor{}
	}
	a := anchor{ok: true, day: g}
	if s, err := g.Solar(); err == nil {
		a.solar, a.solOK = s, true
	}
	return a
}

func dayValue(g calendar.Gregorian) string       { return g.String() }
func monthValue(year, month int) string          { return fmt.Sprintf("%04d-%02d", year, month) }
func yearValue(year int) string                  { return fmt.Sprintf("%04d", year) }
func gregMonthValue(g calendar.Gregorian) string { return monthValue(g.Year, g.Month) }

// addMonths moves a month by k months.
func addMonths(year, month, k int) (int, int) {
	n := year*12 + month - 1 + k
	return n / 12, n%12 + 1
}

// relativeDay is the article date moved by days.
func (a anchor) relativeDay(days int) string {
	if !a.ok {
		return ""
	}
	return dayValue(a.day.AddDays(days))
}

// relativeWeek gives a week as the month holding the same weekday
// that many weeks away: a week has no precision of its own here.
func (a anchor) relativeWeek(weeks int) string {
	if !a.ok {
		return ""
	}
	return gregMonthValue(a.day.AddDays(7 * weeks))
}

func (a anchor) relativeMonth(months int) string {
	if !a.ok {
		return ""
	}
	return monthValue(addMonths(a.day.Year, a.day.Month, months))
}

// relativeYear moves the article's year; in the solar system, the solar
// year is moved and its main Gregorian year given.
func (a anchor) relativeYear(years int, system calendar.System) string {
	if !a.ok {
		return ""
	}
	if system == calendar.SolarSystem {
		if !a.solOK {
			return ""
		}
		return solarYearValue(a.solar.Year + years)
	}
	return yearValue(a.day.Year + years)
}

// weekday finds the weekday nearest the article date: direction 0 is the
// article date itself or the latest such day before it; -1 is strictly
// before (پنجشنبه گذشته, last Thursday), +1 strictly after.
func (a anchor) weekday(d time.Weekday, direction int) string {
	if !a.ok {
		return ""
	}
	back := (int(a.day.Weekday()) - int(d) + 7) % 7
	switch direction {
	case -1:
		if back == 0 {
			back = 7
		}
	case 1:
		return dayValue(a.day.AddDays(7 - back))
	}
	return dayValue(a.day.AddDays(-back))
}

// persianWeekday finds a weekday in the week weeks away from the
// article's, weeks running Saturday to Friday as in Afghanistan and Iran:
// پنجشنبه هفتهٔ گذشته is the Thursday of the week before.
func (a anchor) persianWeekday(d time.Weekday, weeks int) string {
	if !a.ok {
		return ""
	}
	sinceSaturday := (int(a.day.Weekday()) - int(time.Saturday) + 7) % 7
	weekStart := a.day.AddDays(7*weeks - sinceSaturday)
	return dayValue(weekStart.AddDays((int(d) - int(time.Saturday) + 7) % 7))
}

// gregorianMonthAlone is the latest such month not after the article's.
func (a anchor) gregorianMonthAlone(month int) string {
	if !a.ok {
		return ""
	}
	year := a.day.Year
	if month > a.day.Month {
		year--
	}
	return monthValue(year, month)
}

// solarMonthAlone is the latest such solar month not after the article's
// solar month, given as the Gregorian month holding its 15th.
func (a anchor) solarMonthAlone(month int) string {
	if !a.solOK {
		return ""
	}
	year := a.solar.Year
	if month > a.solar.Month {
		year--
	}
	return solarMonthValue(year, month)
}

func solarMonthValue(year, month int) string {
	g, err := calendar.MonthAnchor(year, month)
	if err != nil {
		return ""
	}
	return gregMonthValue(g)
}

func solarYearValue(year int) string {
	y, err := calendar.MainGregorianYear(year)
	if err != nil {
		return ""
	}
	return yearValue(y)
}

// dayMonth resolves a day and month written without a year: the latest
// such day on or before the article date, unless the next one comes within
// upcomingDays after it.
func (a anchor) dayMonth(system calendar.System, month, day int) string {
	if !a.ok || (system == calendar.SolarSystem && !a.solOK) {
		return ""
	}
	article := a.day.DayNumber()
	base := a.day.Year
	if system == calendar.SolarSystem {
		base = a.solar.Year
	}
	var past, next calendar.Gregorian
	pastOK, nextOK := false, false
	for year := base - 1; year <= base+1; year++ {
		g, ok := toGregorian(system, year, month, day)
		if !ok {
			continue
		}
		if n := g.DayNumber(); n <= article {
			past, pastOK = g, true
		} else if !nextOK {
			next, nextOK = g, true
		}
	}
	switch {
	case nextOK && next.DayNumber()-article <= upcomingDays:
		return dayValue(next)
	case pastOK:
		return dayValue(past)
	case nextOK:
		return dayValue(next)
	}
	return ""
}

// toGregorian converts a day of either calendar.
func toGregorian(system calendar.System, year, month, day int) (calendar.Gregorian, bool) {
	if system == calendar.SolarSystem {
		g, err := calendar.Solar{Year: year, Month: month, Day: day}.Gregorian()
		return g, err == nil
	}
	g := calendar.Gregorian{Year: year, Month: month, Day: day}
	return g, g.Valid()
}

// absolute resolves a day, month and year of either calendar; day 0 means
// month precision.
func absolute(system calendar.System, year, month, day int) (value, precision string) {
	if day == 0 {
		if system == calendar.SolarSystem {
			return solarMonthValue(year, month), Month
		}
		return monthValue(year, month), Month
	}
	g, ok := toGregorian(system, year, month, day)
	if !ok {
		return "", Day
	}
	return dayValue(g), Day
}
