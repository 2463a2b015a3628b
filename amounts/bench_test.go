package amounts

import (
	"os"
	"testing"

	"khabar/text/fa"
)

// BenchmarkFindDari measures Find on a normalized Dari news article
// written for the tests (testdata/dari_news.txt, about 2.8 KB, dense with
// numbers). The stage's target is 30 MB/s.
func BenchmarkFindDari(b *testing.B) {
	raw, err := os.ReadFile("testdata/dari_news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := fa.Default().String(string(raw))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, "fa")
	}
}

// BenchmarkFindEnglish measures Find on the English test article.
func BenchmarkFindEnglish(b *testing.B) {
	raw, err := os.ReadFile("testdata/english_news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(raw)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, "en")
	}
}
