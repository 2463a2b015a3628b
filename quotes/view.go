package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"khabar/recognize"
	"khabar/text"
	"khabar/text/fa"
)

// Token kinds the finder tells apart.
const (
	tokWord = iota
	tokNumber
	tokPunct
	tokOther
)

// tok is one token of the normalized text.
type tok struct {
	key        string // folded text (fa.FoldKey): no case, letters unified
	start, end int32  // span in Doc.Norm
	sent       int32  // sentence index
	ment       int32  // index into view.ments of the mention holding the token, or -1
	mask       uint32 // bits of the word lists with a phrase that starts here
	kind       uint8
}

// ment is one entity mention, in tokens.
type ment struct {
	ent    int // index into the entities
	t0, t1 int // tokens [t0, t1)
}

// view is one article prepared for the finder: folded tokens, mentions
// on tokens, and quotations.
type view struct {
	d      *recognize.Doc
	ents   []recognize.Entity
	w      *words
	book   *wordbook
	en     bool
	toks   []tok
	ments  []ment
	quotes []quotation
	inQ    []int32 // per token: index into quotes of the quotation holding it, or -1
	// sentTok[s] is the first token of sentence s; sentTok[len] = len(toks).
	sentTok []int
	buf     []byte
}

func newView(d *recognize.Doc, ents []recognize.Entity, book *wordbook) *view {
	v := &view{d: d, ents: ents, book: book, en: d.Lang != "fa"}
	v.w = &book.fa
	if v.en {
		v.w = &book.en
	}
	v.toks = make([]tok, 0, len(d.Tokens))
	// Folded keys that differ from the text are written into one buffer
	// and cut from it afterwards: one allocation, not one per word.
	var folded []byte
	var spans [][3]int // token, start, end in folded
	for _, t := range d.Tokens {
		if !t.Span.In(len(d.Norm)) || t.Start == t.End || t.Sentence < 0 || t.Sentence >= len(d.Sentences) ||
			len(v.toks) > 0 && (t.Start < int(v.toks[len(v.toks)-1].end) || t.Sentence < int(v.toks[len(v.toks)-1].sent)) {
			continue // a token out of the text or out of order
		}
		k := tokOther
		switch t.Kind {
		case text.Word:
			k = tokWord
		case text.Number:
			k = tokNumber
		case text.Punct:
			k = tokPunct
		}
		s := d.Norm[t.Start:t.End]
		if k == tokWord && needsFold(s) {
			a := len(folded)
			folded = appendFold(folded, s)
			spans = append(spans, [3]int{len(v.toks), a, len(folded)})
		}
		v.toks = append(v.toks, tok{start: int32(t.Start), end: int32(t.End), key: s, kind: uint8(k), sent: int32(t.Sentence), ment: -1})
	}
	all := string(folded)
	for _, sp := range spans {
		v.toks[sp[0]].key = all[sp[1]:sp[2]]
	}
	for i := range v.toks {
		if v.toks[i].kind == tokWord {
			v.toks[i].mask = v.w.first[v.toks[i].key]
		}
	}
	v.sentTok = make([]int, len(d.Sentences)+1)
	j := 0
	for s := range d.Sentences {
		for j < len(v.toks) && int(v.toks[j].sent) < s {
			j++
		}
		v.sentTok[s] = j
	}
	v.sentTok[len(d.Sentences)] = len(v.toks)
	v.placeMentions()
	v.quotes = findQuotations(d.Norm, v)
	v.inQ = make([]int32, len(v.toks))
	for i := range v.inQ {
		v.inQ[i] = -1
	}
	for k, q := range v.quotes {
		for i := q.open; i < q.endTok() && i < len(v.inQ); i++ {
			v.inQ[i] = int32(k)
		}
	}
	return v
}

// needsFold reports whether fa.FoldKey could change a word of normalized
// text: anything but lower-case Latin letters and plain Arabic-script
// letters (no half-space, hamza, madda or diacritic).
func needsFold(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' || r == ' ' {
				return true
			}
		case r >= 0x0621 && r <= 0x064A:
			switch r {
			case 'آ', 'أ', 'إ', 'ؤ', 'ئ', 'ة', 'ـ', 'ك', 'ى', 'ي':
				return true
			}
		case r == 'پ' || r == 'چ' || r == 'ژ' || r == 'گ' || r == 'ک' || r == 'ی':
		default:
			return true
		}
	}
	return false
}

