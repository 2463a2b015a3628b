package quotes

// complement is what a speech verb reports: tokens [t0, t1), direct when
// they are a quotation.
type complement struct {
	t0, t1 int
	direct bool
}

// verb handles a speech verb at tokens [vt, vt+n).
func (f *finder) verb(vt, n int, form verbForm) {
	v := f.v
	ve := vt + n
	if form.bare && !f.bareVerb(vt, ve) {
		return
	}
	s0 := v.sentStart(vt)
	w0 := f.clauseStart(vt)
	var comp complement
	var ok bool
	if form.class == classCall {
		comp, ok = f.calledQuote(vt, ve)
	} else {
		comp, ok = f.complementOf(vt, ve, w0, form)
	}
	if !ok || f.intends(comp) {
		return
	}
	if form.class == classPublish && !f.reportBefore(w0, vt) {
		return
	}
	var spk []speaker
	switch {
	case form.class == classCall && !v.en:
		spk = f.pick(f.leftScan(s0, comp.t0-1), s0, comp.t0-1)
	case v.en && form.participle:
		spk = f.pick(f.leftScan(s0, vt), s0, vt)
	case v.en:
		spk = f.subjectEn(vt, ve, w0)
	default:
		spk = f.subjectFa(vt, w0)
	}
	f.add(spk, comp.t0, comp.t1, comp.direct, v.sentOf(vt))
}

// bareVerb reports whether a past participle with no auxiliary (گفته,
// اعلام کرده) stands as a verb: not after "به"/"طبق" (به گفتهٔ), not
// before a passive auxiliary or "و" (نوشته شده، نوشته و).
func (f *finder) bareVerb(vt, ve int) bool {
	v := f.v
	if v.w.preposition.endsAt(v, vt) >= 0 {
		return false
	}
	for _, w := range []string{"شده", "شد", "میشود", "شود", "و", "را"} {
		if v.isWord(ve, w) {
			return false
		}
	}
	return true
}

// clauseStart returns the first token of the clause that ends at the
// verb at vt: the sentence start, or the token after a quotation that
// closes before the verb (`«…»، X گفت`), or after a semicolon.
func (f *finder) clauseStart(vt int) int {
	v := f.v
	s0 := v.sentStart(vt)
	for j := vt - 1; j >= s0; j-- {
		if v.isPunct(j, ";؛") {
			return j + 1
		}
		if q := v.quotationClosingAt(j); q != nil && !f.isName(q) {
			if v.isComma(j + 1) {
				return j + 2
			}
			return j + 1
		}
	}
	// A quotation from an earlier sentence may close inside this one.
	if q := v.inQuotation(s0); q != nil && q.close >= 0 && q.close < vt && !f.isName(q) {
		return q.close + 1
	}
	return s0
}

// intends reports whether a report opens with the speaker's own hope or
// intention (اعلام کرد امیدوار است …، said it hopes to …): the event
// coder codes that as an intent to act, so it is no quote.
func (f *finder) intends(c complement) bool {
	v := f.v
	for j := c.t0; j < c.t1 && j < c.t0+3; j++ {
		if v.w.intent.has(v, j) {
			return true
		}
	}
	return false
}

// reportBefore reports whether a report or statement is the object of a
// publishing verb: a report noun between w0 and the verb.
func (f *finder) reportBefore(w0, vt int) bool {
	for j := w0; j < vt; j++ {
		if f.v.w.report.has(f.v, j) {
			return true
		}
	}
	return false
}
