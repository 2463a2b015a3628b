package recognize

import "khabar/lexicon"

// contextPlaceAt makes the place of data/places.txt that starts at unit
// i a mention where the context says a place is meant: after a
// preposition of place (از کردستان, در قم) or in a list with a place the
// lexicon knows (مازندران و گلستان, گلستان، گیلان). It reports whether it
// made one.
func (st *state) contextPlaceAt(i int) bool {
	cu, end := st.cueOfKind(i, cuePlace)
	return cu != nil && !st.covered(i) && st.placeContext(i, end) && st.takeContextName(i, end, cu, lexicon.LOC, "", SourcePlace)
}

// placeContext reports whether the place name over units [a, b) stands
// where a place is meant.
func (st *state) placeContext(a, b int) bool {
	if st.has(a-1, flagPrep) && st.sameSentence(a-1, a) && !st.units[a-1].latin {
		return true
	}
	// In a list: a known place just before or after, past و or a comma.
	return st.listedPlace(a-2, a-1) || st.listedPlace(b+1, b)
}

// listedPlace reports whether unit p starts or ends a place the lexicon
// found, joined to a name by the و or comma at unit j.
func (st *state) listedPlace(p, j int) bool {
	if !st.sameSentence(p, j) || !st.isComma(j) && !(st.isWordUnit(j) && st.unitKey(j) == "و") {
		return false
	}
	m := st.mentionAt(p)
	return m != nil && m.typ == lexicon.LOC && !m.adjective && (m.u0 == p || m.u1 == p+1)
}
