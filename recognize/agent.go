package recognize

// placeAgents gives every agent (پولیس, وزارت خارجه, police, the foreign
// ministry) the country named right beside it: after it in Persian
// (پولیس افغانستان, وزارت خارجهٔ ایران, نیروهای امریکایی), before it in
// English (Afghan police, the Iranian foreign ministry, Iran's police) or
// after "of" (the foreign ministry of Iran). With none, it has no country.
func (st *state) placeAgents() {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.entry == nil || !m.entry.IsAgent() || m.country != "" {
			continue
		}
		if st.units[m.u0].latin {
			if prev := st.mentionAt(m.u0 - 1); prev != nil && st.sameSentence(m.u0-1, m.u0) && isCountry(prev) {
				m.country = countryOf(prev)
				continue
			}
			if st.has(m.u1, flagOf) {
				if next := st.mentionAt(m.u1 + 1); next != nil && next.u0 == m.u1+1 && isCountry(next) {
					m.country = countryOf(next)
				}
			}
			continue
		}
		if next := st.mentionAt(m.u1); next != nil && next.u0 == m.u1 && st.sameSentence(m.u0, m.u1) && isCountry(next) {
			m.country = countryOf(next)
		}
	}
}

// isCountry reports whether m names a country, by name, adjective or
// capital.
func isCountry(m *mention) bool {
	return !m.dropped && m.entry != nil && m.entry.Kind() == "country"
}
