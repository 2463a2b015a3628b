package dates

import (
	"os"
	"testing"

	"khabar/text/fa"
)

// BenchmarkFindDari runs Find over a Dari news article (testdata, written
// for this test), normalized as the pipeline would.
func BenchmarkFindDari(b *testing.B) {
	raw, err := os.ReadFile("testdata/dari_news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text, _ := fa.Default().Normalize(string(raw))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, "fa", "2025-11-07")
	}
}

func BenchmarkFindEnglish(b *testing.B) {
	text := `Leaders of the five Central Asian states met President Donald Trump at the White House on Thursday, Nov. 6, 2025, and agreed to deepen cooperation on critical minerals. Kazakhstan said last week that it would buy 37 Boeing jets, and in June it hosted Chinese President Xi Jinping. Russian President Vladimir Putin attended a summit in Tajikistan in September, officials said on Friday. The European Union held its own summit with the region in April 2025, two years after the first such meeting in 2023.
`
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, "en", "2025-11-07")
	}
}
