package amounts

import (
	"strings"
	"sync"
)

// Find returns the amounts of s, in text order, without overlaps. lang is
// "fa" for Persian text (Dari or Iranian, normalized with
// khabar/text/fa) or "en" for English; the rules that differ between the
// two (how a year, an age or the word for one is told from a count) follow
// it, and digits, signs and words of either language are read in both.
func Find(s, lang string) []Amount {
	f := finderPool.Get().(*finder)
	f.reset(s, lang)
	f.scan()
	f.linkRanges()
	out := f.amounts()
	f.s = ""
	finderPool.Put(f)
	return out
}

var finderPool = sync.Pool{New: func() any { return new(finder) }}

// finder holds the state of one Find call; its buffers are reused.
type finder struct {
	s     string
	en    bool
	toks  []token
	ents  []*entry // the lexicon entry of each word token, or nil
	cands []cand
	rupee string // the code of an unqualified rupee, once decided
}

func (f *finder) reset(s, lang string) {
	f.s, f.en, f.rupee = s, strings.HasPrefix(lang, "en"), ""
	f.toks = lex(s, f.toks[:0])
	f.ents = f.ents[:0]
	for _, t := range f.toks {
		var e *entry
		if t.kind == tWord {
			e = words.lookup(s[t.start:t.end])
		}
		f.ents = append(f.ents, e)
	}
	f.cands = f.cands[:0]
}

// scan reads every candidate number of the text, left to right.
func (f *finder) scan() {
	for i := 0; i < len(f.toks); {
		if !f.mayStart(i) {
			i++
			continue
		}
		c, ok := f.candidateAt(i)
		if !ok {
			i++
			continue
		}
		f.cands = append(f.cands, c)
		i = c.last
	}
}

// mayStart reports whether an amount can start at token i: digits, a
// number word, a currency sign or a Latin word (US$, USD, Rs).
func (f *finder) mayStart(i int) bool {
	switch t := &f.toks[i]; t.kind {
	case tNum:
		return true
	case tPunct:
		return true
	default:
		if f.has(i, fNumber|fArticle|fHalf|fScale|fCurrencyCode) {
			return true
		}
		// US$, HK$, Rs
		return t.latin && t.end-t.start <= 2 && (f.punct(i+1) == '$' || f.s[t.start] == 'R')
	}
}

// amounts turns the accepted candidates into Amounts.
func (f *finder) amounts() []Amount {
	n := 0
	for i := range f.cands {
		if f.cands[i].reason == rOK {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Amount, 0, n)
	for i := range f.cands {
		c := &f.cands[i]
		if c.reason != rOK {
			continue
		}
		start, end := f.toks[c.first].start, f.toks[c.last-1].end
		out = append(out, Amount{
			Start: start, End: end, Text: f.s[start:end],
			Kind: c.kind, Value: c.value, Unit: c.unit, Thing: c.thing,
		})
	}
	return out
}

// Token helpers. Every one of them is safe for an index out of range.

// text returns the text of token i.
func (f *finder) text(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.s[f.toks[i].start:f.toks[i].end]
}

// has reports whether token i is a word with one of the flags fl.
func (f *finder) has(i int, fl class) bool {
	if i < 0 || i >= len(f.ents) || f.ents[i] == nil {
		return false
	}
	return f.ents[i].flags&fl != 0
}

// ent returns the lexicon entry of token i, or nil.
func (f *finder) ent(i int) *entry {
	if i < 0 || i >= len(f.ents) {
		return nil
	}
	return f.ents[i]
}

// isWord reports whether token i is a word.
func (f *finder) isWord(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].kind == tWord }

// isNum reports whether token i is a number in digits.
func (f *finder) isNum(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].kind == tNum }

// punct returns the rune of punctuation token i, or 0.
func (f *finder) punct(i int) rune {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tPunct {
		return 0
	}
	for _, r := range f.s[f.toks[i].start:f.toks[i].end] {
		return r
	}
	return 0
}

// glued reports whether token i touches the token before it.
func (f *finder) glued(i int) bool { return i > 0 && i < len(f.toks) && f.toks[i].gap == gapNone }

// near reports whether token i follows the token before it on the same
// line: rules never look across a line break.
func (f *finder) near(i int) bool { return i > 0 && i < len(f.toks) && f.toks[i].gap != gapLine }

// prev returns the token before i on the same line, or -1.
func (f *finder) prev(i int) int {
	if f.near(i) {
		return i - 1
	}
	return -1
}

// next returns token i when it is on the same line as the token before it, or -1.
func (f *finder) next(i int) int {
	if f.near(i) {
		return i
	}
	return -1
}
