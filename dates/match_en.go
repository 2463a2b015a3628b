package dates

// matchEnglish tries every English rule at token i.
func (sc *scanner) matchEnglish(i int) int {
	t := sc.toks[i]
	switch t.kind {
	case numberToken:
		if n := sc.numericDate(i, false); n > 0 {
			return n
		}
		if n := sc.enDayMonth(i, i); n > 0 {
			return n
		}
		if n := sc.enAgo(i); n > 0 {
			return n
		}
		return sc.enYearAlone(i)
	case wordToken:
	default:
		return 0
	}
	e, ok := sc.lex[t.key]
	if !ok {
		return 0
	}
	r := e.roles
	switch {
	case r&roleMonth != 0:
		return sc.enMonth(i, i, e)
	case r&roleWeekday != 0:
		if sc.has(i-1, roleThe) {
			return 0 // the Sunday Times
		}
		return sc.enWeekday(i, i, e, 0)
	case r&roleRelDay != 0:
		return sc.emit(i, i, sc.at.relativeDay(e.offset), Day, true)
	case r&roleThe != 0:
		return sc.enTheDayOfMonth(i)
	}
	if r&(rolePast|roleFuture|roleCurrent) != 0 {
		if n := sc.enRelative(i, r); n > 0 {
			return n
		}
	}
	if r&roleNumber != 0 {
		return sc.enAgo(i)
	}
	return 0
}

// enDay reads a day of the month at token i: 6, 6th, 21st. It returns the
// day and the index after it.
func (sc *scanner) enDay(i int) (day, next int) {
	n, ok := sc.number(i, 2)
	if !ok || n < 1 || n > 31 {
		return 0, i
	}
	if sc.adjacent(i+1) && sc.tok(i+1).kind == wordToken {
		if !sc.has(i+1, roleOrdSuffix) {
			return 0, i // 6am, 6x
		}
		return n, i + 2
	}
	return n, i + 1
}

// enMonthName reads a month at token j, with the full stop after an
// abbreviation (Nov.). It returns the index after it.
func (sc *scanner) enMonthName(j int) (entry, int, bool) {
	e, ok := sc.entry(j)
	if !ok || e.roles&roleMonth == 0 {
		return entry{}, j, false
	}
	if e.abbrev && sc.isPunct(j+1, ".") && sc.adjacent(j+1) {
		return e, j + 2, true
	}
	return e, j + 1, true
}

// enYear reads [,] 2025 at token k, a year following a month or a day.
func (sc *scanner) enYear(k int) yearPart {
	j := k
	if sc.isPunct(j, ",") {
		j++
	}
	year, ok := sc.fourDigitYear(j)
	if !ok || year < 1000 || year > 2999 {
		return yearPart{}
	}
	return yearPart{kind: absoluteYear, year: year, next: j + 1}
}

// enYearAfterMonth reads what may follow a month or a day and month: a
// year ([,] 2025) or last year, this year, next year.
func (sc *scanner) enYearAfterMonth(k int) yearPart {
	if y := sc.enYear(k); y.kind != noYear {
		return y
	}
	e, ok := sc.entry(k)
	if !ok || e.roles&(rolePast|roleCurrent|roleFuture) == 0 || sc.tok(k+1).key != "year" {
		return yearPart{}
	}
	switch {
	case e.roles&rolePast != 0:
		return yearPart{kind: relativeYear, year: -1, next: k + 2}
	case e.roles&roleFuture != 0:
		return yearPart{kind: relativeYear, year: 1, next: k + 2}
	}
	return yearPart{kind: relativeYear, year: 0, next: k + 2}
}

// enDayMonth reads 6 November [2025], 6th of Nov. 2025, with the day at
// token i and the expression starting at token start.
func (sc *scanner) enDayMonth(start, i int) int {
	day, j := sc.enDay(i)
	if day == 0 {
		return 0
	}
	if sc.has(j, roleOf) {
		j++
	}
	e, k, ok := sc.enMonthName(j)
	if !ok || day > maxMonthLength(e.system, e.month) {
		return 0
	}
	return sc.emitDate(start, sc.enYearAfterMonth(k), k, e, day)
}

