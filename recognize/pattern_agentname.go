package recognize

import "khabar/lexicon"

// findNamedAgents makes names of the agents whose words begin with an
// organisation's head noun and go on past it: وزارت امور خارجه, وزارت
// بهداشت, اداره کل گمرک. Such a phrase is the proper name of one body of
// the country the article is about (the Ministry of Health), not a common
// noun like پلیس or ارتش; a country named right after it ends the name
// (وزارت بهداشت ایران) and gives its country. Only heads marked named in
// data/heads.txt count: a commission or police force stays an agent.
func (st *state) findNamedAgents() {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.entry == nil || !m.entry.IsAgent() || m.typ != lexicon.ORG || st.units[m.u0].latin {
			continue
		}
		cm := &st.cueAt[m.u0]
		if cm.kinds&(1<<cueOrgHead) == 0 || int(cm.end) >= m.u1 || st.has(m.u0-1, flagDemonstrative) {
			continue
		}
		named := false
		for _, c := range st.cuesAt(m.u0) {
			if cu := &st.r.cues[c]; cu.kind == cueOrgHead && cu.named {
				named = true
			}
		}
		if !named {
			continue
		}
		name := st.newName(m.u0, m.u1, lexicon.ORG, SourceHead)
		name.start, name.end = m.start, m.end
		name.canonical, name.sector = m.entry.Name, m.sector
		if next := st.mentionAt(m.u1); next != nil && next.u0 == m.u1 && isCountry(next) && !next.adjective && !next.metonym {
			name.country = countryOf(next)
			name.u1, name.end = next.u1, next.end
			st.dropMention(next)
		}
		st.dropMention(m)
		st.addMention(name)
	}
}
