package dates

import (
	"strings"

	"khabar/calendar"
)

// matchPersian tries every Persian rule at token i.
func (sc *scanner) matchPersian(i int) int {
	t := sc.toks[i]
	switch t.kind {
	case numberToken:
		if n := sc.numericDate(i, true); n > 0 {
			return n
		}
		if n := sc.faDayMonth(i, i); n > 0 {
			return n
		}
		if n := sc.faAgo(i, i); n > 0 {
			return n
		}
		return sc.faYearWithMarker(i)
	case wordToken:
	default:
		return 0
	}
	e, ok := sc.lex[t.key]
	if !ok {
		if isOrdinalShaped(t.key) {
			return sc.faDayMonth(i, i)
		}
		if t.key == "پس" && sc.tok(i+1).key == "فردا" { // پس فردا, the day after tomorrow
			return sc.emit(i, i+1, sc.at.relativeDay(2), Day, true)
		}
		return 0
	}
	r := e.roles
	if r&roleMonth != 0 {
		if n := sc.faMonth(i, i, false); n > 0 {
			return n
		}
	}
	if r&roleWeekday != 0 {
		return sc.faWeekday(i, i, i+1, e)
	}
	if r&roleWeekdayPrefix != 0 && sc.tok(i+1).key == "شنبه" { // سه شنبه
		if n := sc.faWeekday(i, i, i+2, e); n > 0 {
			return n
		}
	}
	if r&roleTens != 0 {
		if n := sc.faDayMonth(i, i); n > 0 {
			return n
		}
	}
	if r&roleNumber != 0 {
		if n := sc.faAgo(i, i); n > 0 {
			return n
		}
	}
	if r&roleDay != 0 {
		if n := sc.faAfterRuz(i); n > 0 {
			return n
		}
	}
	if r&roleMonthWord != 0 && !sc.countBefore(i) { // not ۵ ماه, five months
		if e1, ok := sc.entry(i + 1); ok && e1.roles&roleMonth != 0 {
			if n := sc.faMonth(i, i+1, true); n > 0 {
				return n
			}
		}
	}
	if r&roleUnit != 0 && e.unit != dayUnit {
		if n := sc.faRelativeUnit(i, i, e.unit); n > 0 {
			return n
		}
	}
	if r&roleYearWord != 0 {
		if n := sc.faYear(i); n > 0 {
			return n
		}
	}
	if r&roleThis != 0 { // این هفته, این ماه, این سال
		if e1, ok := sc.entry(i + 1); ok && e1.roles&roleUnit != 0 && e1.unit != dayUnit {
			return sc.emitRelativeUnit(i, i+1, e1.unit, 0)
		}
	}
	if r&roleRelDay != 0 {
		return sc.emit(i, i, sc.at.relativeDay(e.offset), Day, true)
	}
	if r&roleRelYear != 0 {
		system, _, next := sc.marker(i + 1)
		if system == calendar.SolarSystem {
			return sc.emit(i, next-1, sc.at.relativeYear(e.offset, system), Year, true)
		}
		return sc.emit(i, i, sc.at.relativeYear(e.offset, calendar.GregorianSystem), Year, true)
	}
	return 0
}

// isOrdinalShaped is a cheap test before calendar.ParseOrdinal: every
// Persian ordinal but اول ends in م.
func isOrdinalShaped(w string) bool {
	return strings.HasSuffix(w, "م") || w == "اول"
}

// faDay reads a day of the month at token i: 1–31 in digits (۶, ۶م, ۶ ام)
// or an ordinal (ششم, بیست و یکم, بیست‌ویکم). It returns the day and the
// index after it.
func (sc *scanner) faDay(i int) (day, next int) {
	t := sc.tok(i)
	switch t.kind {
	case numberToken:
		n, ok := sc.number(i, 2)
		if !ok || n < 1 || n > 31 {
			return 0, i
		}
		if sc.has(i+1, roleOrdSuffix) && (sc.adjacent(i+1) || sc.tok(i+1).key == "ام") {
			return n, i + 2
		}
		return n, i + 1
	case wordToken:
		if sc.has(i, roleTens) && sc.has(i+1, roleAnd) && sc.tok(i+2).kind == wordToken {
			if n, ok := calendar.ParseOrdinal(sc.s[t.start:sc.tok(i+2).end]); ok {
				return n, i + 3
			}
		}
		if isOrdinalShaped(t.key) {
			if n, ok := calendar.ParseOrdinal(t.key); ok {
				return n, i + 1
			}
		}
	}
	return 0, i
}

