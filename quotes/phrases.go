package quotes

import (
	"strings"

	"khabar/text/fa"
)

// phraseSet matches phrases against token keys: a phrase matches the
// tokens whose folded texts, joined without spaces, spell it, so
// "می‌گوید", "می گوید" and "میگوید" are one phrase. Token boundaries may
// fall only where the phrase had a space or a half-space.
type phraseSet struct {
	full   map[string]int32    // folded phrase → payload
	prefix map[string]struct{} // folded phrase prefixes that end at a part boundary
	parts  int                 // the most parts of any phrase
	// bit is the set's bit in a token's mask: a phrase of the set can
	// start only at a token whose mask has it (words.first).
	bit uint32
}

func newPhraseSet() *phraseSet {
	return &phraseSet{full: map[string]int32{}, prefix: map[string]struct{}{}}
}

// add records a phrase given as its parts (words, or pieces of a word
// split at a half-space) with a payload. A phrase added twice keeps its
// first payload.
func (p *phraseSet) add(parts []string, payload int32) {
	var b strings.Builder
	n := 0
	for _, part := range parts {
		for _, piece := range splitPieces(part) {
			k := fa.FoldKey(piece)
			if k == "" {
				continue
			}
			if b.Len() > 0 {
				p.prefix[b.String()] = struct{}{}
			}
			b.WriteString(k)
			n++
		}
	}
	if b.Len() == 0 {
		return
	}
	if _, ok := p.full[b.String()]; !ok {
		p.full[b.String()] = payload
	}
	p.parts = max(p.parts, n)
}

// addText records a phrase written with spaces and half-spaces.
func (p *phraseSet) addText(s string, payload int32) { p.add([]string{s}, payload) }

// splitPieces splits s at spaces and half-spaces.
func splitPieces(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u200c' || r == '\t' })
}

// match returns the number of tokens of the longest phrase that starts at
// token i of v, and its payload; 0 when none does.
func (p *phraseSet) match(v *view, i int) (int, int32) {
	if p == nil || i < 0 || i >= len(v.toks) || v.toks[i].mask&p.bit == 0 {
		return 0, 0
	}
	buf := v.buf[:0]
	best, payload := 0, int32(0)
	sent := v.sentOf(i)
	for j := i; j < len(v.toks) && j-i < p.parts; j++ {
		t := &v.toks[j]
		if t.kind != tokWord || int(t.sent) != sent {
			break
		}
		buf = append(buf, t.key...)
		if pl, ok := p.full[string(buf)]; ok {
			best, payload = j-i+1, pl
		}
		if _, ok := p.prefix[string(buf)]; !ok {
			break
		}
	}
	v.buf = buf
	return best, payload
}

// keys calls fn with every key a phrase of the set may start with: every
// full phrase and every prefix that ends at a part boundary.
func (p *phraseSet) keys(fn func(string)) {
	for k := range p.full {
		fn(k)
	}
	for k := range p.prefix {
		fn(k)
	}
}

// has reports whether a phrase starts at token i.
func (p *phraseSet) has(v *view, i int) bool {
	n, _ := p.match(v, i)
	return n > 0
}

// endsAt returns the start of a phrase of the set that ends right before
// token i (ends at i-1), or -1.
func (p *phraseSet) endsAt(v *view, i int) int {
	if p == nil {
		return -1
	}
	for k := 1; k <= p.parts && i-k >= 0; k++ {
		if n, _ := p.match(v, i-k); n == k {
			return i - k
		}
	}
	return -1
}
