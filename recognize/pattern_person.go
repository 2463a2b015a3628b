package recognize

import (
	"khabar/lexicon"
	"khabar/text"
)

// findPersonPatterns finds Persian names of people from the words around
// them: a known given name, a courtesy title or family word before the
// name, a verb of saying or an age after it. (English names are found by
// findCapitals, which reads the same cues.)
func (st *state) findPersonPatterns() {
	for i := 0; i < len(st.units); i++ {
		u := &st.units[i]
		if u.latin || !st.isWordUnit(i) || st.covered(i) {
			continue
		}
		switch {
		case u.flags&(flagHonorific|flagKin) != 0:
			p := i + 1
			if st.has(p, flagPossessive) {
				p++
			}
			source := SourceHonorific
			if u.flags&flagKin != 0 {
				source = SourceKin
			}
			if end := st.nameRunForward(p, 3); end > p && st.sameSentence(i, p) {
				if st.addMention(st.newName(p, end, lexicon.PER, source)) {
					i = end - 1
				}
			}
		case u.flags&flagGiven != 0 && u.flags&flagTitle == 0:
			if end := st.givenNameEnd(i); end > i+1 {
				if st.addMention(st.newName(i, end, lexicon.PER, SourceGivenName)) {
					i = end - 1
				}
			}
		case u.flags&flagSpeech != 0 || st.cueAt[i].kinds&(1<<cueSpeech) != 0:
			st.nameBefore(i, SourceSpeech, true)
		case u.flags&flagAge != 0 && i > 0 && st.units[i-1].kind == text.Number:
			st.nameBefore(i-1, SourceAge, false)
		}
	}
}

// givenNameEnd returns the end of a name that begins with the given name
// at unit i: the surname after it may be a common word (بشار اسد), never
// a function word, title or verb. It returns i+1 when no surname follows.
func (st *state) givenNameEnd(i int) int {
	j := i + 1
	if !st.isWordUnit(j) || st.covered(j) || !st.sameSentence(i, j) || st.units[j].latin {
		return i + 1
	}
	if st.units[j].flags&(flagStop|flagTitle|flagPronoun|flagHonorific|flagSpeech|flagKin) != 0 || st.isVerbLike(j) {
		return i + 1
	}
	if st.nameable(j) {
		return st.nameRunForward(j, 3)
	}
	if st.units[j].flags&flagCommon != 0 && !st.beforeVerb(j) && !st.nameable(j+1) {
		return j + 1
	}
	return i + 1
}

// nameBefore makes a person of the name right before unit i (a verb of
// saying, an age): at the start of a clause when clause is true, else
// after any word that cannot be part of a name.
func (st *state) nameBefore(i int, source string, clause bool) {
	last := i - 1
	if !st.sameSentence(last, i) {
		return
	}
	start := st.nameRunBackward(last, 3)
	if start > last || clause && !st.startsClause(start) {
		return
	}
	if st.hasHead(start, last+1, flagOrgHead|flagLocHead|flagEvtHead) {
		return
	}
	st.addMention(st.newName(start, last+1, lexicon.PER, source))
}
