package recognize

import "khabar/lexicon"

// headAt returns the head cue (organisation, place or event) that starts
// at unit i, and the unit after it; or nil.
func (st *state) headAt(i int) (*cue, int) {
	if i < 0 || i >= len(st.units) || st.cueAt[i].kinds&(1<<cueOrgHead|1<<cueLocHead|1<<cueEvtHead) == 0 {
		return nil, i
	}
	cm := &st.cueAt[i]
	if m := st.mentionAt(i); m != nil && !(m.entry != nil && m.entry.IsAgent() && m.u0 == i && m.u1 == int(cm.end)) {
		return nil, i // a head noun may be an agent (دانشگاه), not another name
	}
	for _, c := range st.cuesAt(i) {
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
// (شرکت «آریانا معدن», گروه «X»), in Latin letters (شبکه CNN), or a run of
// words (جزیره کیش, انستیتیوت مطالعات استراتژیک افغانستان).
// With quotedOnly, only quoted names are taken: they are certain enough to
// come before the title patterns, which may read them.
func (st *state) findHeadPatterns(quotedOnly bool) {
	for a := 0; a < len(st.units); a++ {
		c, b := st.headAt(a)
		if c == nil || st.units[a].latin {
			continue
		}
		if st.has(a-1, flagDemonstrative) {
			continue // این اتحادیه: "this union" names none
		}
		p, country := b, ""
		// An adjective of a country may stand between head and name:
		// شرکت امریکایی X.
		if m := st.mentionAt(p); m != nil && m.u0 == p && m.adjective {
			country, p = countryOf(m), m.u1
		}
		// An agent may stand there too: اداره پلیس Springfield.
		agent := st.mentionAt(p)
		if agent != nil && agent.u0 == p && agent.entry != nil && agent.entry.IsAgent() && st.latinAt(agent.u1) {
			p = agent.u1
		} else {
			agent = nil
		}
		if m := st.mentionAt(p); m != nil && m.u0 == p && c.kind == cueEvtHead && m.typ != lexicon.PER && !m.adjective {
			// An event named after a body or place: کنفرانس حزب محافظه کار.
			st.mergeInto(a, m, lexicon.EVT, SourceHead)
			continue
		}
		if m := st.mentionAt(p); m != nil && m.u0 == p && c.kind == cueOrgHead && !c.bare && m.typ == lexicon.LOC &&
			!m.adjective && m.entry != nil && st.placeEndsName(m) {
			// A body of a place: شهرداری قزوین, دانشگاه تهران, سفارت آلمان.
			if h := st.mentionAt(a); h != nil {
				st.dropMention(h) // the head noun's agent mention
			}
			st.mergeInto(a, m, lexicon.ORG, SourceHead)
			if org := st.mentionAt(a); org != nil {
				org.canonical = st.text(a, org.u1)
				st.fillFromHead(org, c, org.country)
			}
			continue
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
		if p >= len(st.units) || !st.sameSentence(a, p) {
			continue
		}
		if st.punctIs(p, "«\"“") {
			if st.quotedAfterHead(c, a, p, country) {
				a = p
			}
			continue
		}
		if quotedOnly {
			continue
		}
		if c.kind == cueOrgHead && c.bare && !c.inSpan && !st.units[p].latin {
			continue // گروه X: a bare head names a body only in quotes or Latin letters
		}
		var end int
		if st.units[p].latin {
			end = st.capitalRun(p)
		} else if c.kind == cueLocHead {
			end = st.nameRunForward(p, 3)
		} else {
			end = st.orgRun(p, c.bare)
		}
		for end > p && !st.units[p].latin && st.beforeVerb(end-1) {
			end-- // منطقه باقی خواهد ماند: a predicate, not a name
		}
		if end <= p || !st.sameSentence(a, p) {
			continue
		}
		// A bare head stays out of the name, but some the span takes in
		// all the same (شهرستان X, شرکت X), and a Latin name after a head
		// stands alone.
		start := a
		if c.bare && !c.inSpan || st.units[p].latin && agent == nil {
			start = p
		}
		if agent != nil {
			st.dropMention(agent)
		}
		if h := st.mentionAt(a); h != nil && start == a {
			st.dropMention(h) // the head noun's agent mention
		}
		m := st.newName(start, end, typeOfHead(c), SourceHead)
		if c.bare {
			m.canonical = st.text(p, end)
		}
		if !st.units[p].latin {
			m.canonical = stripEzafe(m.canonical)
		}
		next := st.mentionAt(end)
		if next != nil && next.u0 == end && next.typ == lexicon.LOC && !next.adjective {
			if country == "" {
				country = countryOf(next)
			}
			if m.typ == lexicon.ORG && next.entry != nil && st.placeEndsName(next) {
				// The body's full name ends with its country or city
				// (انستیتیوت مطالعات استراتژیک افغانستان, سازمان انتقال خون
				// کرمانشاه): the span takes it in, the canonical name
				// leaves it out.
				st.dropMention(next)
				m.u1, m.end = next.u1, next.end
			}
		}
		if country == "" && m.typ == lexicon.ORG {
			// a country named inside the body's name (کمیته دولتی امنیت
			// ملی تاجیکستان)
			country = st.countryInUnits(p, end)
		}
		st.fillFromHead(&m, c, country)
		if st.addMention(m) {
			a = m.u1 - 1
		}
	}
}

// countryInUnits returns the code of the first country whose name (not an
// adjective or a capital) is a whole unit of [a, b), or "".
func (st *state) countryInUnits(a, b int) string {
	t := st.r.trie
	for u := a; u < b && u < len(st.units); u++ {
		node := t.walk(st.syms[st.units[u].f0:st.units[u].f1])
		if node == 0 || !t.terminal(node) || !t.hasPos(node) {
			continue
		}
		for _, v := range t.valuesOf(node) {
			if v < 0 {
				continue
			}
			if tg := &st.r.targets[v]; tg.form == formName && tg.entry.Kind() == "country" {
				return tg.entry.Country
			}
		}
	}
	return ""
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
func (st *state) orgRun(p int, bare bool) int {
	end, names := p, 0
	var place *mention
	for j := p; j < len(st.units) && j < p+7 && st.sameSentence(p, j); j++ {
		if m := st.mentionAt(j); m != nil {
			if m.entry != nil && m.entry.IsAgent() && m.u0 == j {
				j = m.u1 - 1 // an agent inside a name: اداره پولیس X
				continue
			}
			if m.u0 == j && m.typ == lexicon.LOC && !m.adjective {
				place = m
			}
			break
		}
		flags := st.units[j].flags
		if j > p && end == j && st.orgConjunction(j) {
			continue // two nouns joined inside a name: سازمان برنامه و بودجه
		}
		if !st.isWordUnit(j) || st.units[j].latin != st.units[p].latin || st.isVerbLike(j) || flags&(flagPronoun|flagTitle|flagPrep) != 0 ||
			flags&flagStop != 0 && flags&flagVerbNoun == 0 {
			break
		}
		if j > p && st.beforeVerb(j) || st.beforeVerb(j) && flags&flagVerbNoun != 0 {
			break
		}
		if flags&flagVerbNoun != 0 {
			continue // the noun of a light verb may not end the name: سازمان انتقال خون
		}
		if st.nameable(j) {
			names++
		}
		end = j + 1
	}
	if names == 0 {
		if bare || place == nil || place.u0 != end || st.coordinated(place.u1) {
			return p
		}
		// Common words and a place after a head that is part of the
		// name make a name: دانشگاه تهران, بانک مرکزی افغانستان.
		end = place.u1
	}
	// Absorb agents (and a place ending the name) into the new name.
	for j := p; j < end; j++ {
		if m := st.mentionAt(j); m != nil {
			st.dropMention(m)
		}
	}
	return end
}

// orgConjunction reports whether unit j is a و that joins two nouns inside
// an organisation's name (وزارت فرهنگ و ارشاد اسلامی, اتحادیه میوه و
// سبزی): a plain Persian word follows, not a name found already, a head
// noun that starts another body, a function word or a verb.
func (st *state) orgConjunction(j int) bool {
	if !st.isWordUnit(j) || st.units[j].latin || st.unitKey(j) != "و" {
		return false
	}
	k := j + 1
	if !st.isWordUnit(k) || !st.sameSentence(j, k) || st.units[k].latin || st.mentionAt(k) != nil || st.isVerbLike(k) {
		return false
	}
	if st.isWordUnit(k+1) && st.units[k+1].flags&flagVerb != 0 {
		return false // the noun of a light verb: … و همکاری کرد
	}
	if st.cueAt[k].kinds&(1<<cueOrgHead|1<<cueLocHead|1<<cueEvtHead) != 0 {
		return false
	}
	f := st.units[k].flags
	return f&(flagStop|flagPronoun|flagTitle|flagPrep|flagVerbNoun|flagDemonstrative) == 0
}

// dropMention removes m and frees its units.
func (st *state) dropMention(m *mention) {
	m.dropped = true
	for i := m.u0; i < m.u1; i++ {
		st.units[i].ment = 0
	}
}

// stripEzafe removes the ezafe ی a Persian name takes after a final vowel
// (سوماترای غربی → سوماترا).
func stripEzafe(name string) string {
	for _, v := range []string{"ای", "وی"} {
		if len(name) > len(v)+2 && name[len(name)-len(v):] == v {
			return name[:len(name)-len("ی")]
		}
	}
	return name
}

// mergeInto replaces mention m by one that starts at unit a and types it.
func (st *state) mergeInto(a int, m *mention, typ, source string) {
	merged := st.newName(a, m.u1, typ, source)
	merged.country = firstOf(m.country, "")
	if m.entry != nil && m.entry.Kind() == "country" {
		merged.country = m.entry.Country
	}
	merged.end = m.end
	st.dropMention(m)
	st.addMention(merged)
}

// coordinated reports whether a list of places goes on at unit i (، or و
// and another place): then the words before the first place describe
// several bodies (خطوط هوایی ملی ترکیه، قطر و امارات), not one.
func (st *state) coordinated(i int) bool {
	if !st.isComma(i) && !(st.isWordUnit(i) && st.unitKey(i) == "و") {
		return false
	}
	m := st.mentionAt(i + 1)
	return m != nil && m.u0 == i+1 && m.typ == lexicon.LOC
}

// placeEndsName reports whether place m, right after the words of an
// organisation's name, ends that name: not when a list of places goes on
// (then the words before describe several bodies) nor when m is the
// object of the verb (را after it: سازمان X تهران را ترک کرد).
func (st *state) placeEndsName(m *mention) bool {
	return !st.coordinated(m.u1) && !(st.isWordUnit(m.u1) && st.sameSentence(m.u0, m.u1) && st.unitKey(m.u1) == "را")
}
