package quotes

// complementOf finds what the verb at [vt, ve) reports.
func (f *finder) complementOf(vt, ve, w0 int, form verbForm) (complement, bool) {
	v := f.v
	s1 := v.sentEnd(vt)
	k := ve
	marker := false
	if v.isPunct(k, ":") {
		k++
		marker = true
	}
	if v.isComma(k) && v.quotationAt(k+1) != nil {
		k++
	}
	if v.isWord(k, "که") || v.en && v.isWord(k, "that") {
		k++
		marker = true
	}
	if v.en && !marker && (form.class != classSay || form.lemma == "tell") {
		// told Reuters that …, warned the West that …: an object before "that".
		for j := k; j < s1 && j < k+5 && v.toks[j].kind == tokWord; j++ {
			if v.isWord(j, "that") {
				k, marker = j+1, true
				break
			}
		}
	}
	if q := v.quotationAt(k); q != nil && q.in0 < q.in1 {
		return complement{t0: q.in0, t1: q.in1, direct: true}, true
	}
	if !marker {
		// «…»، X گفت / "…," X said: the quotation just before the speaker.
		if w0 > v.sentStart(vt) && (w0 == vt || f.opensClause(w0, vt)) {
			j := w0 - 1
			if v.isComma(j) {
				j--
			}
			if q := v.quotationClosingAt(j); q != nil && q.in0 < q.in1 {
				return complement{t0: q.in0, t1: q.in1, direct: true}, true
			}
		}
		// …, says the foreign minister.
		if v.en && v.isComma(vt-1) && vt-1 > v.sentStart(vt) && f.speakerEnds(ve) {
			return complement{t0: v.sentStart(vt), t1: vt - 1}, true
		}
		// …, the ministry said.
		if v.en && f.clauseEnds(ve) {
			if c := f.commaBefore(vt, w0); c > v.sentStart(vt) && f.opensClause(c+1, vt) {
				return complement{t0: v.sentStart(vt), t1: c}, true
			}
		}
		if form.class != classSay {
			return complement{}, false
		}
	}
	t1 := s1
	if v.en {
		t1 = f.beforeTrailingAttribution(k, s1)
	}
	t0, t1 := f.trim(k, t1)
	if t0 >= t1 {
		return complement{}, false
	}
	return complement{t0: t0, t1: t1, direct: f.hasQuotation(t0, t1)}, true
}

// opensClause reports whether tokens [w0, vt) start with a word that can
// open a subject, not a conjunction (…," and warned …).
func (f *finder) opensClause(w0, vt int) bool {
	v := f.v
	if w0 >= vt || v.toks[w0].kind != tokWord {
		return false
	}
	for _, c := range []string{"and", "but", "و", "اما", "ولی"} {
		if v.isWord(w0, c) {
			return false
		}
	}
	return true
}

// clauseEnds reports whether the clause of an English verb ends at token
// k: a comma or the end of the sentence, maybe after a short phrase that
// a preposition or a time word opens (said on Friday.).
func (f *finder) clauseEnds(k int) bool {
	v := f.v
	s1 := v.sentEnd(k - 1)
	if k >= s1 || v.isComma(k) || v.isPunct(k, ".!?…") {
		return true
	}
	if !v.w.preposition.has(v, k) && !v.w.transparent.has(v, k) && !v.w.auxiliary.has(v, k) {
		return false
	}
	for j := k; j < s1 && j < k+6; j++ {
		if v.isPunct(j, ".!?…") || v.isComma(j) {
			return true
		}
		if v.isWord(j, "that") || v.w.verbs.has(v, j) || v.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// speakerEnds reports whether an English sentence ends with a speaker
// named right after the verb at k (…, says Foreign Minister Lavrov.).
func (f *finder) speakerEnds(k int) bool {
	v := f.v
	if v.isWord(k, "the") {
		k++
	}
	j := k
	if m := v.mentAt(k); m != nil {
		j = m.t1
	} else if n, _ := v.w.titles.match(v, k); n > 0 {
		j = k + n
		if m := v.mentAt(j); m != nil {
			j = m.t1
		}
	} else {
		return false
	}
	return j >= v.sentEnd(k) || v.isComma(j) || v.isPunct(j, ".!?…")
}

// commaBefore returns the comma that opens the clause of the verb at vt
// (the comma right before w0, or the last comma between w0 and vt when
// the clause is the speaker alone), or -1.
func (f *finder) commaBefore(vt, w0 int) int {
	v := f.v
	for j := vt - 1; j >= v.sentStart(vt) && j >= vt-10; j-- {
		if v.isComma(j) {
			return j
		}
	}
	return -1
}

// beforeTrailingAttribution ends an English report before a short last
// clause that is itself an attribution (…, CBS affiliate KXAN reports.).
func (f *finder) beforeTrailingAttribution(t0, t1 int) int {
	v := f.v
	for c := t1 - 1; c > t0 && c >= t1-10; c-- {
		if !v.isComma(c) {
			continue
		}
		for j := c + 1; j < t1; j++ {
			if n, _ := v.w.verbs.match(v, j); n > 0 {
				if q := v.inQuotation(c); q != nil {
					return min(q.endTok(), t1)
				}
				return c
			}
		}
		return t1
	}
	return t1
}

// hasQuotation reports whether tokens [t0, t1) hold a quotation mark.
func (f *finder) hasQuotation(t0, t1 int) bool {
	for j := t0; j < t1; j++ {
		if f.v.inQ[j] >= 0 {
			return true
		}
	}
	return false
}

// calledQuote finds the quotation a "call" verb quotes: right before it
// in Persian (این توافق را «…» خواند), within a few words after it in
// English (called the deal "a disaster").
func (f *finder) calledQuote(vt, ve int) (complement, bool) {
	v := f.v
	if !v.en {
		if q := v.quotationClosingAt(vt - 1); q != nil && q.in0 < q.in1 {
			return complement{t0: q.in0, t1: q.in1, direct: true}, true
		}
		return complement{}, false
	}
	for j := ve; j < ve+4 && j < len(v.toks); j++ {
		if q := v.quotationAt(j); q != nil && q.in0 < q.in1 {
			return complement{t0: q.in0, t1: q.in1, direct: true}, true
		}
		if v.toks[j].kind != tokWord {
			break
		}
	}
	return complement{}, false
}
