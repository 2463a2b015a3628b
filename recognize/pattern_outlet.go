package recognize

import "khabar/lexicon"

// outletAt makes the news outlet of data/outlets.txt that starts at unit
// i a mention where the context says an outlet is meant: after the
// formula that credits a report (به گزارش مهر، به نقل از تابناک), after
// the word for its reporter or front page (خبرنگار فارس، تیتر یک کیهان),
// and heading a press-review line (شرق: …, جوان درباره …). An outlet is an
// organisation of sector MED. It reports whether it made one.
func (st *state) outletAt(i int) bool {
	cu, end := st.cueOfKind(i, cueOutlet)
	return cu != nil && st.outletContext(i, end) && st.takeContextName(i, end, cu, lexicon.ORG, "MED", SourceReport)
}

// saysAt reports whether unit i is a verb of saying.
func (st *state) saysAt(i int) bool {
	return st.has(i, flagSpeech) || i < len(st.units) && st.cueAt[i].kinds&(1<<cueSpeech) != 0
}

// outletContext reports whether the outlet name over units [a, b) stands
// where an outlet is meant.
func (st *state) outletContext(a, b int) bool {
	q := a
	if st.punctIs(a-1, "«\"“") && st.punctIs(b, "»\"”") {
		q = a - 1 // quoted: به گزارش «انتخاب»
	}
	if st.contextBefore(q, "source") || st.contextBefore(q, "reporter") {
		return true
	}
	if st.isWordUnit(a-1) && st.sameSentence(a-1, b) && st.unitKey(a-1) == "به" && st.saysAt(b) {
		return true // told the outlet: به ایسنا گفت
	}
	// A press review: the outlet heads its line, a colon or what it
	// wrote after it.
	return st.sentenceInitial(a) && b < len(st.units) && st.sameSentence(a, b) &&
		(st.punctIs(b, ":") || st.contextAt(b, "press"))
}
