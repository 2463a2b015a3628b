package text

import (
	"strings"
	"testing"
)

// TestBuilderFrom checks that a builder told its input (From) writes the
// same output and alignment as one that was not, whether or not it edits.
func TestBuilderFrom(t *testing.T) {
	in := "abc def ghi"
	for _, tc := range []struct {
		name  string
		steps func(b *Builder)
	}{
		// Only copies: the output is the input, shared without a copy.
		{"copies only", func(b *Builder) { b.Copy(in[:4]); b.Copy(in[4:]) }},
		// A byte-by-byte copy stays lazy too.
		{"byte copies", func(b *Builder) {
			for i := 0; i < len(in); i++ {
				b.CopyByte(in[i])
			}
		}},
		// An edit in the middle writes the copied prefix first.
		{"edit in the middle", func(b *Builder) { b.Copy(in[:3]); b.Replace(1, ""); b.Copy(in[4:]) }},
		// A same-length replacement changes bytes but records no edit.
		{"same-length replace", func(b *Builder) { b.Replace(1, "x"); b.Copy(in[1:]) }},
		// An insertion at the end, after a lazy copy of everything.
		{"insert at end", func(b *Builder) { b.Copy(in); b.Replace(0, "!") }},
		// A Copy of equal bytes from other memory still works.
		{"copy of other memory", func(b *Builder) { b.Copy(strings.Clone(in[:4])); b.Copy(in[4:]) }},
	} {
		var plain, lazy Builder
		lazy.From(in)
		tc.steps(&plain)
		tc.steps(&lazy)
		if plain.String() != lazy.String() || plain.Len() != lazy.Len() || plain.InPos() != lazy.InPos() {
			t.Errorf("%s: From gives %q (len %d), want %q (len %d)", tc.name, lazy.String(), lazy.Len(), plain.String(), plain.Len())
		}
		pa, la := plain.Alignment(len(in)), lazy.Alignment(len(in))
		for o := 0; o <= pa.OutputLen(); o++ {
			if pa.Start(o) != la.Start(o) || pa.End(o) != la.End(o) {
				t.Errorf("%s: offset %d maps to %d,%d with From, want %d,%d", tc.name, o, la.Start(o), la.End(o), pa.Start(o), pa.End(o))
			}
		}
	}
}
