package zwnj

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"khabar/text"
)

// FuzzRestore checks, for any input, with Default and with a restorer that
// knows testWords (WithWords): no panic; valid UTF-8 in, valid out; only
// half-spaces and spaces change (letters and everything else stay in
// order); no new half-space next to a space or at a word edge; restoring
// again changes nothing; and every output span maps inside the input.
func FuzzRestore(f *testing.F) {
	if data, err := os.ReadFile("testdata/dari_news.txt"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			f.Add(strings.ReplaceAll(line, z, ""))
			f.Add(strings.ReplaceAll(line, z, " "))
		}
	}
	for _, s := range []string{"", " ", z, "می کنیم", "کشور ها ها ها", "ها ها", "a" + z + "b", "می " + z + " کنیم", "خانهٔ ما", "\xd8", "بی بی سی", "۱۲۳ها"} {
		f.Add(s)
	}
	for _, w := range testWords {
		f.Add(strings.ReplaceAll(w, z, " "))
		f.Add("بی " + strings.ReplaceAll(w, z, "") + " ها")
	}
	withWords := Default().WithWords(testWords)
	f.Fuzz(func(t *testing.T, in string) {
		checkRestore(t, Default(), in)
		checkRestore(t, withWords, in)
	})
}

// checkRestore checks the properties of FuzzRestore for one restorer.
func checkRestore(t *testing.T, r *Restorer, in string) {
	var b text.Builder
	r.Restore(in, &b)
	out := b.String()
	if utf8.ValidString(in) && !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8 out of %q: %q", in, out)
	}
	if strip(out) != strip(in) {
		t.Fatalf("changed more than spacing: %q -> %q", in, out)
	}
	if edgeZWNJ(out) > edgeZWNJ(in) {
		t.Fatalf("new half-space at a word edge: %q -> %q", in, out)
	}
	if again := r.String(out); again != out {
		t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
	}
	al := b.Alignment(len(in))
	for i := 0; i <= len(out); i++ {
		sp := al.Span(text.Span{Start: i, End: i})
		if sp.Start < 0 || sp.End > len(in) || sp.Start > sp.End {
			t.Fatalf("offset %d maps to %v outside input of %d bytes", i, sp, len(in))
		}
	}
}

// strip drops half-spaces and spaces.
func strip(s string) string {
	return strings.NewReplacer(zwnjStr, "", " ", "").Replace(s)
}

// edgeZWNJ counts half-spaces that do not stand between two word letters.
func edgeZWNJ(s string) int {
	n := 0
	for i := 0; i+3 <= len(s); i++ {
		if s[i:i+3] != zwnjStr {
			continue
		}
		if i < 2 || !isWordByte(s, i-2) || !isWordByte(s, i+3) {
			n++
		}
	}
	return n
}