// faDayMonth reads day [ماه|برج] month [ماه] [year] with the day at token
// i and the expression starting at token start.
func (sc *scanner) faDayMonth(start, i int) int {
	day, j := sc.faDay(i)
	if day == 0 {
		return 0
	}
	mahBetween := false
	if sc.has(j, roleMonthWord) && sc.has(j+1, roleMonth) { // ۱۵ برج حوت
		mahBetween = sc.tok(j).key == "ماه"
		j++
	}
	e, ok := sc.entry(j)
	if !ok || e.roles&roleMonth == 0 {
		return 0
	}
	if mahBetween && e.commonWord && sc.faYearPart(j+1, e.system).kind == noYear {
		return 0 // ۵ ماه می گذرد: five months pass
	}
	if e.month == 4 && e.system == calendar.SolarSystem && strings.HasPrefix(sc.tok(j+1).key, "شلیک") {
		return 0 // ۱۲ تیر شلیک شد: twelve shots
	}
	if day > maxMonthLength(e.system, e.month) {
		return 0
	}
	k := j + 1
	if !e.withMah && sc.tok(k).key == "ماه" { // ۲۵ آبان ماه ۱۴۰۴
		k++
	}
	y := sc.faYearPart(k, e.system)
	if y.kind == noYear && k > j+1 {
		k = j + 1 // leave ماه alone when no year follows: it may start ماه گذشته
	}
	return sc.emitDate(start, y, k, e, day)
}

// maxMonthLength is the longest a month can be in any year.
func maxMonthLength(system calendar.System, month int) int {
	if system == calendar.SolarSystem {
		if month == 12 {
			return 30
		}
		return calendar.SolarMonthLength(1403, month)
	}
	if month == 2 {
		return 29
	}
	return calendar.GregorianMonthLength(2024, month)
}

// emitDate resolves a day (0: month precision) of month e with the year
// part y, and emits it from token start to the end of the year part, or
// to token k−1 when there is none.
func (sc *scanner) emitDate(start int, y yearPart, k int, e entry, day int) int {
	last := k - 1
	var value, precision string
	relative := false
	switch y.kind {
	case absoluteYear:
		value, precision = absolute(e.system, y.year, e.month, day)
		last = y.next - 1
	case relativeYear:
		relative, last = true, y.next-1
		precision = Day
		if day == 0 {
			precision = Month
		}
		if base, ok := sc.at.year(e.system); ok {
			value, precision = absolute(e.system, base+y.year, e.month, day)
		}
	default:
		relative = true
		switch {
		case day > 0:
			value, precision = sc.at.dayMonth(e.system, e.month, day), Day
		case e.system == calendar.SolarSystem:
			value, precision = sc.at.solarMonthAlone(e.month), Month
		default:
			value, precision = sc.at.gregorianMonthAlone(e.month), Month
		}
	}
	return sc.emit(start, last, value, precision, relative)
}

// faMonth reads a month name at token mi, with the expression starting at
// token start; mahBefore is true after ماه or برج.
func (sc *scanner) faMonth(start, mi int, mahBefore bool) int {
	e, _ := sc.entry(mi)
	context := mahBefore || e.withMah
	k := mi + 1
	if !e.withMah && sc.tok(k).key == "ماه" && !sc.has(k+1, rolePast|roleFuture|roleCurrent) { // تیر ماه
		k++
		context = true
	}
	y := sc.faYearPart(k, e.system)
	if e.commonWord && !context && y.kind == noYear {
		return 0
	}
	return sc.emitDate(start, y, k, e, 0)
}

type yearKind uint8

const (
	noYear yearKind = iota
	absoluteYear
	relativeYear // year holds the offset from the article's year
)

type yearPart struct {
	kind yearKind
	year int
	next int // index after the year part
}

