package quotes

import (
	"strings"

	"khabar/recognize"
	"khabar/text/fa"
)

// pluralHead reports whether an agent mention's head is plural: a group
// of people that names no one (officials, مقامات، دیپلمات‌ها).
func (f *finder) pluralHead(m *ment) bool {
	v := f.v
	if v.w.anonymous.has(v, m.t0) {
		return true
	}
	if v.en {
		h := m.t1 - 1
		for j := m.t0; j < m.t1; j++ {
			if v.isWord(j, "of") && j > m.t0 {
				h = j - 1
				break
			}
		}
		k := v.toks[h].key
		return len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us") && !strings.HasSuffix(k, "is")
	}
	k := v.toks[m.t0].key
	if faSingularAn[k] || len([]rune(k)) < 4 {
		return false
	}
	for _, suf := range []string{"ها", "های", "ات", "ین", "ان", "گان"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// bridge returns the named organisation that an agent stands for: the
// last one named before it whose name holds the agent's word (police →
// Springfield Police Department), or nil.
func (f *finder) bridge(m *ment) *recognize.Entity {
	v := f.v
	e := v.entity(m)
	head := v.toks[m.t0].key
	if v.en {
		head = v.toks[m.t1-1].key
	}
	var best *recognize.Entity
	for i := range v.ents {
		o := &v.ents[i]
		if o.Type != "ORG" || o.IsAgent() || o.Start >= e.Start || o.Source == recognize.SourceCoref {
			continue
		}
		if best != nil && o.Start < best.Start {
			continue
		}
		for _, w := range strings.Fields(fa.Fold(o.Text)) {
			if fa.FoldKey(w) == head {
				best = o
				break
			}
		}
	}
	return best
}

// bridgePhrase returns the speaker phrase of an earlier quote that holds
// the agent's word (اداره پولیس باتون روج, then پولیس), or "".
func (f *finder) bridgePhrase(m *ment) string {
	v := f.v
	head := v.toks[m.t0].key
	if v.en {
		head = v.toks[m.t1-1].key
	}
	for k := len(f.found) - 1; k >= 0; k-- {
		for _, sp := range f.found[k].speakers {
			if sp.entity != "" || sp.anonymous {
				continue
			}
			ws := strings.Fields(fa.Fold(sp.name))
			if len(ws) < 2 {
				continue
			}
			for _, w := range ws {
				if fa.FoldKey(w) == head {
					return sp.name
				}
			}
		}
	}
	return ""
}

// phraseAround returns the token span of the noun phrase around tokens
// [t0, t1), looking no further than w1: in Persian the words after the
// head (کمیسیون انتخابات دولت), in English the words before it (state
// election commission), up to three.
func (f *finder) phraseAround(t0, t1, w1 int) (int, int) {
	v := f.v
	w := v.w
	stop := func(j int) bool {
		if j < 0 || j >= len(v.toks) || v.toks[j].kind != tokWord || v.inQ[j] >= 0 {
			return true
		}
		if m := v.mentAt(j); m != nil && v.entity(m).Type == "PER" {
			return true
		}
		if !v.en && w.verbs.has(v, j) {
			return true
		}
		return w.preposition.has(v, j) || w.transparent.has(v, j) ||
			w.pronoun.has(v, j) || w.demonstrative.has(v, j) || w.auxiliary.has(v, j) ||
			w.titles.has(v, j) && v.en ||
			v.isWord(j, "که") || v.isWord(j, "را") || v.isWord(j, "و") ||
			v.isWord(j, "the") || v.isWord(j, "a") || v.isWord(j, "an") || v.isWord(j, "and") ||
			v.isWord(j, "his") || v.isWord(j, "her") || v.isWord(j, "its") || v.isWord(j, "their")
	}
	sent := v.sentOf(t0)
	if v.en {
		for n := 0; n < 3 && !stop(t0-1) && v.sentOf(t0-1) == sent; n++ {
			t0--
		}
		return t0, t1
	}
	// The head of a Persian noun phrase comes first: a plain word or two
	// before the mention at the start of its chunk (اداره پولیس), then
	// the words after it, unless they are the object ("… را").
	a := t0
	for n := 0; n < 2 && !stop(a-1) && v.sentOf(a-1) == sent && v.mentAt(a-1) == nil && v.toks[a-1].ment < 0; n++ {
		a--
	}
	if a < t0 && !(a == v.sentStart(a) || v.isComma(a-1) || v.w.transparent.has(v, a-1) || v.toks[a-1].kind == tokNumber) {
		a = t0
	}
	b := t1
	for n := 0; n < 3 && b < w1 && !stop(b); n++ {
		b++
	}
	if v.isWord(b, "را") {
		b = t1
	}
	return a, b
}

// anonymousPhrase returns an anonymous speaker named by its phrase.
func (f *finder) anonymousPhrase(t0, t1, w1 int) speaker {
	a, b := f.phraseAround(t0, t1, w1)
	return speaker{name: f.bodyText(a, b), anonymous: true}
}

// faSingularAn are singular heads that end like Persian plurals.
var faSingularAn = map[string]bool{
	"سازمان": true, "پارلمان": true, "دیوان": true, "بنیان": true, "استان": true, "گمرکات": true,
	"ارتش": true, "دادستان": true, "بیمارستان": true, "شهرستان": true, "ولسوالی": true, "تیم": true,
}
