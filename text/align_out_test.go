package text

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// outBySearch is Out as the plain binary search over every output offset:
// the definition the fast Out must agree with.
func outBySearch(a *Alignment, in int) int {
	return sort.Search(a.outLen+1, func(o int) bool { return a.Start(o) >= in })
}

// randomAlignment builds an alignment of random copies, replacements,
// insertions and deletions over an input of about n bytes.
func randomAlignment(r *rand.Rand, n int) (*Alignment, int) {
	var b Builder
	in := strings.Repeat("x", n)
	pos := 0
	for pos < n {
		switch k := min(n-pos, 1+r.IntN(6)); r.IntN(4) {
		case 0:
			b.Copy(in[pos : pos+k])
			pos += k
		case 1:
			b.Replace(k, strings.Repeat("y", r.IntN(4)))
			pos += k
		case 2:
			b.Replace(0, strings.Repeat("z", 1+r.IntN(3))) // an insertion
		default:
			b.Replace(k, "") // a deletion
			pos += k
		}
	}
	return b.Alignment(n), n
}

// TestOutMatchesSearch checks Out against the binary search over output
// offsets, on random one-step and chained alignments, for every input
// offset and past both ends.
func TestOutMatchesSearch(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		a, n := randomAlignment(r, 1+r.IntN(60))
		if trial%2 == 1 {
			b, _ := randomAlignment(r, a.OutputLen())
			a = a.Then(b)
		}
		for in := -1; in <= n+1; in++ {
			if got, want := a.Out(in), outBySearch(a, in); got != want {
				t.Fatalf("trial %d: Out(%d) = %d, want %d (edits %+v, in %d, out %d)", trial, in, got, want, a.edits, a.inLen, a.outLen)
			}
		}
	}
}
