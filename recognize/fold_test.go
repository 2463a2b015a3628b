package recognize

import (
	"slices"
	"testing"
	"unicode"
)

func TestFoldKey(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		// A half-space, a space and nothing between two parts are one key.
		{"half-space vs space", "رئیس\u200cجمهور", "رئیس جمهور"},
		{"joined vs space", "رئیسجمهور", "رئیس جمهور"},
		// The two spellings of Xi's given name differ only in a space.
		{"split given name", "شی جینپینگ", "شی جین\u200cپینگ"},
		// Arabic yeh and kaf fold to the Persian letters.
		{"arabic letters", "شي جين پينگ", "شی جین پینگ"},
		// The ezafe hamza of هٔ is not part of the key.
		{"ezafe hamza", "اتحادیهٔ اروپا", "اتحادیه اروپا"},
		// Madda and hamza on alef fold to bare alef.
		{"madda", "آمریکا", "امریکا"},
		// Latin is matched without case and accents.
		{"latin accents", "López Obrador", "lopez obrador"},
		// Hyphens and periods of a name do not matter.
		{"hyphen", "al-Assad", "Al Assad"},
		{"abbreviation", "U.S.", "US"},
		// Persian and Latin digits are one.
		{"digits", "گروه ۲۰", "گروه 20"},
		// Typographic apostrophes are plain ones.
		{"apostrophe", "Coroner’s", "Coroner's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ka, kb := foldKey(tt.a), foldKey(tt.b); ka != kb {
				t.Errorf("foldKey(%q) = %q, foldKey(%q) = %q", tt.a, ka, tt.b, kb)
			}
		})
	}
}

// TestAppendFoldDecodes checks appendFold's own decoding against a plain
// range over the string, rune by rune: every rune, and broken UTF-8.
func TestAppendFoldDecodes(t *testing.T) {
	ref := func(s string) []rune {
		var out []rune
		for _, r := range s {
			out = appendFoldRune(out, r)
		}
		return out
	}
	var inputs []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r < 0xD800 || r > 0xDFFF {
			inputs = append(inputs, "a"+string(r)+"ب")
		}
	}
	inputs = append(inputs, "\xc3", "\xc3(", "\xc0\x80", "\xd8", "ب\xd8", "\xe2\x80", "\xff\xfe", "ی\x80ک")
	for _, s := range inputs {
		if got, want := appendFold(nil, s), ref(s); !slices.Equal(got, want) {
			t.Fatalf("%q: %q, want %q", s, string(got), string(want))
		}
	}
}
