package amounts

// gluedShape reads what is glued to digits: phone numbers (0799…, +93),
// labels (MH17, F-16, کووید-۱۹, 4G, 1990s), dates and times (2025-11-07,
// ۱۴۰۴/۸/۱۵, 10:30), ordinal endings (50مین, 40th), hyphenated adjectives
// (20-year-old, seven-year, two-thirds, 6-foot-6).
func (f *finder) gluedShape(c *cand) reason {
	p, n := c.num-1, c.numEnd
	// a hyphenated adjective, in digits or words: 20-year-old, seven-year, دو-ثلث
	if f.punct(n) == '-' && f.glued(n) && f.isWord(n+1) && f.glued(n+1) {
		return hyphenReason(words.lookupUnit(f.text(n+1), ^class(0)))
	}
	if !f.isNum(c.num) {
		return rOK
	}
	glued := f.glued(c.num)
	if r := f.chainReason(c); r != rOK {
		return r
	}
	switch {
	case c.info.dotted:
		return rDate // 7.11.2025
	case c.info.leadingZero:
		return rPhone
	case f.afterPhone(c):
		return rPhone // the later groups of +93 799 123 456
	case glued && f.punct(p) == '+':
		return rPhone
	case glued && f.isWord(p) && f.toks[p].latin:
		return rLabel // MH17, G20
	case glued && f.punct(p) == '-' && f.isWord(p-1) && f.glued(p):
		return rLabel // F-16, COVID-19, the second 6 of 6-foot-6
	}
	if f.glued(n) {
		if f.isWord(n) && c.scale == 1 {
			e := words.lookupUnit(f.text(n), ^class(0))
			switch {
			case e != nil && e.flags&fOrdSuffix != 0:
				return rOrdinal
			case e != nil && e.flags&(fMeasure|fScaleAbbr) != 0:
				return rMeasure // 10km, 5m
			case e != nil && e.flags&fDuration != 0:
				return rDuration
			case f.toks[n].latin:
				return rLabel // 4G, 1990s, 3D
			}
		}
	}
	return rOK
}

// hyphenReason says what the word after a number and a hyphen makes of it.
func hyphenReason(e *entry) reason {
	switch {
	case e == nil:
		return rAdjective
	case e.flags&(fAge|fDuration) != 0:
		return rDuration
	case e.flags&fMeasure != 0:
		return rMeasure
	case e.flags&(fFraction|fOrdinalWord) != 0:
		return rFraction
	}
	return rAdjective
}

// chainReason reads digit groups glued by a separator: three or more
// (2025-11-07, ۱۴۰۴/۸/۱۵, 7.11.2025) make a date, two joined by a slash a
// date or a ratio (۸/۲۵, 24/7), two joined by a colon a clock time (10:30).
// Two joined by a dash are a range, which linkRanges reads.
func (f *finder) chainReason(c *cand) reason {
	sep, left, right := rune(0), 0, 0
	for i := c.num; f.glued(i) && f.isNum(i-2) && f.glued(i-1); i -= 2 {
		r := f.punct(i - 1)
		if !isChainSep(r) || (sep != 0 && r != sep) {
			break
		}
		sep = r
		left++
	}
	for i := c.numEnd; f.glued(i) && f.isNum(i+1) && f.glued(i+1); i += 2 {
		r := f.punct(i)
		if !isChainSep(r) || (sep != 0 && r != sep) {
			break
		}
		sep = r
		right++
	}
	switch {
	case sep == 0:
		return rOK
	case left+right >= 2:
		return rDate
	case sep == '-' && f.descending(c, left == 1):
		return rLabel // a score or a vote: 3-1, 7-2
	case sep == ':':
		return rTime
	case sep == '/' || sep == '.':
		return rDate
	}
	return rOK
}

// descending reports whether the two digit groups of a dash pair, c and
// the one before it (before) or after it, go down: ranges go up (30-43),
// scores and tallies need not (3-1).
func (f *finder) descending(c *cand, before bool) bool {
	other := c.numEnd + 1
	if before {
		other = c.num - 2
	}
	v, _ := parseDigits(f.text(other))
	if before {
		return v >= c.value
	}
	return c.value >= v
}

func isChainSep(r rune) bool { return r == '-' || r == '/' || r == ':' || r == '.' }

// afterPhone reports digits that follow a phone number on the same line,
// with one space between: the later groups of ۰۷۹۹ ۱۲۳ ۴۵۶.
func (f *finder) afterPhone(c *cand) bool {
	if len(f.cands) == 0 || !f.isNum(c.num-1) || f.toks[c.num].gap != gapSpace {
		return false
	}
	last := &f.cands[len(f.cands)-1]
	return last.reason == rPhone && last.numEnd == c.num
}