// appendFold appends the folded form of a word to b: half-spaces
// dropped, and fa.FoldKey for anything else that folding changes.
func appendFold(b []byte, s string) []byte {
	for _, r := range s {
		if r == '\u200c' {
			continue
		}
		if r == ' ' || needsFold(string(r)) {
			return append(b, fa.FoldKey(s)...)
		}
	}
	for _, r := range s {
		if r != '\u200c' {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// placeMentions maps every entity mention onto the tokens it covers. A
// mention that crosses a sentence boundary or covers no whole token is
// left out; where mentions overlap, the longer one keeps the tokens.
func (v *view) placeMentions() {
	order := make([]int, 0, len(v.ents))
	for i, e := range v.ents {
		if e.Start < 0 || e.End > len(v.d.Body) || e.Start >= e.End {
			continue
		}
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ea, eb := &v.ents[a], &v.ents[b]
		return (eb.End - eb.Start) - (ea.End - ea.Start)
	})
	identity := v.d.Align == nil || v.d.Align.Edits() == 0
	for _, i := range order {
		e := v.ents[i]
		ns, ne := min(e.Start, len(v.d.Norm)), min(e.End, len(v.d.Norm))
		if !identity {
			ns, ne = v.normOffset(e.Start), v.normOffset(e.End)
		}
		t0 := sort.Search(len(v.toks), func(k int) bool { return int(v.toks[k].end) > ns })
		t1 := t0
		for t1 < len(v.toks) && int(v.toks[t1].start) < ne {
			t1++
		}
		if t0 >= t1 || v.toks[t0].sent != v.toks[t1-1].sent {
			continue
		}
		free := true
		for k := t0; k < t1; k++ {
			if v.toks[k].ment >= 0 {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		v.ments = append(v.ments, ment{ent: i, t0: t0, t1: t1})
		for k := t0; k < t1; k++ {
			v.toks[k].ment = int32(len(v.ments) - 1)
		}
	}
}

// normOffset maps a body offset to the normalized text.
func (v *view) normOffset(body int) int {
	if v.d.Align == nil {
		return min(body, len(v.d.Norm))
	}
	return min(v.d.Align.Out(body), len(v.d.Norm))
}

// mentAt returns the mention that starts at token i, or nil.
func (v *view) mentAt(i int) *ment {
	if i < 0 || i >= len(v.toks) || v.toks[i].ment < 0 {
		return nil
	}
	m := &v.ments[v.toks[i].ment]
	if m.t0 != i {
		return nil
	}
	return m
}

// mentEndingAt returns the mention whose last token is i, or nil.
func (v *view) mentEndingAt(i int) *ment {
	if i < 0 || i >= len(v.toks) || v.toks[i].ment < 0 {
		return nil
	}
	m := &v.ments[v.toks[i].ment]
	if m.t1 != i+1 {
		return nil
	}
	return m
}

// entity returns the entity of a mention.
func (v *view) entity(m *ment) *recognize.Entity { return &v.ents[m.ent] }

// isPunct reports whether token i is one of the marks in set.
func (v *view) isPunct(i int, set string) bool {
	if i < 0 || i >= len(v.toks) || v.toks[i].kind != tokPunct {
		return false
	}
	return strings.Contains(set, v.toks[i].key)
}

// isComma reports whether token i is a comma (Latin or Arabic).
func (v *view) isComma(i int) bool { return v.isPunct(i, ",،") }

// isWord reports whether token i is the word w (folded).
func (v *view) isWord(i int, w string) bool {
	return i >= 0 && i < len(v.toks) && v.toks[i].kind == tokWord && v.toks[i].key == w
}

// bodySpan maps a span of Norm to the body.
func (v *view) bodySpan(s, e int) (int, int) {
	if v.d.Align == nil {
		return s, e
	}
	sp := v.d.Align.Span(text.Span{Start: s, End: e})
	return sp.Start, sp.End
}

// sentEnd returns the token just past the last token of the sentence of
// token i.
func (v *view) sentEnd(i int) int {
	s := int(v.toks[i].sent)
	if s+1 < len(v.sentTok) {
		return v.sentTok[s+1]
	}
	return len(v.toks)
}

// sentOf returns the sentence index of token i.
func (v *view) sentOf(i int) int { return int(v.toks[i].sent) }

// startOf and endOf return the span of token i in Doc.Norm.
func (v *view) startOf(i int) int { return int(v.toks[i].start) }
func (v *view) endOf(i int) int   { return int(v.toks[i].end) }

// sentStart returns the first token of the sentence of token i.
func (v *view) sentStart(i int) int { return v.sentTok[v.toks[i].sent] }
