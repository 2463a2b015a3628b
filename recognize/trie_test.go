package recognize

import (
	"slices"
	"testing"
)

// TestTrieLayouts checks that the one-word and the two-word edge layouts
// find the same nodes and values, for keys with few children, with a
// dense node, and with several values under one key.
func TestTrieLayouts(t *testing.T) {
	keys := map[string][]int32{
		"ایران":   {1},
		"ایرانی":  {2, -1}, // a name and a cue under one key
		"ایرلند":  {3},
		"ا":       {4}, // a one-rune key at the root's child
		"abcdefg": {5},
		"abc":     {6, 7},
	}
	// a node with denseFanout children or more gets a table
	for i := range denseFanout + 3 {
		keys["ز"+string(rune('a'+i))] = []int32{int32(100 + i)}
	}
	b := newTrieBuilder()
	for k, vs := range keys {
		for _, v := range vs {
			b.add([]rune(k), v)
		}
	}
	for _, tr := range []*trie{b.build(), b.buildWide()} {
		for k, want := range keys {
			n := int32(0)
			for _, r := range k {
				if n = tr.next(n, r); n == 0 {
					t.Fatalf("wide=%v: %q: walk ended at %q", tr.wide, k, r)
				}
			}
			got := slices.Clone(tr.valuesOf(n))
			slices.Sort(got)
			w := slices.Clone(want)
			slices.Sort(w)
			if !slices.Equal(got, w) || !tr.terminal(n) {
				t.Errorf("wide=%v: %q: values %v, want %v", tr.wide, k, got, w)
			}
			if tr.hasPos(n) != slices.ContainsFunc(w, func(v int32) bool { return v >= 0 }) ||
				tr.hasNeg(n) != slices.ContainsFunc(w, func(v int32) bool { return v < 0 }) {
				t.Errorf("wide=%v: %q: hasPos/hasNeg wrong", tr.wide, k)
			}
		}
		// a prefix that is not a key is a node without values
		n := tr.next(tr.next(0, 'a'), 'b')
		if n == 0 || tr.terminal(n) {
			t.Errorf("wide=%v: prefix ab: node %d terminal %v", tr.wide, n, n != 0 && tr.terminal(n))
		}
		// a rune no key holds, and a symbol no child has
		if tr.next(0, 'ж') != 0 || tr.next(tr.next(0, 'a'), 'g') != 0 {
			t.Errorf("wide=%v: walked where no key goes", tr.wide)
		}
	}
}
