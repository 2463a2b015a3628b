package dates

import "khabar/calendar"

// Year ranges read without a calendar marker: 1200–1599 is a Solar Hijri
// year (or a lunar one, see yearSystem), 1600–2199 a Gregorian one.
const (
	minSolarYear     = 1200
	maxSolarYear     = 1599
	minGregorianYear = 1600
	maxGregorianYear = 2199
	// lunarCutoff: without an article date, a year above it may be a lunar
	// Hijri year (1430 AH began in 2008) and is not read.
	lunarCutoff = 1425
)

// yearSystem says which calendar a four-digit year belongs to. marker is
// the calendar named after it (0 for none); lunar is true when a lunar
// marker (قمری, ه.ق) follows, and such years are not read. A bare year in
// the solar range is read as lunar, and dropped, when it is nearer the
// article's lunar year than its solar year (۱۴۴۶ in 2025), or, with no
// article date, when it is above lunarCutoff.
func (sc *scanner) yearSystem(year int, marker calendar.System, lunar bool) (calendar.System, bool) {
	switch {
	case lunar:
		return 0, false
	case marker == calendar.SolarSystem:
		return marker, year >= calendar.MinSolarYear && year <= calendar.MaxSolarYear
	case marker == calendar.GregorianSystem:
		return marker, year >= 1 && year <= 9999
	case year >= minGregorianYear && year <= maxGregorianYear:
		return calendar.GregorianSystem, true
	case year < minSolarYear || year > maxSolarYear:
		return 0, false
	case !sc.at.ok:
		return calendar.SolarSystem, year <= lunarCutoff
	}
	solarNow := sc.at.day.Year - 621
	lunarNow := (sc.at.day.Year-622)*3652425/3543670 + 1 // lunar years are 354.367 days
	if abs(year-lunarNow) < abs(year-solarNow) {
		return 0, false
	}
	return calendar.SolarSystem, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// marker reads a calendar marker at token j: میلادی; شمسی, خورشیدی,
// هجری شمسی, هجری خورشیدی, ه.ش; قمری, هجری قمری, ه.ق; or هجری alone
// (which decides nothing). It returns the index after it, or j.
func (sc *scanner) marker(j int) (system calendar.System, lunar bool, next int) {
	e, _ := sc.entry(j)
	switch {
	case e.roles&roleGregMark != 0:
		return calendar.GregorianSystem, false, j + 1
	case e.roles&roleSolarMark != 0:
		return calendar.SolarSystem, false, j + 1
	case e.roles&roleLunarMark != 0:
		return 0, true, j + 1
	case e.roles&roleHijri != 0:
		if sys, lunar, n := sc.marker(j + 1); n > j+1 && (sys == calendar.SolarSystem || lunar) {
			return sys, lunar, n
		}
		return 0, false, j + 1
	}
	// ه.ش, ه ش, ه.ق: the abbreviations, with or without the dots.
	if t := sc.tok(j); t.kind == wordToken && t.key == "ه" {
		k := j + 1
		if sc.isPunct(k, ".") {
			k++
		}
		switch sc.tok(k).key {
		case "ش":
			system = calendar.SolarSystem
		case "ق":
			lunar = true
		default:
			return 0, false, j
		}
		if sc.tok(k).kind == wordToken {
			k++
			if sc.isPunct(k, ".") && sc.adjacent(k) {
				k++
			}
			return system, lunar, k
		}
	}
	return 0, false, j
}

// numericDate reads 2025-11-07, 2025/11/07, ۱۴۰۳/۸/۲۵, 1404.08.25, and,
// when dayFirst, 7/11/2025 and ۲۵/۸/۱۴۰۳ (day, month, year), at token i.
// The three numbers and two like separators must touch, and the whole
// must not be part of a longer run of numbers (an IP address, a version).
func (sc *scanner) numericDate(i int, dayFirst bool) int {
	a, sep, b, sep2, c := sc.tok(i), sc.tok(i+1), sc.tok(i+2), sc.tok(i+3), sc.tok(i+4)
	if a.kind != numberToken || b.kind != numberToken || c.kind != numberToken ||
		!sc.isPunct(i+1, "/-.") || sep.key != sep2.key {
		return 0
	}
	for k := i + 1; k <= i+4; k++ {
		if !sc.adjacent(k) {
			return 0
		}
	}
	if sc.adjacent(i) && (sc.tok(i-1).kind == wordToken || sc.isPunct(i-1, "/-.:") && sc.tok(i-2).kind == numberToken) {
		return 0
	}
	if sc.adjacent(i+5) && sc.isPunct(i+5, "/-.:") && sc.adjacent(i+6) && sc.tok(i+6).kind == numberToken {
		return 0
	}
	var year, month, day int
	switch {
	case a.digits == 4 && b.digits <= 2 && c.digits <= 2:
		year, month, day = a.value, b.value, c.value
	case dayFirst && a.digits <= 2 && b.digits <= 2 && c.digits == 4:
		day, month, year = a.value, b.value, c.value
	default:
		return 0
	}
	system, ok := sc.yearSystem(year, 0, false)
	if !ok {
		return 0
	}
	g, ok := toGregorian(system, year, month, day)
	if !ok {
		return 0 // 2025-13-45 is not a date, whatever it is
	}
	return sc.emit(i, i+4, dayValue(g), Day, false)
}

// fourDigitYear returns token i's value when it is a four-digit number
// standing alone.
func (sc *scanner) fourDigitYear(i int) (int, bool) {
	if t := sc.tok(i); t.kind != numberToken || t.digits != 4 {
		return 0, false
	}
	return sc.number(i, 4)
}
