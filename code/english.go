package code

import (
	"strings"

	"khabar/code/triggers"
	"khabar/text"
)

// englishNouns reads English verb forms that stand as nouns or
// adjectives: after a determiner a base form is a noun ("a large-scale
// assault", "the visit") and another form an adjective ("the proposed
// name", "free universities" after "more"); after a preposition a base
// or -ing form is a noun ("in aid", "the pretext of fighting terrorism").
func englishNouns(s *sentence, matches []triggers.Match) []triggers.Match {
	out := matches[:0]
	for _, m := range matches {
		if m.Noun {
			out = append(out, m)
			continue
		}
		det := m.First > 0 && determiners[s.keys[m.First-1]] ||
			m.First > 1 && determiners[s.keys[m.First-2]] && strings.Contains(s.keys[m.First-1], "-")
		k := s.keys[m.First]
		switch {
		case det && (m.Progressive || strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "en")):
			continue // an adjective
		case m.First == m.Last && m.First > 0 && (english.places.one[s.keys[m.First-1]] != "" || s.keys[m.First-1] == "of") && s.keys[m.First-1] != "to" &&
			(strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "en")) && nounAfter(s, m.Last+1):
			continue // after a preposition, before its noun: the release of detained activists
		case det:
			m.Noun = true
		case m.First > 0 && s.keys[m.First-1] != "to" && (english.places.one[s.keys[m.First-1]] != "" || s.keys[m.First-1] == "of") &&
			!strings.HasSuffix(k, "ed"):
			m.Noun = true // after a preposition: in aid, of fighting
		case m.First == m.Last && !m.Past && !m.Progressive && !strings.HasSuffix(k, "s") && singleNameBefore(s, m.First):
			m.Noun = true // China demand grows, US aid: a finite verb after one name takes -s
		}
		out = append(out, m)
	}
	return out
}

// determiners stand before nouns and adjectives, never before a verb.
var determiners = words("the", "a", "an", "more", "most", "less", "least", "very", "this", "these", "those",
	"its", "their", "his", "her", "our", "my", "your", "no", "every", "each", "such", "'s", "’s")

// afterPreposition reports whether a preposition stands right before
// token t.
func (p *parse) afterPreposition(t int) bool {
	for w := 1; w <= 2 && t-w >= 0; w++ {
		if pl, n := p.lang.places.at(p.s.keys, t-w); n == w && pl != "" {
			return true
		}
	}
	return false
}

// singleNameBefore reports whether token t follows the name of one place
// or person, not a list of them (Iran and Russia sign), nor a group or
// agent, whose names may be plural (the Taliban, protesters).
func singleNameBefore(s *sentence, t int) bool {
	if t < 1 {
		return false
	}
	mi := s.inMention[t-1]
	if mi < 0 || s.ments[mi].last != t-1 {
		return false
	}
	e := s.ments[mi].ent
	if e.IsAgent() || e.Type != "LOC" && e.Type != "PER" {
		return false
	}
	f := s.ments[mi].first
	return f == 0 || !english.conj[s.keys[f-1]] && !isComma(s.keys[f-1])
}

// nounAfter reports whether token t begins a noun phrase: a lower-case
// word that is no preposition, conjunction or auxiliary, or a name.
func nounAfter(s *sentence, t int) bool {
	if t >= len(s.keys) {
		return false
	}
	if s.inMention[t] >= 0 {
		return true
	}
	k := s.keys[t]
	if s.toks[t].kind != text.Word || english.places.one[k] != "" || english.conj[k] || english.aux[k] || determiners[k] {
		return false
	}
	return true
}
