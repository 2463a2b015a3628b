package recognize

import (
	"strings"

	"khabar/text"
)

// faNonNameEndings are the endings, after a half-space, of Persian words
// that are not names: plurals, comparatives, verb endings.
var faNonNameEndings = []string{"ها", "های", "هایی", "ای", "ی", "اند", "ایم", "اید", "ام", "اش", "ات", "شان", "تر", "ترین", "گان"}

// isWordUnit reports whether unit i is a word of the text (not punctuation).
func (st *state) isWordUnit(i int) bool {
	return i >= 0 && i < len(st.units) && st.units[i].kind == text.Word
}

// isPunct reports whether unit i is punctuation, or i lies outside the text.
func (st *state) isPunct(i int) bool {
	return i < 0 || i >= len(st.units) || st.units[i].kind == text.Punct || st.units[i].kind == text.Symbol
}

// punctIs reports whether unit i is one of the given punctuation marks.
func (st *state) punctIs(i int, marks string) bool {
	if i < 0 || i >= len(st.units) || st.units[i].kind != text.Punct {
		return false
	}
	return strings.Contains(marks, st.d.Norm[st.units[i].start:st.units[i].end])
}

// isComma reports whether unit i is a comma.
func (st *state) isComma(i int) bool { return st.punctIs(i, ",،") }

// sameSentence reports whether units i and j lie in one sentence.
func (st *state) sameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(st.units) && j < len(st.units) && st.units[i].sent == st.units[j].sent
}

// startsClause reports whether a name may begin at unit i: at the start of
// its sentence or after punctuation.
func (st *state) startsClause(i int) bool {
	return i == 0 || !st.sameSentence(i-1, i) || st.isPunct(i-1) || st.units[i].glued && st.startsClause(i-1)
}

// isVerbLike reports whether Persian unit i looks like a verb or a
// suffixed common word: می‌/نمی‌ before a half-space, or a plural or
// verb ending after one.
func (st *state) isVerbLike(i int) bool {
	u := &st.units[i]
	if u.latin {
		return false
	}
	w := st.d.Norm[u.start:u.end]
	if strings.HasPrefix(w, "می\u200c") || strings.HasPrefix(w, "نمی\u200c") || strings.HasPrefix(w, "بی\u200c") {
		return true
	}
	if k := strings.LastIndex(w, "\u200c"); k > 0 {
		end := w[k+len("\u200c"):]
		for _, e := range faNonNameEndings {
			if end == e {
				return true
			}
		}
	}
	return false
}

// nameable reports whether unit i may be a word of a name found from
// context: a word, not yet part of a mention, not a function word, common
// word, title, pronoun or verb.
func (st *state) nameable(i int) bool {
	if !st.isWordUnit(i) || st.covered(i) {
		return false
	}
	u := &st.units[i]
	if u.flags&(flagStop|flagCommon|flagTitle|flagPronoun|flagHonorific|flagSpeech|flagKin) != 0 && u.flags&flagGiven == 0 {
		return false
	}
	if u.latin && !u.cap {
		return false
	}
	if u.flags&flagInflected != 0 && u.flags&flagGiven == 0 && !st.has(i-1, flagGiven) {
		// A common word with a suffix (فرصتی) is a name only as the
		// surname after a given name (فرهاد نوروزی).
		return false
	}
	return !st.isVerbLike(i)
}

// isParticle reports whether unit i is a name particle (de, al, ال).
func (st *state) isParticle(i int) bool {
	return st.isWordUnit(i) && !st.covered(i) && st.has(i, flagParticle)
}

// nameRunForward returns the end of the run of nameable units that starts
// at i, at most max words, particles allowed inside; i when there is none.
// The run keeps to one script and one sentence.
func (st *state) nameRunForward(i, max int) int {
	if !st.nameable(i) {
		return i
	}
	latin := st.units[i].latin
	end, n := i+1, 1
	for j := i + 1; j < len(st.units) && n < max && st.sameSentence(i, j); {
		switch {
		case !latin && st.beforeVerb(j):
			return end // the noun of a light verb: اعلام کرد
		case st.nameable(j) && st.units[j].latin == latin:
			j++
			end, n = j, n+1
		case st.isParticle(j) && st.nameable(j+1) && st.units[j+1].latin == latin && st.sameSentence(j, j+1):
			j += 2
			end, n = j, n+1
		default:
			return end
		}
	}
	return end
}

// nameRunBackward returns the start of the run of nameable units that ends
// at unit last (inclusive), at most max words; last+1 when there is none.
func (st *state) nameRunBackward(last, max int) int {
	if last < 0 || !st.nameable(last) {
		return last + 1
	}
	latin := st.units[last].latin
	start, n := last, 1
	for j := last - 1; j >= 0 && n < max && st.sameSentence(j, last); {
		switch {
		case st.nameable(j) && st.units[j].latin == latin:
			start, n = j, n+1
			j--
		case st.isParticle(j) && j > 0 && st.nameable(j-1) && st.units[j-1].latin == latin && st.sameSentence(j-1, last):
			start, n = j-1, n+1
			j -= 2
		default:
			return start
		}
	}
	return start
}

// mentionAt returns the mention that covers unit i, or nil.
func (st *state) mentionAt(i int) *mention {
	if i < 0 || i >= len(st.units) || st.units[i].ment == 0 {
		return nil
	}
	return &st.mentions[st.units[i].ment-1]
}

// countryOf returns the actor code a mention gives as a place: a country's
// or organisation's own code.
func countryOf(m *mention) string {
	if m == nil || m.dropped {
		return ""
	}
	return m.country
}

// hasHead reports whether any unit of [a, b) is a head word of the given
// flags (an organisation or place head inside a run: not a person).
func (st *state) hasHead(a, b int, flags uint32) bool {
	for i := a; i < b; i++ {
		if st.units[i].flags&flags != 0 {
			return true
		}
	}
	return false
}

// newName makes the mention of a name found from context over units
// [a, b): its surface form is its canonical name and its key.
func (st *state) newName(a, b int, typ, source string) mention {
	return mention{
		u0: a, u1: b, start: st.units[a].start, end: st.units[b-1].end,
		typ: typ, canonical: st.text(a, b), source: source, key: "name:" + typ + ":" + st.key(a, b),
	}
}

// beforeVerb reports whether the unit after i is a verb, so that i is
// the noun of a light verb or a predicate (مخالف است), not part of a name.
func (st *state) beforeVerb(i int) bool {
	j := i + 1
	if !st.isWordUnit(j) || !st.sameSentence(i, j) {
		return false
	}
	return st.units[j].flags&flagVerb != 0 || st.isVerbLike(j)
}
