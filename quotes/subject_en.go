package quotes

import "strings"

// subjectEn finds the speakers of an English verb at [vt, ve) whose
// clause starts at w0: the subject right before the verb (past
// auxiliaries, appositions and relative clauses), or, with none, the name
// right after it ("…," said Elena Petrova).
func (f *finder) subjectEn(vt, ve, w0 int) []speaker {
	v := f.v
	if sc := f.leftScan(w0, vt); sc.incl != nil {
		return f.mentionSpeakers(sc.incl, vt)
	}
	i := vt - 1
	for i >= w0 && v.w.auxiliary.has(v, i) {
		i--
	}
	if i < w0 {
		return f.speakerAfter(ve)
	}
	if v.isWord(i, "and") || v.isWord(i, "but") {
		return f.pick(f.leftScan(v.sentStart(vt), i), v.sentStart(vt), i)
	}
	if v.isComma(i) {
		j := i - 1
		for j > w0 && !v.isComma(j) {
			j--
		}
		if m := v.mentEndingAt(i - 1); m != nil && m.t0 == j+1 && v.isComma(j) && canSpeak(v.entity(m)) {
			i-- // the ministry's spokesman, Abdul Haqqani, said: the name in apposition
		} else if j > w0 && v.isComma(j) && v.mentEndingAt(j-1) != nil {
			i = j - 1
		} else {
			return f.speakerAfter(ve)
		}
	}
	if m := v.mentEndingAt(i); m != nil {
		if !canSpeak(v.entity(m)) {
			return nil
		}
		if p := f.prepositionBefore(m.t0, w0); p >= 0 {
			// a spokesman for the ministry: the ministry speaks.
			if t := v.w.titles.endsAt(v, p); t >= w0 && (v.isWord(p, "for") || v.isWord(p, "of")) {
				if _, r := v.w.titles.match(v, t); v.book.roles[r] == "spokesperson" {
					return []speaker{f.speakerOf(m, vt)}
				}
			}
			return nil
		}
		spk := f.mentionSpeakers(m, vt)
		return append(f.coordinatedBefore(m, w0), spk...)
	}
	if v.w.pronoun.has(v, i) {
		return f.previousPerson(i)
	}
	if v.w.anonymous.has(v, i) {
		return []speaker{f.anonymousPhrase(i, i+1, vt)}
	}
	if t := v.w.titles.endsAt(v, i+1); t >= w0 {
		_, r := v.w.titles.match(v, t)
		return f.titleSpeakers(cand{kind: candTitle, t0: t, t1: i + 1, role: v.book.roles[r]}, vt)
	}
	if v.inQ[i] >= 0 {
		return f.speakerAfter(ve)
	}
	return nil
}

// prepositionBefore returns the preposition before the English mention
// starting at t0, past "the" and possessives (by Macedonia's Institute
// …), or -1 when the mention is in no prepositional phrase.
func (f *finder) prepositionBefore(t0, w0 int) int {
	v := f.v
	j := t0 - 1
	for j >= w0 {
		k := v.toks[j].key
		if k == "the" || k == "a" || k == "an" || strings.HasSuffix(k, "'s") || strings.HasSuffix(k, "’s") {
			j--
			continue
		}
		if m := v.mentEndingAt(j); m != nil {
			j = m.t0 - 1
			continue
		}
		break
	}
	if j >= w0 && v.w.preposition.has(v, j) {
		return j
	}
	return -1
}

// coordinatedBefore returns the speakers of mentions joined by "and"
// (and, in a list, commas) before the English mention m (The United
// States and Japan have warned).
func (f *finder) coordinatedBefore(m *ment, w0 int) []speaker {
	v := f.v
	var out []speaker
	j := m.t0 - 1
	for {
		if v.isWord(j, "the") {
			j--
		}
		if !(v.isWord(j, "and") || len(out) > 0 && v.isComma(j)) {
			return out
		}
		j--
		if v.isWord(j, "the") {
			j--
		}
		p := v.mentEndingAt(j)
		if p == nil || j < w0 || !canSpeak(v.entity(p)) || v.entity(p).IsAgent() {
			return out
		}
		out = append([]speaker{f.speakerOf(p, m.t0)}, out...)
		j = p.t0 - 1
	}
}

// speakerAfter returns the speaker named right after an English verb
// (said Elena Petrova; says Foreign Minister).
func (f *finder) speakerAfter(k int) []speaker {
	v := f.v
	if v.isWord(k, "the") {
		k++
	}
	if k >= len(v.toks) {
		return nil
	}
	if m := v.mentAt(k); m != nil && canSpeak(v.entity(m)) {
		return f.mentionSpeakers(m, v.sentEnd(k))
	}
	if n, r := v.w.titles.match(v, k); n > 0 {
		return f.titleSpeakers(cand{kind: candTitle, t0: k, t1: k + n, role: v.book.roles[r]}, v.sentEnd(k))
	}
	return nil
}
