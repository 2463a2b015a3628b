package code

import "khabar/text"

// splitSubjectObject separates a Persian subject from the object that
// follows it with nothing between (نخست‌وزیر بریتانیا منتقدین را متهم
// کرد, ایران پیشنهاد امریکا را رد کرد): when a clause opens with a bare
// phrase that starts with a name and goes on, the name is the subject if
// the phrase is marked by را or holds a second actor that is no list
// member.
func (p *parse) splitSubjectObject() {
	var out []seg
	seen := map[int]bool{} // clauses whose first bare phrase was looked at
	for _, sg := range p.segs {
		if sg.place != "" || seen[sg.clause] {
			out = append(out, sg)
			continue
		}
		seen[sg.clause] = true
		its := p.items(sg.first, sg.last)
		if len(its) == 0 {
			out = append(out, sg)
			continue
		}
		end := its[0].ments[len(its[0].ments)-1].last
		if end >= sg.last || its[0].ments[0].first != sg.first && !p.headBefore(sg.first, its[0].ments[0].first) {
			out = append(out, sg)
			continue
		}
		// A subject and an object in one bare phrase, not a list (ایران
		// پیشنهاد امریکا را رد کرد): the first item is the subject.
		if !sg.object && (len(its) < 2 || p.separated(end+1, its[1].ments[0].first-1)) {
			out = append(out, sg)
			continue
		}
		// Names joined by و before more words are one subject (آمریکا
		// و اتحادیه اروپا شرکت X را تحریم کردند).
		for i := 1; i < len(its); i++ {
			first := its[i].ments[0].first
			if first != end+2 || !p.lang.conj[p.s.keys[end+1]] {
				break
			}
			if last := its[i].ments[len(its[i].ments)-1].last; last < sg.last {
				end = last
			}
		}
		subj, obj := sg, sg
		subj.last, subj.object = end, false
		obj.first, obj.object = end+1, true
		out = append(out, subj, obj)
	}
	p.segs = out
	for t := range p.segOf {
		if p.segOf[t] >= 0 {
			p.segOf[t] = -1
		}
	}
	for i, sg := range p.segs {
		for t := sg.first; t <= sg.last; t++ {
			if p.trigAt[t] < 0 {
				p.segOf[t] = i
			}
		}
	}
}

// headBefore reports whether tokens first..before-1 are a short head of
// the name that follows (نخست‌وزیر بریتانیا): two words at most, no
// punctuation.
func (p *parse) headBefore(first, before int) bool {
	if before-first > 2 {
		return false
	}
	for t := first; t < before; t++ {
		if p.s.toks[t].kind != text.Word {
			return false
		}
	}
	return true
}

// emptyClause reports whether clause c holds nothing before token at but
// markers and punctuation.
func (p *parse) emptyClause(c, at int) bool {
	for t := p.clauses[c].first; t < at && t < len(p.s.toks); t++ {
		k := p.s.keys[t]
		if p.s.toks[t].kind == text.Word && !p.lang.boundaries[k] && !p.lang.conditional[k] || p.s.toks[t].kind == text.Number {
			return false
		}
	}
	return true
}

// returnFrom gives the parent and kind of the clause after clause c
// ended with its verb: after a relative clause its head's clause goes on;
// after a complement or the rest of a clause, the clause they hang on is
// done too.
func (p *parse) returnFrom(c int) (int, clauseKind) {
	for c >= 0 {
		cl := p.clauses[c]
		switch cl.kind {
		case kindRelative:
			return cl.parent, kindCont
		case kindRoot:
			return -1, kindRoot
		}
		c = cl.parent
	}
	return -1, kindRoot
}

// commaCloses reports whether a comma at t closes Persian clause c: an
// embedded clause with content, whose parent goes on after the comma
// (چند شرکت را … که سبب می‌شوند تا کارگران … بروند، نکوهش کرد).
func (p *parse) commaCloses(c, t int) bool {
	cl := p.clauses[c]
	if p.emptyClause(c, t) {
		return false
	}
	switch cl.kind {
	case kindRelative:
		return true
	case kindComplement:
		return cl.parent >= 0 && p.clauses[cl.parent].kind == kindRelative
	}
	return false
}

// commaReturn gives the parent and kind of the clause after a comma
// closed clause c (see commaCloses).
func (p *parse) commaReturn(c int) (int, clauseKind) {
	cl := p.clauses[c]
	if cl.kind == kindComplement {
		cl = p.clauses[cl.parent]
	}
	return cl.parent, kindCont
}

// clauseSegs returns the indexes of the phrases of clause c, in text
// order; for the rest of a Persian clause after an embedded one, those of
// the clause it continues too.
func (p *parse) clauseSegs(c int) []int {
	in := map[int]bool{c: true}
	for x := c; x >= 0 && p.clauses[x].kind == kindCont; {
		x = p.clauses[x].parent
		if x >= 0 {
			in[x] = true
		}
	}
	var out []int
	for i, sg := range p.segs {
		if in[sg.clause] {
			out = append(out, i)
		}
	}
	return out
}
