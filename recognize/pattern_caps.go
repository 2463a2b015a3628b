package recognize

import (
	"khabar/lexicon"
	"khabar/text"
)

// capUnit reports whether unit i is a capitalised Latin word not yet part
// of a mention.
func (st *state) capUnit(i int) bool {
	if !st.isWordUnit(i) || st.covered(i) {
		return false
	}
	u := &st.units[i]
	return u.latin && (u.cap || u.upper)
}

// capitalRun returns the end of the run of capitalised Latin words that
// starts at p, connectors allowed between them; p when there is none.
func (st *state) capitalRun(p int) int {
	if !st.capUnit(p) {
		return p
	}
	end := p + 1
	for j := p + 1; j < len(st.units) && j < p+10 && st.sameSentence(p, j); {
		switch {
		case st.possessive(j-1) && st.units[j].flags&(flagOrgHead|flagLocHead|flagEvtHead) == 0:
			return end // Simpson's DNA; but Coroner's Office
		case st.capUnit(j):
			j++
			end = j
		case st.isWordUnit(j) && !st.covered(j) && st.has(j, flagConnector) && st.capUnit(j+1) && st.sameSentence(j, j+1):
			j++
		default:
			return end
		}
	}
	return end
}

// weakWord reports whether unit i, though capitalised, does not make a
// name: a function word, common noun, title, honorific or pronoun.
func (st *state) weakWord(i int) bool {
	return st.units[i].flags&(flagStop|flagCommon|flagInflected|flagTitle|flagHonorific|flagPronoun|flagPrep|flagKin|flagSpeech) != 0 &&
		st.units[i].flags&flagGiven == 0
}

// sentenceInitial reports whether unit i is the first word of its
// sentence (after any opening quotation mark or bracket).
func (st *state) sentenceInitial(i int) bool {
	for j := i - 1; j >= 0 && st.sameSentence(j, i); j-- {
		if st.isWordUnit(j) || st.units[j].kind == text.Number {
			return false
		}
		if !st.punctIs(j, "\"'“‘«([") {
			return st.punctIs(j, ":")
		}
	}
	return true
}

// titleCase reports, per sentence, whether it is the headline (the first
// sentence) and its Latin words are mostly capitalised (title case), so
// that capitals tell nothing there.
func (st *state) titleCase() map[int32]bool {
	words, caps := map[int32]int{}, map[int32]int{}
	for i := range st.units {
		u := &st.units[i]
		if u.kind != text.Word || !u.latin || u.flags&flagStop != 0 || u.sent != 0 {
			continue
		}
		words[u.sent]++
		if u.cap {
			caps[u.sent]++
		}
	}
	out := map[int32]bool{}
	for s, n := range words {
		if n >= 5 && caps[s]*5 >= n*4 {
			out[s] = true
		}
	}
	return out
}

// findCapitals finds runs of capitalised Latin words that no lexicon entry
// or earlier pattern took, in English text and Latin names inside Persian
// text, and types each from its head word and context.
func (st *state) findCapitals() {
	if st.latinCaps == 0 {
		return
	}
	en := st.d.Lang == "en"
	headline := st.titleCase()
	// Words seen with a capital inside a sentence: names, not sentence
	// openers.
	inner := map[string]bool{}
	for i := range st.units {
		if st.units[i].latin && st.units[i].cap && !st.sentenceInitial(i) && !headline[st.units[i].sent] {
			inner[st.unitKey(i)] = true
		}
	}
	title := st.inTitles()
	type found struct {
		m        mention
		strength int
	}
	var runs []found
	best := map[string]found{}
	for i := 0; i < len(st.units); i++ {
		if !st.capUnit(i) {
			continue
		}
		end := st.capitalRun(i)
		a := i
		for a < end && (st.weakWord(a) || st.has(a, flagConnector) || title[a]) {
			a++
		}
		b := end
		for b > a && st.has(b-1, flagConnector) {
			b--
		}
		i = end - 1
		if a >= b || headline[st.units[a].sent] {
			continue
		}
		if en && b-a == 1 && st.sentenceInitial(a) && !inner[st.unitKey(a)] && !st.followedBySpeech(b) {
			continue // a capital that only opens a sentence
		}
		if b-a == 1 && (st.units[a].flags&flagTitle != 0 || st.demonymLike(a)) {
			continue
		}
		if st.units[a].glued && st.isWordUnit(a-1) || b < len(st.units) && st.units[b].glued {
			continue // part of a hyphenated word: Euro-Asia, pro-Western
		}
		if st.possessive(b-1) && b-a == 1 && st.sentenceInitial(a) && !inner[st.unitKey(a)] {
			continue
		}
		weak, heads := true, true
		for k := a; k < b; k++ {
			if !st.weakWord(k) && !title[k] && !st.has(k, flagConnector) {
				weak = false
			}
			if headType(st.units[k].flags) == "" {
				heads = false
			}
		}
		if heads && headType(st.units[b-1].flags) != "" {
			// Head words right after a known name make one name with it:
			// the Conservative Party Conference, the UK Government.
			if prev := st.mentionAt(a - 1); prev != nil && prev.entry != nil && prev.typ != lexicon.PER &&
				!prev.metonym && st.sameSentence(a-1, a) && !st.possessive(a-1) {
				merged := st.newName(prev.u0, b, headType(st.units[b-1].flags), SourceCapitals)
				merged.country = prev.country
				st.dropMention(prev)
				st.addMention(merged)
				continue
			}
		}
		if weak {
			continue
		}
		if next := st.mentionAt(b); next != nil && next.u0 == b && next.typ == lexicon.PER && st.sameSentence(a, b) &&
			headType(st.units[b-1].flags) == "" {
			continue // a title we do not know, before a person: Special Representative X
		}
		typ, strength := st.typeCapitals(a, b)
		if typ == "" {
			continue
		}
		m := st.newName(a, b, typ, SourceCapitals)
		if typ == lexicon.LOC && b-a > 1 && st.units[b-1].flags&flagLocHead != 0 {
			m.canonical = st.text(a, b-1) // Nias Island: the island is Nias
		}
		if prev := st.mentionAt(a - 1); prev != nil && prev.typ == lexicon.LOC && typ != lexicon.LOC {
			m.country = countryOf(prev) // Macedonia's Telma TV
		}
		f := found{m, strength}
		runs = append(runs, f)
		k := st.key(a, b)
		if b, ok := best[k]; !ok || strength > b.strength {
			best[k] = f
		}
	}
	for _, f := range runs {
		if b := best[st.key(f.m.u0, f.m.u1)]; b.m.typ != f.m.typ {
			f.m.typ, f.m.key = b.m.typ, b.m.key
		}
		st.addMention(f.m)
	}
}