// faYearPart reads what may follow a month: [سال] ۱۴۰۴ [marker],
// امسال, پارسال, سال جاری, سال گذشته, سال آینده, in the calendar of the
// month.
func (sc *scanner) faYearPart(k int, system calendar.System) yearPart {
	e, _ := sc.entry(k)
	if e.roles&roleRelYear != 0 {
		return yearPart{kind: relativeYear, year: e.offset, next: k + 1}
	}
	j := k
	if e.roles&roleYearWord != 0 {
		j++
		if e1, ok := sc.entry(j); ok {
			switch {
			case e1.roles&roleCurrent != 0:
				return yearPart{kind: relativeYear, year: 0, next: j + 1}
			case e1.roles&rolePast != 0 && sc.tok(j+1).key != "از":
				return yearPart{kind: relativeYear, year: -1, next: j + 1}
			case e1.roles&roleFuture != 0:
				return yearPart{kind: relativeYear, year: 1, next: j + 1}
			}
		}
	}
	year, ok := sc.fourDigitYear(j)
	if !ok {
		return yearPart{}
	}
	marked, lunar, next := sc.marker(j + 1)
	if lunar || (marked != 0 && marked != system) {
		next = j + 1 // a marker that disagrees with the month is left out
	}
	if system == calendar.SolarSystem && (year < minSolarYear || year > maxSolarYear) ||
		system == calendar.GregorianSystem && (year < 1000 || year > 2999) {
		return yearPart{}
	}
	return yearPart{kind: absoluteYear, year: year, next: next}
}

// year returns the article's year in a calendar.
func (a anchor) year(system calendar.System) (int, bool) {
	if system == calendar.SolarSystem {
		return a.solar.Year, a.solOK
	}
	return a.day.Year, a.ok
}

// faWeekday reads a weekday whose name runs from token wi to token
// after−1, with the expression starting at token start: پنجشنبه,
// روز پنجشنبه, سه شنبه, پنجشنبه گذشته, پنجشنبه هفتهٔ گذشته, and
// پنجشنبه، ۶ نومبر (then the date decides).
func (sc *scanner) faWeekday(start, wi, after int, e entry) int {
	if sc.has(start-1, roleNotWeekday) || sc.tok(after).key == "ها" {
		return 0 // نماز جمعه, شب جمعه, شنبه ها
	}
	k := after
	if sc.isPunct(k, "،,") {
		k++
	}
	if n := sc.faDayMonth(start, k); n > 0 {
		return n
	}
	last, direction, weeks := after-1, 0, 0
	if e1, ok := sc.entry(after); ok {
		switch {
		case e1.roles&rolePast != 0 && sc.tok(after+1).key != "از":
			last, direction = after, -1
		case e1.roles&roleFuture != 0:
			last, direction = after, 1
		case e1.unit == weekUnit:
			if e2, ok := sc.entry(after + 1); ok {
				switch {
				case e2.roles&rolePast != 0:
					last, weeks = after+1, -1
				case e2.roles&roleFuture != 0:
					last, weeks = after+1, 1
				case e2.roles&roleCurrent != 0:
					last = after + 1
				}
			}
		}
	}
	if weeks != 0 {
		return sc.emit(start, last, sc.at.persianWeekday(e.weekday, weeks), Day, true)
	}
	return sc.emit(start, last, sc.at.weekday(e.weekday, direction), Day, true)
}

// faAfterRuz handles روز at token i: روز پنجشنبه, روز ششم نومبر,
// روز ۱۵ حوت, روز گذشته (yesterday).
func (sc *scanner) faAfterRuz(i int) int {
	e, ok := sc.entry(i + 1)
	switch {
	case ok && e.roles&roleWeekday != 0:
		return sc.faWeekday(i, i+1, i+2, e)
	case ok && e.roles&roleWeekdayPrefix != 0 && sc.tok(i+2).key == "شنبه":
		return sc.faWeekday(i, i+1, i+3, e)
	case ok && e.roles&rolePast != 0 && sc.tok(i+1).key == "گذشته" && !sc.countBefore(i):
		return sc.emit(i, i+1, sc.at.relativeDay(-1), Day, true)
	}
	return sc.faDayMonth(i, i+1)
}

