package searchterms

import (
	"slices"
	"testing"
)

// TestIndex checks the terms of a text: each folded word once, and each
// pair of adjacent words written together.
func TestIndex(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		// a half-space folds away: the word and the pair are one term
		{"half-space", "وزارت‌خانه گفت", []string{"وزارتخانه", "گفت", "وزارتخانهگفت"}},
		// a space: both words, and the pair that finds وزارتخانه
		{"space", "وزارت خانه", []string{"وزارت", "خانه", "وزارتخانه"}},
		// hamza folded: رئیس is indexed as رییس, as queries fold it
		{"hamza", "رئیس", []string{"رییس"}},
		// Latin lower-cased, a repeated word once
		{"repeat", "Iran and Iran", []string{"iran", "and", "iranand", "andiran"}},
		// nothing to index
		{"empty", " ", []string{}},
	} {
		if got := Index(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestQuery checks the term groups of a query: each word with its pairs
// with the word before and after.
func TestQuery(t *testing.T) {
	got := Query("وزارت خانه")
	want := [][]string{{"وزارت", "وزارتخانه"}, {"خانه", "وزارتخانه"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("%q, want %q", got, want)
	}
	if g := Query("  "); len(g) != 0 {
		t.Errorf("empty query: %q", g)
	}
}

// TestJoin checks the one-string form of terms.
func TestJoin(t *testing.T) {
	if got := Join([]string{"a", "bc"}); got != "a bc" {
		t.Errorf("%q", got)
	}
	if got := Join(nil); got != "" {
		t.Errorf("nil: %q", got)
	}
}
