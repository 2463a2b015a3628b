package recognize

import (
	"khabar/lexicon"
)

// lexiconMention makes the mention of the best valid lexicon name at
// candidate cd, which starts at unit i.
func (st *state) lexiconMention(i int, cd candidate) (mention, bool) {
	t := st.r.trie
	uj := &st.units[cd.unit]
	full := cd.runes == int(uj.f1-uj.f0)
	rest := ""
	if !full {
		rest = string(st.runes[uj.f0+int32(cd.runes) : uj.f1])
	}
	var (
		best      *target
		bestScore = -1
		bestDem   int
	)
	for _, v := range t.valuesOf(cd.node) {
		if v < 0 {
			continue
		}
		tg := &st.r.targets[v]
		dem := 0
		if !full {
			var ok bool
			if uj.latin {
				ok = latinSuffix(rest, tg.form == formAdj)
			} else {
				key := st.runes[st.units[i].f0 : uj.f0+int32(cd.runes)]
				ok, dem = persianSuffix(key, rest, tg.form == formName && isPlace(tg.entry))
			}
			if !ok {
				continue
			}
		}
		if !st.caseOK(tg, i, cd.unit) {
			continue
		}
		if tg.latin && tg.entry.IsAgent() && st.units[i].cap && (st.capNeighbour(i-1) || st.capNeighbour(cd.unit+1)) {
			continue // Police inside a name: the Springfield Police Department
		}
		_, seen := st.seen[tg.entry]
		if (tg.common || (!tg.latin && tg.words == 1 && tg.runes <= 2)) && !seen {
			continue // a common word, or too short to trust alone
		}
		score := st.targetScore(tg, seen)
		if score > bestScore {
			best, bestScore, bestDem = tg, score, dem
		}
	}
	if best == nil {
		return mention{}, false
	}
	return st.fromTarget(best, i, cd, bestDem), true
}

// caseOK applies a Latin name's case rule to the units [a, b].
func (st *state) caseOK(tg *target, a, b int) bool {
	switch tg.caseRule {
	case caseCap:
		return st.units[a].cap
	case caseUpper:
		for k := a; k <= b; k++ {
			if !st.units[k].upper && st.units[k].latin {
				return false
			}
		}
	}
	return true
}

// targetScore orders the entries one key may name: one already named in
// the article, then names before metonyms before adjectives, then a person
// in office on the article's date, then countries and organisations of
// the world before places and agents.
func (st *state) targetScore(tg *target, seen bool) int {
	s := 0
	if seen {
		s += 1000
	}
	switch tg.form {
	case formName:
		s += 300
	case formMetonym:
		s += 200
	case formAdj:
		s += 100
	}
	e := tg.entry
	if e.Type == lexicon.PER && st.office(e) != nil {
		s += 50
	}
	switch e.Kind() {
	case "country":
		s += 9
	case "igo":
		s += 8
	case "per":
		s += 7
	case "org":
		s += 6
	case "loc":
		s += 5
	case "evt":
		s += 4
	}
	return s
}

// office returns the first office e held on the article's date, or nil.
func (st *state) office(e *lexicon.Entry) *lexicon.Office {
	for k := range e.Offices {
		if e.Offices[k].HeldOn(st.d.Date) {
			return &e.Offices[k]
		}
	}
	return nil
}

// isPlace reports whether e is a country or a place.
func isPlace(e *lexicon.Entry) bool { return e.Type == lexicon.LOC }

// fromTarget makes the mention of target tg found from unit i to
// candidate cd, dem runes of demonym included.
func (st *state) fromTarget(tg *target, i int, cd candidate, dem int) mention {
	e := tg.entry
	m := mention{
		u0: i, u1: cd.unit + 1,
		start: st.units[i].start, end: st.normOffset(cd.unit, cd.runes+dem),
		typ: e.Type, entry: e, canonical: e.Name, country: e.Country, sector: e.Sector,
		source: SourceLexicon, key: e.ID,
		adjective: tg.form == formAdj || dem > 0,
		metonym:   tg.form == formMetonym,
	}
	if o := st.office(e); o != nil && e.Type == lexicon.PER {
		m.role = o.Office
		if m.country == "" {
			m.country = o.Country
		}
	}
	if m.metonym {
		// A capital standing for its country is a place of its own in
		// the list of entities; the entry still tells its country.
		m.canonical = st.d.Norm[m.start:m.end]
		m.key = "metonym:" + st.key(m.u0, m.u1)
		m.typ = lexicon.LOC
	}
	if _, ok := st.seen[e]; !ok && !m.metonym {
		st.seen[e] = i
	}
	return m
}

// capNeighbour reports whether unit i is a capitalised Latin word that is
// not the first of its sentence.
func (st *state) capNeighbour(i int) bool {
	return st.isWordUnit(i) && st.units[i].latin && st.units[i].cap && !st.sentenceInitial(i)
}
