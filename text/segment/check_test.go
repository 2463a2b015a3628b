package segment

import (
	"testing"

	"khabar/text"
)

// runeStarts returns, for each byte offset of s (and len(s)), whether a
// rune decoded from the start of s begins there.
func runeStarts(s string) []bool {
	starts := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		starts[i] = true
		_, w := decode(s, i)
		i += w
	}
	starts[len(s)] = true
	return starts
}

// checkTokens reports any token that is empty, not on a rune boundary, out
// of order, overlapping, outside its sentence, or edged with a blank.
func checkTokens(t *testing.T, name, s string, sents []text.Sentence, toks []text.Token) {
	t.Helper()
	starts := runeStarts(s)
	prevEnd := 0
	for i, tok := range toks {
		if tok.Len() <= 0 || !tok.In(len(s)) || !starts[tok.Start] || !starts[tok.End] {
			t.Fatalf("%s: token %d span %v empty, outside the text or off a rune boundary", name, i, tok.Span)
		}
		if tok.Start < prevEnd {
			t.Fatalf("%s: token %d span %v overlaps the previous one ending at %d", name, i, tok.Span, prevEnd)
		}
		if tok.Sentence < 0 || tok.Sentence >= len(sents) {
			t.Fatalf("%s: token %d names sentence %d of %d", name, i, tok.Sentence, len(sents))
		}
		if st := sents[tok.Sentence]; tok.Start < st.Start || tok.End > st.End {
			t.Fatalf("%s: token %d span %v outside its sentence %v", name, i, tok.Span, st.Span)
		}
		first, _ := decode(s, tok.Start)
		last, _ := decodeLast(s, tok.End)
		if classOf(first).isBlank() || classOf(last).isBlank() {
			t.Errorf("%s: token %d %q has a blank edge", name, i, s[tok.Start:tok.End])
		}
		prevEnd = tok.End
	}
}
