package lexicon

import "testing"

// BenchmarkLoadBuiltin measures loading, merging and validating the
// embedded lexicon, as every command does at start (budget: 300 ms).
func BenchmarkLoadBuiltin(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
