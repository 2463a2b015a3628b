package amounts

import "strings"

// classify decides whether the count c is an amount, and if not, why. The
// rules look at the tokens around the number: what is glued to it, the
// word after it (a unit of time or measure, a month, an ordinal ending),
// the word before it (سال, ساعت, ماده, aged), and for number words whether
// they count anything at all.
func (f *finder) classify(c *cand) reason {
	if r := f.gluedShape(c); r != rOK {
		return r
	}
	if r := f.wordAfter(c); r != rOK {
		return r
	}
	if r := f.wordBefore(c); r != rOK {
		return r
	}
	if r := f.year(c); r != rOK {
		return r
	}
	if c.word && c.scale == 1 {
		return f.numberWord(c)
	}
	return rOK
}

// wordAfter reads the word after the number.
func (f *finder) wordAfter(c *cand) reason {
	n := f.next(c.numEnd)
	if n < 0 {
		return rOK
	}
	if f.timeMarkAt(n) {
		return rTime
	}
	if !f.isWord(n) {
		return rOK
	}
	w := f.text(n)
	e := words.lookupUnit(w, fAge|fDuration|fMeasure)
	if e == nil {
		e = f.ent(n)
	}
	if e == nil {
		return rOK
	}
	switch fl := e.flags; {
	case fl&fOrdSuffix != 0 && (f.glued(n) || !f.toks[n].latin):
		return rOrdinal // 40 مین
	case fl&fAge != 0:
		return rAge
	case fl&fDuration != 0:
		return rDuration
	case fl&fMonth != 0 && (!f.toks[n].latin || f.toks[n].upper):
		return rDate
	case fl&fMeasure != 0:
		return rMeasure
	case fl&fTimeMark != 0:
		return rTime
	case fl&fYearMark != 0:
		return rYear
	case fl&fFraction != 0, fl&fOrdinalWord != 0 && c.word:
		return rFraction
	case fl&fNotThing != 0:
		return rAdjective
	case fl&fVaguePlural != 0:
		return rVague // صد ها
	}
	return rOK
}

// timeMarkAt reports a clock time marker starting at token n: ب.ظ, ق.ظ,
// بعد از ظهر, a.m., p.m.
func (f *finder) timeMarkAt(n int) bool {
	rest := f.s[f.toks[n].start:]
	for _, m := range [...]string{"ب.ظ", "ق.ظ", "ب ظ", "بعد از ظهر", "به وقت", "a.m", "p.m", "A.M", "P.M"} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}

// wordBefore reads the word before the number.
func (f *finder) wordBefore(c *cand) reason {
	p := f.prev(c.num)
	if p < 0 {
		return rOK
	}
	// an abbreviation with its period: Oct. 2, No. 5
	if f.punct(p) == '.' && f.glued(p) && f.isWord(p-1) {
		switch {
		case f.has(p-1, fMonth) && f.toks[p-1].upper:
			return rDate
		case f.has(p-1, fLabelPrev):
			return rLabel
		}
	}
	if f.en && f.ageApposition(c, p) {
		return rAge
	}
	if !f.isWord(p) {
		return rOK
	}
	e := f.ent(p)
	if e != nil {
		switch fl := e.flags; {
		case fl&fYearPrev != 0:
			return rYear
		case fl&fTimePrev != 0:
			return rTime
		case fl&fAgePrev != 0:
			return rAge
		case fl&fMeasurePrev != 0:
			return rMeasure
		case fl&fMonth != 0 && (!f.toks[p].latin || f.toks[p].upper):
			return rDate
		case fl&fLabelPrev != 0:
			return rLabel
		}
		if strings.EqualFold(f.text(p), "of") && f.has(f.prev(p), fAgePrev) {
			return rAge // at the age of 45
		}
		return rOK
	}
	// Boeing 737, Windows 11: a capitalized name the lexicon does not know
	if f.toks[p].latin && f.toks[p].upper && f.isNum(c.num) && c.info.plainInt() && c.scale == 1 {
		return rLabel
	}
	return rOK
}

// ageApposition reports the English age between commas after a name:
// "Marcus Reed, 24, was detained", "Elena Petrova, 68, in Sofia".
func (f *finder) ageApposition(c *cand, p int) bool {
	if !f.isNum(c.num) || !c.info.plainInt() || c.value < 1 || c.value > 120 || c.scale != 1 {
		return false
	}
	open, close := f.punct(p), f.punct(c.numEnd)
	if !(open == ',' && close == ',') && !(open == '(' && close == ')') {
		return false
	}
	name := f.prev(p)
	return f.isWord(name) && f.toks[name].upper && f.ent(name) == nil
}

// year reads a year in digits: a bare four-digit whole number from 1000 to
// 2100 is a year (Gregorian or solar) unless it is followed by what it
// counts: 2000 troops, حدود 2000 سرباز.
func (f *finder) year(c *cand) reason {
	if !f.isNum(c.num) || !c.info.plainInt() || c.info.intDigits != 4 || c.scale != 1 || c.compound {
		return rOK
	}
	if c.value < 1000 || c.value > 2100 {
		return rOK
	}
	n := f.next(c.numEnd)
	if !f.isWord(n) {
		return rYear
	}
	if f.has(n, fCounter|fEnPlural) {
		return rOK
	}
	if f.en || f.toks[n].latin {
		if f.isPluralNoun(n) {
			return rOK
		}
		return rYear
	}
	if p := f.prev(c.num); !f.isNoun(n) || (f.has(p, fYearCue) && !f.quantityCue(p)) {
		return rYear
	}
	return rOK
}

// isPluralNoun guesses an English plural noun: a word in -s that the
// lexicon does not know as anything else (troops, jets, villages).
func (f *finder) isPluralNoun(n int) bool {
	w := f.text(n)
	if f.ent(n) != nil {
		return f.has(n, fEnPlural|fCounter)
	}
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != '\'' && w[len(w)-2] != 's'
}