// enTheDayOfMonth reads the 6th of November at token i (the).
func (sc *scanner) enTheDayOfMonth(i int) int {
	if day, j := sc.enDay(i + 1); day > 0 && sc.has(j, roleOf) {
		return sc.enDayMonth(i, i+1)
	}
	return 0
}

// enMonth reads a month at token mi: November 6[, 2025], November 2025,
// or the month alone (in June). Abbreviations need a day or a year; May,
// March and August alone need a preposition before them (in May, since
// March, mid-August).
func (sc *scanner) enMonth(start, mi int, e entry) int {
	_, k, _ := sc.enMonthName(mi)
	if day, j := sc.enDay(k); day > 0 && day <= maxMonthLength(e.system, e.month) {
		return sc.emitDate(start, sc.enYearAfterMonth(j), j, e, day)
	}
	y := sc.enYearAfterMonth(k)
	if y.kind == absoluteYear && !sc.isPunct(k, ",") {
		return sc.emitDate(start, y, k, e, 0)
	}
	if e.abbrev {
		return 0
	}
	if e.commonWord && !sc.has(mi-1, roleDateContext) &&
		!(sc.isPunct(mi-1, "-") && sc.has(mi-2, roleDateContext)) {
		return 0 // Theresa May last year, March on
	}
	if y.kind != relativeYear {
		y = yearPart{}
	}
	return sc.emitDate(start, y, k, e, 0)
}

// enWeekday reads a weekday at token wi: Thursday, Thursday, November 6
// (the date decides), with direction −1 after last, +1 after next.
func (sc *scanner) enWeekday(start, wi int, e entry, direction int) int {
	k := wi + 1
	if sc.isPunct(k, ",") {
		k++
	}
	if me, ok := sc.entry(k); ok && me.roles&roleMonth != 0 {
		if day, _ := sc.enDay(k + 1 + boolInt(me.abbrev && sc.isPunct(k+1, "."))); day > 0 {
			if n := sc.enMonth(start, k, me); n > 0 {
				return n
			}
		}
	}
	if n := sc.enDayMonth(start, k); n > 0 {
		return n
	}
	return sc.emit(start, wi, sc.at.weekday(e.weekday, direction), Day, true)
}

// enRelative reads last / this / next at token i before week, month,
// year, a weekday or night: last week, this year, next Monday, last night.
// "the last year" and "the past week" are spans of time, not dates.
func (sc *scanner) enRelative(i int, r role) int {
	offset := 0
	switch {
	case r&rolePast != 0:
		offset = -1
	case r&roleFuture != 0:
		offset = 1
	}
	if offset == -1 && sc.has(i-1, roleThe) {
		return 0
	}
	e, ok := sc.entry(i + 1)
	switch {
	case ok && e.roles&roleUnit != 0 && e.unit != dayUnit && isSingular(sc.tok(i+1).key):
		return sc.emitRelativeUnit(i, i+1, e.unit, offset)
	case ok && e.roles&roleWeekday != 0:
		return sc.enWeekday(i, i+1, e, offset)
	case offset == -1 && (sc.tok(i+1).key == "night" || sc.tok(i+1).key == "Night"):
		return sc.emit(i, i+1, sc.at.relativeDay(-1), Day, true)
	}
	return 0
}

func isSingular(w string) bool { return w != "" && w[len(w)-1] != 's' && w[len(w)-1] != 'S' }

// enAgo reads two days ago, 3 weeks ago, a year ago with the count at
// token i.
func (sc *scanner) enAgo(i int) int {
	var n int
	if sc.tok(i).kind == numberToken {
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
	if !ok || u.roles&roleUnit == 0 || !sc.has(i+2, roleAgo) {
		return 0
	}
	return sc.emitAgo(i, i+2, u.unit, n)
}

// enYearAlone reads a year after a preposition that makes it one: in 2024,
// since 2019, during 2020, early 2025.
func (sc *scanner) enYearAlone(i int) int {
	year, ok := sc.fourDigitYear(i)
	if !ok || year < 1000 || year > maxGregorianYear || !sc.has(i-1, roleYearContext) {
		return 0
	}
	return sc.emit(i, i, yearValue(year), Year, false)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
