package quotes

// cue handles an attribution phrase at token i (به گفتهٔ X، …; according
// to X, …; بر اساس گزارش X …) and returns how many tokens it used, or 0
// when none starts there.
func (f *finder) cue(i int) int {
	v := f.v
	w := v.w
	n, _ := w.cue.match(v, i)
	needName := false
	if n == 0 {
		// بر اساس attributes before a noun of saying or reporting, or a
		// named source; بر اساس این توافق is no attribution.
		nb, _ := w.based.match(v, i)
		if nb == 0 {
			return 0
		}
		if nn, _ := w.basedNoun.match(v, i+nb); nn > 0 {
			n = nb + nn
		} else if w.demonstrative.has(v, i+nb) {
			return 0
		} else {
			n, needName = nb, true
		}
	}
	s0, s1 := v.sentStart(i), v.sentEnd(i)
	x0 := i + n
	comma := -1
	for k := x0; k < s1 && k < x0+12; k++ {
		if v.isComma(k) {
			comma = k
			break
		}
		if v.isPunct(k, ".!?؟") {
			break
		}
	}
	limit := comma
	if comma < 0 {
		limit = min(s1, x0+6)
	}
	if needName && !f.namesSomeone(x0, limit) {
		return 0
	}
	sc := f.leftScan(x0, limit)
	var spk []speaker
	modifierOnly := false
	if len(sc.cands) > 0 && (comma >= 0 || sc.cands[0].t0 <= x0+1) || sc.incl != nil {
		spk, modifierOnly = f.pickHead(sc, x0, limit)
	}
	if (spk == nil || modifierOnly) && comma > x0 && comma-x0 <= 8 && f.namesSomeone(x0, comma) && !w.demonstrative.has(v, x0) {
		spk = []speaker{{name: f.bodyText(x0, comma)}}
	}
	used := limit - i
	if spk == nil {
		return n
	}
	// The report is the rest of the sentence after the source, or, when
	// the cue comes last, the sentence before it.
	if comma >= 0 && f.onlyTransparent(s0, i) {
		f.add(spk, comma+1, s1, f.hasQuotation(comma+1, s1), v.sentOf(i))
	} else if f.onlyTransparent(s0, i) {
		f.add(spk, limit, s1, f.hasQuotation(limit, s1), v.sentOf(i))
	} else {
		f.add(spk, s0, i, f.hasQuotation(s0, i), v.sentOf(i))
	}
	return used
}

// namesSomeone reports whether tokens [t0, t1) hold a mention.
func (f *finder) namesSomeone(t0, t1 int) bool {
	for j := t0; j < t1; j++ {
		if f.v.toks[j].ment >= 0 {
			return true
		}
	}
	return false
}

// onlyTransparent reports whether tokens [t0, t1) are only
// conjunctions, time words and marks.
func (f *finder) onlyTransparent(t0, t1 int) bool {
	v := f.v
	for j := t0; j < t1; j++ {
		if v.toks[j].kind == tokWord && !v.w.transparent.has(v, j) {
			return false
		}
	}
	return true
}
