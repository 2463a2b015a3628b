package langid

import (
	"strings"
	"testing"
)

// TestFold checks the letter fold used for Persian words and markers.
func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Arabic yeh, alef maksura and kaf become Persian yeh and kaf.
		{"arabic yeh and kaf", "كشور يكي على", "کشور یکی علی"},
		// Teh marbuta, heh with yeh above and heh with hamza above become heh.
		{"heh forms", "نظریة خانۀ خانهٔ", "نظریه خانه خانه"},
		// Urdu and Kurdish hehs become Persian heh.
		{"other hehs", "ہھ", "هه"},
		// Alef with hamza becomes alef; alef with madda stays, since
		// امریکا and آمریکا are different markers.
		{"alefs", "أحمد إسلام آمریکا", "احمد اسلام آمریکا"},
		// Harakat, shadda, superscript alef and tatweel are dropped.
		{"diacritics and tatweel", "مُحَمَّد رحمٰن کـــابل", "محمد رحمن کابل"},
		// Latin is lower-cased.
		{"latin", "Kabul OCHA", "kabul ocha"},
		// Half-spaces are kept: tokens split at them.
		{"half-space", "می‌شود", "می‌شود"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fold(tc.in); got != tc.want {
				t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTokens checks how text is cut into words and numbers.
func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // word tokens as "w:text", numbers as "n:text"
	}{
		// Half-space, space and punctuation all separate words.
		{"half-space splits", "می‌شود، کابل.", []string{"w:می", "w:شود", "w:کابل"}},
		// Diacritics stay inside their word.
		{"marks inside", "مُحَمَّد", []string{"w:مُحَمَّد"}},
		// Digits of any script form numbers, separate from letters.
		{"numbers", "۱۵حمل 2024 ٣", []string{"n:۱۵", "w:حمل", "n:2024", "n:٣"}},
		// A date with hyphens is three numbers.
		{"date", "2025-11-07", []string{"n:2025", "n:11", "n:07"}},
		// Nothing but separators.
		{"separators only", " \u200c«»", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for i := 0; ; {
				var tok token
				tok, i = nextToken(tc.in, i)
				if tok.kind == tokNone {
					break
				}
				prefix := "w:"
				if tok.kind == tokNumber {
					prefix = "n:"
				}
				got = append(got, prefix+tc.in[tok.start:tok.end])
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("tokens of %q: %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTruncate checks that samples are cut at rune boundaries.
func TestTruncate(t *testing.T) {
	s := "کابل" // 8 bytes, 2 a rune
	for n := 0; n <= len(s)+1; n++ {
		got := truncate(s, n)
		if len(got) > n || !strings.HasPrefix(s, got) || len(got)%2 != 0 {
			t.Errorf("truncate(%q, %d) = %q", s, n, got)
		}
	}
}