// faRelativeUnit reads هفته / ماه / سال at token ui followed by گذشته,
// پیش, قبل, آینده, آتی or جاری (هفتهٔ گذشته, ماه آینده, سال جاری),
// unless a count comes before (سه هفتهٔ گذشته is a span of time) or از
// after (ماه پیش از انتخابات is relative to something else).
func (sc *scanner) faRelativeUnit(start, ui int, u unit) int {
	e, ok := sc.entry(ui + 1)
	if !ok || sc.countBefore(start) || sc.tok(ui+2).key == "از" {
		return 0
	}
	switch {
	case e.roles&rolePast != 0:
		return sc.emitRelativeUnit(start, ui+1, u, -1)
	case e.roles&roleFuture != 0:
		return sc.emitRelativeUnit(start, ui+1, u, 1)
	case e.roles&roleCurrent != 0:
		return sc.emitRelativeUnit(start, ui+1, u, 0)
	}
	return 0
}

// emitRelativeUnit emits a week, month or year offset from the article's;
// a year may be followed by a calendar marker (سال گذشتهٔ خورشیدی).
func (sc *scanner) emitRelativeUnit(start, last int, u unit, offset int) int {
	switch u {
	case weekUnit:
		return sc.emit(start, last, sc.at.relativeWeek(offset), Month, true)
	case monthUnit:
		return sc.emit(start, last, sc.at.relativeMonth(offset), Month, true)
	case yearUnit:
		system, _, next := sc.marker(last + 1)
		if system == calendar.SolarSystem {
			return sc.emit(start, next-1, sc.at.relativeYear(offset, system), Year, true)
		}
		if system == calendar.GregorianSystem {
			last = next - 1
		}
		return sc.emit(start, last, sc.at.relativeYear(offset, calendar.GregorianSystem), Year, true)
	}
	return 0
}

// faYear reads سال ۲۰۲۴, سال ۱۴۰۳, سال ۱۴۰۳ خورشیدی at token i (سال).
func (sc *scanner) faYear(i int) int {
	year, ok := sc.fourDigitYear(i + 1)
	if !ok {
		return 0
	}
	marked, lunar, next := sc.marker(i + 2)
	system, ok := sc.yearSystem(year, marked, lunar)
	if !ok {
		return 0
	}
	return sc.emitYear(i, next-1, system, year)
}

// faYearWithMarker reads a year with a calendar marker and no سال:
// ۲۰۲۴ میلادی, ۱۴۰۳ هجری شمسی.
func (sc *scanner) faYearWithMarker(i int) int {
	year, ok := sc.fourDigitYear(i)
	if !ok {
		return 0
	}
	marked, lunar, next := sc.marker(i + 1)
	if next == i+1 || (marked == 0 && !lunar) {
		return 0
	}
	system, ok := sc.yearSystem(year, marked, lunar)
	if !ok {
		return 0
	}
	return sc.emitYear(i, next-1, system, year)
}

func (sc *scanner) emitYear(first, last int, system calendar.System, year int) int {
	if system == calendar.SolarSystem {
		return sc.emit(first, last, solarYearValue(year), Year, false)
	}
	return sc.emit(first, last, yearValue(year), Year, false)
}

// faAgo reads a count of units before now: دو روز پیش, ۳ ماه قبل, یک سال
// پیش, with the number at token i. پیش از / قبل از (before some event)
// and گذشته (a span: سه روز گذشته) do not count.
func (sc *scanner) faAgo(start, i int) int {
	var n int
	if t := sc.tok(i); t.kind == numberToken {
		v, ok := sc.number(i, 3)
		if !ok {
			return 0
		}
		n = v
	} else if e, ok := sc.entry(i); ok && e.roles&roleNumber != 0 {
		n = e.offset
	} else {
		return 0
	}
	u, ok := sc.entry(i + 1)
	if !ok || u.roles&roleUnit == 0 || !sc.has(i+2, rolePast) || sc.tok(i+2).key == "گذشته" || sc.tok(i+3).key == "از" {
		return 0
	}
	return sc.emitAgo(start, i+2, u.unit, n)
}

func (sc *scanner) emitAgo(start, last int, u unit, n int) int {
	switch u {
	case dayUnit:
		return sc.emit(start, last, sc.at.relativeDay(-n), Day, true)
	case weekUnit:
		return sc.emit(start, last, sc.at.relativeWeek(-n), Month, true)
	case monthUnit:
		return sc.emit(start, last, sc.at.relativeMonth(-n), Month, true)
	case yearUnit:
		return sc.emit(start, last, sc.at.relativeYear(-n, calendar.GregorianSystem), Year, true)
	}
	return 0
}
