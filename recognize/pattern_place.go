package recognize

import "khabar/lexicon"

// findPlacesOfCountries finds a Persian place name the lexicon lacks from
// the country named right after it, after a preposition: در سترومیکا
// مقدونیه, به برمینگهم بریتانیا (a city "of" its country, in ezafe).
func (st *state) findPlacesOfCountries() {
	for i := 1; i+1 < len(st.units); i++ {
		u := &st.units[i]
		if u.latin || !st.has(i-1, flagPrep) || st.units[i-1].latin || !st.nameable(i) || u.flags&flagGiven != 0 {
			continue
		}
		next := st.mentionAt(i + 1)
		if next == nil || next.u0 != i+1 || !isCountry(next) || next.adjective || next.metonym || !st.sameSentence(i, i+1) {
			continue
		}
		m := st.newName(i, i+1, lexicon.LOC, SourcePlace)
		m.canonical = stripEzafe(m.canonical)
		m.country = countryOf(next)
		st.addMention(m)
	}
}
