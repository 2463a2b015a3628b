package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khabar/article"
	"khabar/text/fa"
	"khabar/text/segment"
)

// benchCorpus returns about n bytes of Dari and Iranian news text: the
// development articles of ../shared/eval/dev when they are there (read, not
// copied), else the example articles, repeated to length.
func benchCorpus(tb testing.TB, n int) string {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/eval/dev/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob("../examples/*.txt")
	}
	var parts []string
	for _, f := range files {
		if strings.Contains(f, ".eng.") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		s := string(b)
		if i := strings.IndexByte(s, ' '); strings.HasPrefix(s, "date ") && i > 0 {
			s = s[len("date 2025-01-01 "):]
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		tb.Skip("no example articles")
	}
	var b strings.Builder
	for b.Len() < n {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// BenchmarkNormalize measures the Persian normalizer alone.
func BenchmarkNormalize(b *testing.B) {
	corpus := benchCorpus(b, 1<<20)
	n := fa.Default()
	b.SetBytes(int64(len(corpus)))
	b.ResetTimer()
	for range b.N {
		n.Normalize(corpus)
	}
}

// BenchmarkTextLayer measures the whole text layer as extract runs it on
// realistic articles of a few KB: read (dated text), language, normalize,
// hash, split sentences and tokens, mark duplicates.
func BenchmarkTextLayer(b *testing.B) {
	corpus := benchCorpus(b, 4<<10)
	var doc strings.Builder
	doc.WriteString("date 2025-11-07 ")
	doc.WriteString(corpus)
	input := doc.String()
	cfg := DefaultConfig()
	cfg.Tokens = true
	p, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(input)))
	b.ResetTimer()
	for range b.N {
		for a, err := range article.ReadFrom(strings.NewReader(input), "bench.txt", article.Auto, article.DefaultOptions()) {
			if err != nil {
				b.Fatal(err)
			}
			if _, err := p.Extract(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSentences measures splitting normalized text.
func BenchmarkSentences(b *testing.B) {
	corpus := fa.Default().String(benchCorpus(b, 1<<20))
	b.SetBytes(int64(len(corpus)))
	b.ResetTimer()
	for range b.N {
		segment.Tokens(corpus, segment.Sentences(corpus))
	}
}
