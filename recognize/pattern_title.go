package recognize

import "khabar/lexicon"

// titleAt returns the title cue that starts at unit i and the unit after
// it, or nil. Of several, the one with an office wins.
func (st *state) titleAt(i int) (*cue, int) {
	if i < 0 || i >= len(st.units) || st.cueAt[i].kinds&(1<<cueTitle) == 0 || st.covered(i) {
		return nil, i
	}
	cm := &st.cueAt[i]
	var best *cue
	for _, c := range st.cuesAt(i) {
		cu := &st.r.cues[c]
		if cu.kind == cueTitle && (best == nil || best.office == "" && cu.office != "") {
			best = cu
		}
	}
	if best == nil {
		return nil, i
	}
	return best, int(cm.end)
}

// titleFrame is what a title and the words around it say about the person
// it names.
type titleFrame struct {
	cue     *cue
	a, b    int    // the title's units
	after   int    // the first unit after the title and the place or body it names
	country string // from a place or body named beside the title
	via     int    // 1 + the index of the body named after the title, or 0
}

// frameTitle reads the title at [a, b): modifiers after it, and a country
// or organisation named right after it (رئیس‌جمهور ایالات متحده, foreign
// minister of Iran) or right before it (Britain's prime minister, the
// Mexican president).
func (st *state) frameTitle(c *cue, a, b int) titleFrame {
	f := titleFrame{cue: c, a: a, b: b, after: b}
	p := b
	for k := 0; k < 2 && st.has(p, flagTitleMod) && !st.covered(p); k++ {
		p++
	}
	if st.has(p, flagOf) {
		if m := st.mentionAt(p + 1); m != nil && m.typ != lexicon.PER && m.u0 == p+1 {
			p++
		}
	}
	org := p
	if c, b := st.headAt(p); c != nil && c.kind == cueOrgHead {
		org = b // رئیس اجرایی گروه «X»: the body after its head noun
		if st.punctIs(org, "«\"“") {
			org++
		}
	}
	if m := st.mentionAt(org); m != nil && m.u0 == org && m.typ != lexicon.PER && m.typ != lexicon.EVT {
		f.country = countryOf(m)
		f.via = int(st.units[org].ment)
		p = m.u1
		for k := 0; k < 2 && st.has(p, flagTitleMod) && !st.covered(p); k++ {
			p++
		}
	}
	f.after = p
	if f.country == "" {
		if m := st.mentionAt(a - 1); m != nil && m.typ == lexicon.LOC && st.sameSentence(a-1, a) {
			f.country = countryOf(m)
		}
	}
	return f
}

// findTitlePatterns finds people named beside a title or office.
func (st *state) findTitlePatterns() {
	for a := 0; a < len(st.units); a++ {
		c, b := st.titleAt(a)
		if c == nil {
			continue
		}
		f := st.frameTitle(c, a, b)
		a = b - 1 // a shorter title inside this one is not another title
		if c.post {
			st.nameBeforeTitle(f, false)
			continue
		}
		// Title name: رئیس‌جمهور مکزیک، آندرس مانوئل لوپز اوبرادور;
		// President Gjorge Ivanov; foreign minister Walid al-Moualem.
		if st.nameAfterTitle(f) {
			continue
		}
		// Name, title: سارا احمدی، وزیر تجارت افغانستان،; Sara
		// Ahmadi, the chief executive of ...
		st.nameBeforeTitle(f, true)
	}
}

// nameAfterTitle finds the name that follows a title, or gives a known
// person after it the title's office. It reports whether it found one.
func (st *state) nameAfterTitle(f titleFrame) bool {
	p := f.after
	if st.isComma(p) && st.units[f.a].latin == false {
		p++ // Persian: وزیر خارجه، ولید ال-معلم
	}
	if !st.sameSentence(f.a, p) {
		return false
	}
	if m := st.mentionAt(p); m != nil {
		if m.u0 == p && m.typ == lexicon.PER {
			st.giveOffice(m, f)
			return true
		}
		return false
	}
	end := st.nameRunForward(p, 4)
	if end == p || st.hasHead(p, end, flagOrgHead|flagLocHead|flagEvtHead) {
		return false
	}
	if end-p == 1 && !st.units[p].latin {
		// One Persian word after a title is as often a common word as a
		// surname; a surname of someone named in full elsewhere is
		// found by linking.
		return false
	}
	m := st.newName(p, end, lexicon.PER, SourceTitle)
	st.giveOffice(&m, f)
	return st.addMention(m)
}

// nameBeforeTitle finds the name before a title: in apposition after a
// comma (comma true), or right before it at the start of a clause.
func (st *state) nameBeforeTitle(f titleFrame, comma bool) bool {
	last := f.a - 1
	if comma {
		if st.has(last, flagDeterminer) && (st.units[f.a].latin || st.units[last].latin) {
			last--
		}
		if !st.isComma(last) {
			return st.nameBeforeTitle(f, false)
		}
		last--
	}
	if !st.sameSentence(last, f.a) {
		return false
	}
	if m := st.mentionAt(last); m != nil {
		if m.u1 == last+1 && m.typ == lexicon.PER {
			st.giveOffice(m, f)
			return true
		}
		return false
	}
	start := st.nameRunBackward(last, 4)
	if start > last || st.hasHead(start, last+1, flagOrgHead|flagLocHead|flagEvtHead) {
		return false
	}
	if !st.startsClause(start) {
		// Inside a clause the words before a title are rarely all of a
		// name; only a known given name makes the run trustworthy.
		if st.units[start].flags&flagGiven == 0 || !comma {
			return false
		}
	}
	if !comma && last-start < 1 && st.units[start].flags&flagGiven == 0 {
		return false // one word before a title, no comma: too weak
	}
	m := st.newName(start, last+1, lexicon.PER, SourceApposition)
	st.giveOffice(&m, f)
	return st.addMention(m)
}

// giveOffice sets what a title says on a person's mention, keeping what
// the lexicon said.
func (st *state) giveOffice(m *mention, f titleFrame) {
	if m.role == "" && f.cue.office != "" && f.cue.office != "other" {
		m.role = f.cue.office
	}
	if m.country == "" {
		m.country = f.country
		if m.country == "" {
			m.via = f.via
		}
	}
	if m.sector == "" {
		m.sector = f.cue.sector
	}
}
