package zwnj

import (
	"strings"
	"testing"
	"time"
)

// TestPathologicalInputsAreFast guards against readings that explode on
// words made of suffix-like pieces: each input must restore in well under
// a tenth of a second (typical words take a microsecond).
func TestPathologicalInputsAreFast(t *testing.T) {
	r := Default()
	for _, w := range []string{
		strings.Repeat("ها", 32),       // a word of plural suffixes
		strings.Repeat("های", 21),      // plural with ezafe, repeated
		strings.Repeat("ترین", 16),     // superlatives
		strings.Repeat("بی", 32),       // negative prefixes
		strings.Repeat("میکنیم", 10),   // verb prefixes inside a long word
		strings.Repeat("ها ", 40),      // spaced suffixes that all merge
		strings.Repeat("کتاب ها ", 30), // alternating words and suffixes
	} {
		start := time.Now()
		r.String(w)
		if d := time.Since(start); d > 100*time.Millisecond {
			t.Errorf("%d bytes took %v", len(w), d)
		}
	}
}
