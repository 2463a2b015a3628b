package recognize

import (
	"khabar/lexicon"
)

// findParentheses finds a Persian name followed by its Latin form in
// brackets (پامیر انرژی گروپ (Pamir Energy Group)): one mention over
// the Persian words, as many as the Latin has, with the Latin form as its
// canonical name. A known name before the brackets keeps its entry; the
// Latin form is then only an alias and makes no mention of its own.
func (st *state) findParentheses() {
	for _, p := range st.opens {
		if p < 1 || p+2 >= len(st.units) || st.units[p-1].latin || !st.sameSentence(p-1, p) {
			continue
		}
		if m, prev := st.mentionAt(p+1), st.mentionAt(p-1); m != nil && prev != nil && m.u0 == p+1 &&
			st.punctIs(m.u1, ")") && m.key == prev.key {
			st.dropMention(m) // بوئینگ (Boeing): the Latin form is an alias
			st.coverAlias(p+1, m.u1)
			continue
		}
		end := st.capitalRun(p + 1)
		if end == p+1 || !st.punctIs(end, ")") {
			continue
		}
		words := 0
		for j := p + 1; j < end; j++ {
			if !st.has(j, flagConnector) && !st.units[j].glued {
				words++
			}
		}
		latin := st.text(p+1, end)
		if st.covered(p - 1) {
			st.coverAlias(p+1, end)
			continue
		}
		start := p
		for start > 0 && p-start < words && st.isWordUnit(start-1) && !st.covered(start-1) &&
			st.sameSentence(start-1, p) && st.units[start-1].flags&(flagStop|flagVerb) == 0 && !st.isVerbLike(start-1) {
			start--
		}
		if start == p {
			continue
		}
		typ, country, sector := st.typeBeforeParen(start, p+1, end)
		m := st.newName(start, p, typ, SourceParenthesis)
		m.canonical, m.country, m.sector = latin, country, sector
		if st.addMention(m) {
			st.coverAlias(p+1, end)
		}
	}
}

// coverAlias marks the Latin alias [a, b) as taken, with a mention that is
// left out of the result.
func (st *state) coverAlias(a, b int) {
	if st.anyCovered(a, b) {
		return
	}
	if st.addMention(mention{u0: a, u1: b, dropped: true}) {
		m := &st.mentions[len(st.mentions)-1]
		m.key = "alias"
	}
}

// typeBeforeParen types a name in two scripts: from a head word in the
// Latin form or before the Persian one (شرکت امریکایی X), a given name,
// or as an organisation. A country adjective before the name gives its
// country.
func (st *state) typeBeforeParen(start, la, lb int) (typ, country, sector string) {
	typ = ""
	for j := lb - 1; j >= la && typ == ""; j-- {
		typ = headType(st.units[j].flags)
	}
	for j := start - 1; j >= start-3 && j >= 0 && st.sameSentence(j, start); j-- {
		if m := st.mentionAt(j); m != nil {
			if m.adjective && country == "" {
				country = countryOf(m)
			}
			j = m.u0
			continue
		}
		if c, _ := st.headAt(j); c != nil {
			if typ == "" {
				typ = typeOfHead(c)
			}
			sector = c.sector
			break
		}
		if !st.isWordUnit(j) {
			break
		}
	}
	if typ == "" {
		typ = lexicon.ORG
		if st.units[la].flags&flagGiven != 0 && !st.units[la].upper {
			typ = lexicon.PER
		}
	}
	return typ, country, sector
}
