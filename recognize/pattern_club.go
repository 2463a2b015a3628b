package recognize

import "khabar/lexicon"

// clubAt makes the sports club of data/clubs.txt that starts at unit i a
// mention where the context says a club is meant: a word of the game right before the name
// (بازیکنان استقلال، مقابل ذوب‌آهن), or one that has no other sense
// (فوتبال, سرمربی) anywhere in its sentence. A city
// right after the name is the club's (مس کرمان, استقلال اهواز): the span
// takes it in, and the name is then its own, not the lexicon entry's. A
// head noun right before the name (تیم, باشگاه) is in the span too. It
// reports whether it made one.
func (st *state) clubAt(i int) bool {
	cu, end := st.cueOfKind(i, cueClub)
	if cu == nil || !st.contextBefore(i, "sport") && !st.contextBefore(i, "game") && !st.gameSentence(i) {
		return false
	}
	if m := st.mentionAt(end); m != nil && m.u0 == end && st.sameSentence(i, end) && isCity(m) {
		own := *cu
		own.id = ""
		cu, end = &own, m.u1
	}
	start, source := i, SourceClub
	if h, hend := st.headAt(i - 1); h != nil && h.kind == cueOrgHead && !h.bare && hend == i {
		// The head in the span, as the head patterns have it: تیم پرسپولیس.
		start, source = i-1, SourceHead
	}
	return st.takeContextName(start, end, cu, lexicon.ORG, "CVL", source)
}

// isCity reports whether m names a place below a country (a city or a
// province) as a place, not as an adjective.
func isCity(m *mention) bool {
	return m.typ == lexicon.LOC && !m.adjective && !m.metonym && m.entry != nil && m.entry.Kind() == "loc"
}

// gameSentence reports whether the sentence of unit i has a word of the
// game in it.
func (st *state) gameSentence(i int) bool {
	a := i
	for a > 0 && st.sameSentence(a-1, i) {
		a--
	}
	for j := a; j < len(st.units) && st.sameSentence(j, i); j++ {
		if st.contextAt(j, "game") {
			return true
		}
	}
	return false
}
