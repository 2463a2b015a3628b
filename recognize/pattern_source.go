package recognize

import "khabar/lexicon"

// maxSourceWords is the most words a news source's name found by
// findReportSources may have.
const maxSourceWords = 4

// findReportSources finds the news outlet a report is credited to, in the
// formula that opens Persian news items: به گزارش X، / به نقل از «X»: the
// words after the cue up to a comma, colon or parenthesis, or in quotation
// marks, name a media organisation. A name the lexicon knows is left as it
// is; a run of common words (به گزارش خبرنگار ما) names none.
func (st *state) findReportSources() {
	for a := 0; a < len(st.units); a++ {
		if st.cueAt[a].kinds&(1<<cueSayer) != 0 {
			a = st.sayerAt(a)
			continue
		}
		if st.cueAt[a].kinds&(1<<cueSource) == 0 {
			continue
		}
		p := int(st.cueAt[a].end)
		if p >= len(st.units) || !st.sameSentence(a, p) || st.mentionAt(p) != nil {
			continue
		}
		if st.punctIs(p, "«\"“") {
			st.quotedSource(p)
			continue
		}
		end := st.nameRunForward(p, maxSourceWords)
		if end == p || end >= len(st.units) || !st.sameSentence(p, end) || !st.punctIs(end, ",،:(") {
			continue
		}
		m := st.newName(p, end, lexicon.ORG, SourceReport)
		m.sector = "MED"
		if st.addMention(m) {
			a = end
		}
	}
}

// quotedSource makes the source name quoted at unit q: «X».
func (st *state) quotedSource(q int) {
	for j := q + 1; j < len(st.units) && j <= q+1+maxSourceWords && st.sameSentence(q, j); j++ {
		if st.punctIs(j, "»\"”") {
			if j == q+1 {
				return
			}
			names := 0
			for k := q + 1; k < j; k++ {
				if st.covered(k) {
					return
				}
				if st.nameable(k) {
					names++
				}
			}
			if names == 0 {
				return // «همه» names no outlet
			}
			m := st.newName(q+1, j, lexicon.ORG, SourceReport)
			m.sector = "MED"
			st.addMention(m)
			return
		}
		if st.isPunct(j) {
			return
		}
	}
}

// sayerAt makes a person of the name a statement is credited to, "according
// to X," (به گفتهٔ X، …) when the words up to the comma are a name no list
// holds; it returns the unit to go on from.
func (st *state) sayerAt(a int) int {
	p := int(st.cueAt[a].end)
	if p >= len(st.units) || !st.sameSentence(a, p) || st.mentionAt(p) != nil {
		return a
	}
	end := st.nameRunForward(p, 3)
	if end == p || end >= len(st.units) || !st.sameSentence(p, end) || !st.punctIs(end, ",،") {
		return a
	}
	if st.addMention(st.newName(p, end, lexicon.PER, SourceSpeech)) {
		return end
	}
	return a
}
