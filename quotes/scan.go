package quotes

import (
	"strings"

	"khabar/recognize"
)

// Candidate kinds.
const (
	candMention = iota // an entity mention (agents and resolved pronouns included)
	candAnon           // a head that names no one (officials, مقامات)
	candTitle          // a title with no name after it (the foreign minister)
	candPronoun        // a personal pronoun the recognizer did not resolve
)

// cand is one possible subject.
type cand struct {
	kind     int
	m        *ment
	t0, t1   int
	role     string
	modifier bool // a mention that modifies a head before it (دیپلوماتان ملل متحد)
}

// scanned is what a left-to-right scan of a clause found.
type scanned struct {
	cands []cand
	incl  *ment // a person named by "including" (supporters, including X)
}

// leftScan collects the possible subjects of tokens [w0, w1), left to
// right: mentions outside prepositional phrases, anonymous heads, titles
// and pronouns at the start of a chunk. A comma ends a prepositional
// phrase and starts a new chunk; a relative "که"/"who" ends the scan once
// something was found.
func (f *finder) leftScan(w0, w1 int) scanned {
	v := f.v
	w := v.w
	var sc scanned
	inPP, chunk := false, true
	for i := max(w0, 0); i < w1 && i < len(v.toks); {
		t := &v.toks[i]
		switch t.kind {
		case tokPunct:
			if v.isComma(i) || v.isPunct(i, ":;؛") {
				inPP, chunk = false, true
				i++
				continue
			}
			if q := v.quotationAt(i); q != nil {
				if m := v.mentAt(q.in0); m != nil && m.t1 == q.in1 {
					i++ // a name in quotation marks stands for itself
					continue
				}
				i, chunk = q.endTok(), false
				continue
			}
			i++
			continue
		case tokNumber, tokOther:
			i++
			continue
		}
		if n, _ := w.including.match(v, i); n > 0 {
			if m := f.personAfter(i+n, w1); m != nil {
				sc.incl = m
			}
			i += n
			continue
		}
		if m := v.mentAt(i); m != nil {
			e := v.entity(m)
			switch {
			case inPP || !canSpeak(e):
				chunk = false
			case isPronoun(e) && !chunk:
				// a possessive: وزیر خارجه پیشین وی
			default:
				sc.cands = append(sc.cands, cand{kind: candMention, m: m, t0: m.t0, t1: m.t1, modifier: f.isModifier(m, chunk, w0, w1)})
				chunk = false
			}
			i = m.t1
			continue
		}
		if v.isWord(i, "که") || v.en && (v.isWord(i, "who") || v.isWord(i, "which")) {
			if len(sc.cands) > 0 || sc.incl != nil {
				break
			}
			inPP, chunk = false, true
			i++
			continue
		}
		if n, _ := w.transparent.match(v, i); n > 0 {
			i += n
			continue
		}
		if n, _ := w.preposition.match(v, i); n > 0 {
			inPP, chunk = true, false
			i += n
			continue
		}
		if !inPP {
			if n, _ := w.anonymous.match(v, i); n > 0 && (chunk || v.en) {
				sc.cands = append(sc.cands, cand{kind: candAnon, t0: i, t1: i + n})
				chunk = false
				i += n
				continue
			}
			if n, r := w.titles.match(v, i); n > 0 {
				sc.cands = append(sc.cands, cand{kind: candTitle, t0: i, t1: i + n, role: v.book.roles[r]})
				chunk = false
				i += n
				continue
			}
			if n, _ := w.pronoun.match(v, i); n > 0 && chunk {
				sc.cands = append(sc.cands, cand{kind: candPronoun, t0: i, t1: i + n})
				chunk = false
				i += n
				continue
			}
		}
		chunk = false
		i++
	}
	return sc
}

// canSpeak reports whether an entity can be a speaker: a person, an
// organisation, or a place that stands for a state (a country or a
// capital).
func canSpeak(e *recognize.Entity) bool {
	switch e.Type {
	case "PER", "ORG":
		return true
	case "LOC":
		return e.Country != ""
	}
	return false
}

func isPronoun(e *recognize.Entity) bool {
	return e.Source == recognize.SourceCoref && e.Type == "PER"
}

// isModifier reports whether mention m, not a person, modifies a head
// rather than being one: in Persian when a plain word comes right before
// it (دیپلوماتان ملل متحد، دفتر X); in English when it is a possessive
// or another name follows within three words (CBS affiliate KXAN).
func (f *finder) isModifier(m *ment, chunk bool, w0, w1 int) bool {
	v := f.v
	e := v.entity(m)
	if e.Type == "PER" && !isPronoun(e) {
		return false
	}
	if v.en {
		last := v.toks[m.t1-1].key
		if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
			return true
		}
		for j := m.t1; j < w1 && j < m.t1+3; j++ {
			if v.mentAt(j) != nil {
				return true
			}
			if v.toks[j].kind != tokWord || v.w.preposition.has(v, j) || v.isWord(j, "and") {
				return false
			}
		}
		return false
	}
	p := m.t0 - 1
	return !chunk && p >= w0 && v.toks[p].kind == tokWord && !v.w.transparent.has(v, p)
}

// personAfter returns the first person named in [k, w1), within a few
// words, or nil.
func (f *finder) personAfter(k, w1 int) *ment {
	v := f.v
	for j := k; j < w1 && j < k+6; j++ {
		if m := v.mentAt(j); m != nil && v.entity(m).Type == "PER" {
			return m
		}
		if v.isComma(j) && j > k+3 {
			break
		}
	}
	return nil
}
