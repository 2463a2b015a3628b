package quotes

// fragments handles quotations no speech verb took: a quotation that
// opens a paragraph right after a quote goes on with that quote's
// speakers; a quoted phrase of two words or more that is no name goes to
// the subject of its sentence (the mayor thanked … for their "patience
// and good humour").
func (f *finder) fragments() {
	v := f.v
	for qi := range v.quotes {
		q := &v.quotes[qi]
		if q.in0 >= q.in1 || f.overlapsFound(q.in0, q.in1) {
			continue
		}
		s := v.sentOf(q.open)
		if q.paraStart || q.open == v.sentStart(q.open) {
			if spk := f.continued(q); spk != nil {
				f.add(spk, q.in0, q.in1, true, s)
				continue
			}
		}
		if f.words(q.in0, q.in1) < 2 || f.isName(q) {
			continue
		}
		s0 := v.sentStart(q.open)
		if spk := f.pick(f.leftScan(s0, q.open), s0, q.open); spk != nil {
			f.add(spk, q.in0, q.in1, true, s)
		}
	}
}

// continued returns the speakers of a quotation that carries on the
// direct quote right before it, or nil.
func (f *finder) continued(q *quotation) []speaker {
	v := f.v
	var last *found
	for k := range f.found {
		if f.found[k].t1 <= q.open {
			if last == nil || f.found[k].t1 > last.t1 {
				last = &f.found[k]
			}
		}
	}
	if last == nil || !last.direct {
		return nil
	}
	prev := v.sentOf(last.t1 - 1)
	if s := v.sentOf(q.open); prev != s-1 && prev != s {
		return nil
	}
	return last.speakers
}

// overlapsFound reports whether tokens [t0, t1) overlap words already
// quoted.
func (f *finder) overlapsFound(t0, t1 int) bool {
	for _, s := range f.taken {
		if s[0] < t1 && t0 < s[1] {
			return true
		}
	}
	return false
}

// words counts the word tokens in [t0, t1).
func (f *finder) words(t0, t1 int) int {
	n := 0
	for j := t0; j < t1; j++ {
		if f.v.toks[j].kind == tokWord {
			n++
		}
	}
	return n
}

// isName reports whether a quotation is a name rather than a quote: a
// mention covers most of it, or a naming word comes before it (به نام
// «…»، called "…").
func (f *finder) isName(q *quotation) bool {
	v := f.v
	covered := 0
	for j := q.in0; j < q.in1; j++ {
		if v.toks[j].kind == tokWord && v.toks[j].ment >= 0 {
			covered++
		}
	}
	if 2*covered >= f.words(q.in0, q.in1) {
		return true
	}
	p := q.open
	if v.isWord(p-1, "the") {
		p--
	}
	return v.w.naming.endsAt(v, p) >= 0
}
