package segment

import (
	"os"
	"strings"
	"testing"
)

// benchText returns the benchmark article (testdata/bench-dari.txt, news
// sentences written for this package) repeated to about 64 KB, the size of
// a long feature.
func benchText(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile("testdata/bench-dari.txt")
	if err != nil {
		b.Fatalf("read benchmark text: %v", err)
	}
	return strings.Repeat(string(data), 64<<10/len(data)+1)
}

// BenchmarkSegment measures Sentences and Tokens together over Dari news.
func BenchmarkSegment(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		sents := Sentences(s)
		_ = Tokens(s, sents)
	}
}

// BenchmarkSentences measures Sentences alone.
func BenchmarkSentences(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Sentences(s)
	}
}

// BenchmarkTokens measures Tokens alone.
func BenchmarkTokens(b *testing.B) {
	s := benchText(b)
	sents := Sentences(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Tokens(s, sents)
	}
}

// BenchmarkMarkDuplicates measures MarkDuplicates over the repeated
// article, where every sentence repeats many times.
func BenchmarkMarkDuplicates(b *testing.B) {
	s := benchText(b)
	sents := Sentences(s)
	key := simpleKey(s, sents)
	keys := make([]string, len(sents))
	for i := range sents {
		keys[i] = key(i)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		MarkDuplicates(sents, func(i int) string { return keys[i] })
	}
}
