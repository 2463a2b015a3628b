package segment

import (
	"testing"
)

// FuzzSegment checks Sentences, Tokens and MarkDuplicates on any input: no
// panic; sentences and tokens within bounds, on rune boundaries, sorted and
// disjoint, without blank edges; every token inside its sentence; every
// duplicate pointing at a kept sentence.
func FuzzSegment(f *testing.F) {
	for _, tc := range sentenceCases {
		f.Add(tc.in)
	}
	for _, tc := range tokenCases {
		f.Add(tc.in)
	}
	for _, tc := range duplicateCases {
		f.Add(tc.in)
	}
	f.Add("\xff.\xe2\x80«\"\".»\u200c.\n۱.۱ U.S. a.b.c.d.e.f.g.h")
	f.Fuzz(func(t *testing.T, s string) {
		sents := Sentences(s)
		checkSentences(t, "fuzz", s, sents)
		checkTokens(t, "fuzz", s, sents, Tokens(s, sents))
		MarkDuplicates(sents, simpleKey(s, sents))
		for _, st := range sents {
			if d := st.DuplicateOf; d >= 0 && (d >= len(sents) || d == st.Index || sents[d].DuplicateOf != -1) {
				t.Fatalf("sentence %d: DuplicateOf %d is not a kept sentence", st.Index, d)
			}
		}
	})
}