// followedBySpeech reports whether unit i is a verb of saying.
func (st *state) followedBySpeech(i int) bool {
	return st.isWordUnit(i) && st.units[i].flags&flagSpeech != 0
}

// typeCapitals types the capitalised run [a, b) and says how sure it is.
func (st *state) typeCapitals(a, b int) (string, int) {
	// A head word at the end of the name, or inside it.
	for i := b - 1; i >= a; i-- {
		if t := headType(st.units[i].flags); t != "" {
			if i == b-1 {
				return t, 4
			}
			return t, 3
		}
	}
	// A place or event head in lower case after it: Balkh province,
	// Marshall plan (but Kurdish forces is no organisation).
	if st.isWordUnit(b) && st.units[b].latin && !st.units[b].cap && st.sameSentence(a, b) {
		if t := headType(st.units[b].flags &^ flagOrgHead); t != "" {
			return t, 4
		}
	}
	// The city of X, the island of X.
	for _, c := range st.cuesEndingAt(a) {
		if c.kind == cueLocHead {
			return lexicon.LOC, 4
		}
	}
	prev := a - 1
	if st.isComma(prev) {
		prev--
	}
	if st.isWordUnit(prev) && st.sameSentence(prev, a) && st.units[prev].flags&(flagHonorific|flagKin|flagTitle) != 0 {
		return lexicon.PER, 4
	}
	if st.isComma(b) && st.sameSentence(a, b) && b+2 < len(st.units) && st.units[b+1].kind == text.Number && st.isComma(b+2) {
		return lexicon.PER, 4 // X, 79, ...
	}
	if b-a == 1 && st.units[a].upper && st.units[a].f1-st.units[a].f0 <= 6 {
		return lexicon.ORG, 3 // an acronym
	}
	if st.units[a].flags&flagGiven != 0 && b-a > 1 {
		return lexicon.PER, 3
	}
	if st.followedBySpeech(b) {
		return lexicon.PER, 2
	}
	if st.isWordUnit(prev) && st.sameSentence(prev, a) {
		switch {
		case st.units[prev].flags&flagPrep != 0:
			return lexicon.LOC, 2
		case st.has(prev, flagDeterminer) && !st.has(prev, flagPossessive):
			return lexicon.ORG, 1
		}
	}
	for k := a; k < b; k++ {
		if st.has(k, flagConnector) {
			return lexicon.LOC, 1 // Ring of Fire: people's names rarely have "of"
		}
	}
	if b-a > 1 {
		return lexicon.PER, 1
	}
	return lexicon.LOC, 0
}

// headType is the entity type a head word's flags give, or "".
func headType(f uint32) string {
	switch {
	case f&flagOrgHead != 0:
		return lexicon.ORG
	case f&flagLocHead != 0:
		return lexicon.LOC
	case f&flagEvtHead != 0:
		return lexicon.EVT
	}
	return ""
}

// cuesEndingAt returns the cues whose phrase ends right before unit i.
func (st *state) cuesEndingAt(i int) []*cue {
	var out []*cue
	for s := max(0, i-3); s < i; s++ {
		if int(st.cueAt[s].end) == i {
			for _, c := range st.cuesAt(s) {
				out = append(out, &st.r.cues[c])
			}
		}
	}
	return out
}

// possessive reports whether unit i ends in the possessive 's or '.
func (st *state) possessive(i int) bool {
	w := st.runes[st.units[i].f0:st.units[i].f1]
	n := len(w)
	return n >= 2 && (w[n-1] == '\'' || w[n-2] == '\'' && w[n-1] == 's')
}

// demonymLike reports whether the single word i looks like an adjective of
// a people (Kurdish, Slavic, Arabs) rather than a name.
func (st *state) demonymLike(i int) bool {
	w := string(st.runes[st.units[i].f0:st.units[i].f1])
	for _, suf := range []string{"ish", "ian", "ians", "ans", "ese", "ic", "ics", "abs", "ern"} {
		if len(w) >= len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// inTitles marks the units that lie inside a title phrase.
func (st *state) inTitles() []bool {
	out := make([]bool, len(st.units))
	for i := range st.units {
		for _, c := range st.cuesAt(i) {
			if st.r.cues[c].kind == cueTitle {
				for j := i; j < int(st.cueAt[i].end); j++ {
					out[j] = true
				}
			}
		}
	}
	return out
}
