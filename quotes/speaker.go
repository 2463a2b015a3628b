package quotes

// mentionSpeakers returns the speaker of mention m and of the mentions
// coordinated after it (X و Y، X, Y and Z), looking no further than w1. A
// comma joins only in a list that "و"/"and" ends, so an apposition is
// not taken for a second speaker.
func (f *finder) mentionSpeakers(m *ment, w1 int) []speaker {
	v := f.v
	out := []speaker{f.speakerOf(m, w1)}
	var more []speaker
	j := m.t1
	for j+1 < w1 {
		and := v.isWord(j, "و") || v.isWord(j, "and")
		if !and && !v.isComma(j) {
			break
		}
		k := j + 1
		if v.isWord(k, "the") {
			k++
		}
		n := v.mentAt(k)
		if n == nil || !canSpeak(v.entity(n)) || v.entity(n).IsAgent() {
			break
		}
		more = append(more, f.speakerOf(n, w1))
		j = n.t1
		if and {
			out = append(out, more...)
			more = more[:0]
		}
	}
	return out
}

// speakerOf resolves a mention to a speaker: a named entity by its
// canonical name (a pronoun by its antecedent's); an agent (the ministry,
// police) by the named organisation of the article it stands for, else by
// its phrase as written; a plural agent (officials) is anonymous.
func (f *finder) speakerOf(m *ment, w1 int) speaker {
	e := f.v.entity(m)
	if !e.IsAgent() {
		name := e.Canonical
		if name == "" {
			name = e.Text
		}
		return speaker{name: name, entity: e.ID, person: e.Type == "PER"}
	}
	if f.pluralHead(m) {
		return f.anonymousPhrase(m.t0, m.t1, w1)
	}
	if b := f.bridge(m); b != nil {
		return speaker{name: b.Canonical, entity: b.ID}
	}
	if p := f.bridgePhrase(m); p != "" {
		return speaker{name: p}
	}
	a, b := f.phraseAround(m.t0, m.t1, w1)
	return speaker{name: f.bodyText(a, b)}
}

// bodyText returns the body text of tokens [t0, t1).
func (f *finder) bodyText(t0, t1 int) string {
	v := f.v
	if t0 >= t1 {
		return ""
	}
	s, e := v.bodySpan(v.startOf(t0), v.endOf(t1-1))
	if s < 0 || e > len(v.d.Body) || s >= e {
		return ""
	}
	return v.d.Body[s:e]
}
