package recognize

import "khabar/lexicon"

// headAt returns the head cue (organisation, place or event) that starts
// at unit i, and the unit after it; or nil.
func (st *state) headAt(i int) (*cue, int) {
	if i < 0 || i >= len(st.units) || st.covered(i) {
		return nil, i
	}
	cm := &st.cueAt[i]
	for _, c := range cm.cues {
		cu := &st.r.cues[c]
		switch cu.kind {
		case cueOrgHead, cueLocHead, cueEvtHead:
			return cu, int(cm.end)
		}
	}
	return nil, i
}

// typeOfHead is the entity type a head word gives.
func typeOfHead(c *cue) string {
	switch c.kind {
	case cueLocHead:
		return lexicon.LOC
	case cueEvtHead:
		return lexicon.EVT
	}
	return lexicon.ORG
}

// findHeadPatterns finds names introduced by a Persian head noun: quoted
// (شرکت «استارلینک», گروه «X»), in Latin letters (شبکه CNN), or a run of
// words (جزیره سولاویسی, انستیتیوت تحقیقات پالیسی مقدونیه).
func (st *state) findHeadPatterns() {
	for a := 0; a < len(st.units); a++ {
		c, b := st.headAt(a)
		if c == nil || st.units[a].latin {
			continue
		}
		p, country := b, ""
		// An adjective of a country may stand between head and name:
		// شرکت امریکایی X.
		if m := st.mentionAt(p); m != nil && m.u0 == p && m.adjective {
			country, p = countryOf(m), m.u1
		}
		if m := st.mentionAt(p); m != nil && m.u0 == p {
			// The name is already known (found in parentheses, or in the
			// lexicon): the head and adjective may still tell its
			// country and sector.
			if m.entry == nil && m.typ == typeOfHead(c) {
				st.fillFromHead(m, c, country)
			}
			continue
		}
		if st.punctIs(p, "«\"“") {
			if st.quotedAfterHead(c, a, p, country) {
				a = p
			}
			continue
		}
		var end int
		if st.units[p].latin {
			end = st.capitalRun(p)
		} else if c.kind == cueLocHead {
			end = st.nameRunForward(p, 3)
		} else {
			end = st.orgRun(p)
		}
		if end <= p || !st.sameSentence(a, p) {
			continue
		}
		start := a
		if c.bare || st.units[p].latin {
			start = p
		}
		m := st.newName(start, end, typeOfHead(c), SourceHead)
		if next := st.mentionAt(end); next != nil && next.u0 == end && next.typ == lexicon.LOC && country == "" {
			country = countryOf(next)
		}
		st.fillFromHead(&m, c, country)
		if st.addMention(m) {
			a = end - 1
		}
	}
}

// fillFromHead gives a mention the country and sector its head tells.
func (st *state) fillFromHead(m *mention, c *cue, country string) {
	if m.country == "" {
		m.country = country
	}
	if m.sector == "" && m.typ == lexicon.ORG {
		m.sector = c.sector
	}
}

// quotedAfterHead makes the name in quotation marks that opens at unit q,
// after head c at unit a. It reports whether it made one.
func (st *state) quotedAfterHead(c *cue, a, q int, country string) bool {
	close := -1
	for j := q + 1; j < len(st.units) && j <= q+8 && st.sameSentence(q, j); j++ {
		if st.punctIs(j, "»\"”") {
			close = j
			break
		}
		if st.isPunct(j) {
			return false
		}
	}
	if close <= q+1 {
		return false
	}
	for j := q + 1; j < close; j++ {
		if st.covered(j) {
			return false
		}
	}
	m := st.newName(q+1, close, typeOfHead(c), SourceQuoted)
	st.fillFromHead(&m, c, country)
	return st.addMention(m)
}

// orgRun returns the end of the words of an organisation's name that
// start at p: names and common nouns, at most five, up to a place named
// after them (which gives the country) or a function word. At least one
// must be a name (not a common word); else p.
func (st *state) orgRun(p int) int {
	end, names := p, 0
	for j := p; j < len(st.units) && j < p+5 && st.sameSentence(p, j); j++ {
		if m := st.mentionAt(j); m != nil {
			if m.entry != nil && m.entry.IsAgent() && m.u0 == j {
				j = m.u1 - 1 // an agent inside a name: اداره پولیس X
				continue
			}
			break
		}
		if !st.isWordUnit(j) || st.units[j].flags&(flagStop|flagPronoun|flagTitle) != 0 || st.isVerbLike(j) {
			break
		}
		if j > p && st.beforeVerb(j) {
			break
		}
		if st.nameable(j) {
			names++
		}
		end = j + 1
	}
	if names == 0 {
		return p
	}
	// Absorb agents inside the run into the new name.
	for j := p; j < end; j++ {
		if m := st.mentionAt(j); m != nil {
			st.dropMention(m)
		}
	}
	return end
}

// dropMention removes m and frees its units.
func (st *state) dropMention(m *mention) {
	m.dropped = true
	for i := m.u0; i < m.u1; i++ {
		st.units[i].ment = 0
	}
}
