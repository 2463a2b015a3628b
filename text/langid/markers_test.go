package langid

import (
	"regexp"
	"strings"
	"testing"
)

// TestParseMarkersErrors checks that each kind of bad line is reported with
// its file and line.
func TestParseMarkersErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		// Too few fields.
		{"missing weight", "دالر | fa-AF", "x.txt:1: want 3 or 4 fields"},
		// Too many fields.
		{"extra field", "دالر | fa-AF | 1 | 2 | 3", "x.txt:1: want 3 or 4 fields"},
		// A variant that is not fa-AF or fa-IR.
		{"bad variant", "# header\n\nدالر | prs | 1", "x.txt:3: variant \"prs\""},
		// A weight that is not a number.
		{"bad weight", "دالر | fa-AF | heavy", "x.txt:1: weight \"heavy\""},
		// A negative date weight.
		{"negative date weight", "حمل | fa-AF | 0 | -3", "x.txt:1: weight \"-3\""},
		// A marker of punctuation only.
		{"no letters", "«» | fa-AF | 1", "x.txt:1: marker \"«»\" has no letters"},
		// Digits inside a marker word can never match a word token.
		{"digits in word", "G7 | fa-IR | 1", "mixes digits"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseMarkers(tc.data, "x.txt")
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "langid: ") {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestBuildLexiconDuplicates checks how repeated spellings are treated: an
// error in a strict file, dropped as ambiguous in a lenient one when the
// variants differ, and overridden by a later file.
func TestBuildLexiconDuplicates(t *testing.T) {
	// The same spelling twice in a hand-written file is a mistake.
	_, err := buildLexicon(markerFile{name: "hand.txt", data: "دالر | fa-AF | 1\nدالر | fa-AF | 2", strict: true})
	if err == nil || !strings.Contains(err.Error(), "hand.txt:2: marker \"دالر\" repeats \"دالر\" of line 1") {
		t.Errorf("strict duplicate: error %v", err)
	}
	// A half-spaced marker's joined form collides with a one-word marker.
	_, err = buildLexicon(markerFile{name: "hand.txt", data: "دی‌ماه | fa-IR | 3\nدیماه | fa-IR | 3", strict: true})
	if err == nil {
		t.Error("joined form of a half-spaced marker should collide with the same word")
	}
	// Generated names given to both variants are dropped; a later file overrides.
	lx, err := buildLexicon(
		markerFile{name: "gen.txt", data: "گینه | fa-IR | 1\nگینه | fa-AF | 1\nکنیا | fa-IR | 1\nغنا | fa-IR | 1"},
		markerFile{name: "hand.txt", data: "غنا | fa-IR | 0", strict: true},
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(lx.ambiguous, ","); got != "گینه" {
		t.Errorf("ambiguous %q, want گینه", got)
	}
	if lx.word("گینه") != nil {
		t.Error("ambiguous گینه kept")
	}
	if m := lx.word("غنا"); m == nil || m.source != "hand.txt" || m.weight != 0 {
		t.Errorf("غنا = %+v, want the hand-written weight 0", m)
	}
	if m := lx.word("کنیا"); m == nil || m.source != "gen.txt" {
		t.Errorf("کنیا = %+v, want the generated marker", m)
	}
}

// generatedHeader is Go's convention for generated files.
var generatedHeader = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

// TestEmbeddedMarkerFiles checks the two shipped files: they parse, the
// generated one is marked as generated and names its data version, and the
// hand-written one reweighs generated names without flipping them.
func TestEmbeddedMarkerFiles(t *testing.T) {
	first, _, _ := strings.Cut(cldrNames, "\n")
	if !generatedHeader.MatchString(first) || !strings.Contains(first, "golang.org/x/text v0.44.0") {
		t.Errorf("%s starts %q, want a generated-code header naming golang.org/x/text v0.44.0", cldrNamesFile, first)
	}
	if !strings.Contains(cldrNamesFile, "v0.44.0") {
		t.Errorf("%s does not carry the data version in its name", cldrNamesFile)
	}
	generated, err := parseMarkers(cldrNames, cldrNamesFile)
	if err != nil {
		t.Fatal(err)
	}
	hand, err := parseMarkers(handMarkers, handMarkersFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(generated) < 100 || len(hand) < 200 {
		t.Errorf("%d generated and %d hand-written markers; files truncated?", len(generated), len(hand))
	}
	byKey := make(map[string]*marker)
	for _, m := range generated {
		byKey[m.key()] = m
	}
	for _, m := range hand {
		if g, ok := byKey[m.key()]; ok && g.variant != m.variant {
			t.Errorf("%s:%d: %q flips generated %s to %s", m.source, m.line, m.text, g.variant, m.variant)
		}
	}
	t.Logf("%d generated, %d hand-written markers; generated names dropped as ambiguous: %q",
		len(generated), len(hand), defaultLexicon.ambiguous)
}

// TestHandMarkersNotRedundant checks that no hand-written marker is another
// one plus an inflection with the same variant and weight: matching finds
// inflected forms already, so such a line only adds noise.
func TestHandMarkersNotRedundant(t *testing.T) {
	hand, err := parseMarkers(handMarkers, handMarkersFile)
	if err != nil {
		t.Fatal(err)
	}
	single := make(map[string]*marker)
	for _, m := range hand {
		if len(m.words) == 1 {
			single[m.words[0]] = m
		}
	}
	for _, m := range hand {
		if len(m.words) != 1 {
			continue
		}
		for _, suffix := range inflections {
			stem, ok := strings.CutSuffix(m.words[0], suffix)
			if !ok {
				continue
			}
			if s := single[stem]; s != nil && s.suffixed && s.variant == m.variant && s.weight == m.weight && s.dateWeight == m.dateWeight {
				t.Errorf("%s:%d: %q is %q (line %d) plus %q", m.source, m.line, m.text, s.text, s.line, suffix)
			}
		}
	}
}
