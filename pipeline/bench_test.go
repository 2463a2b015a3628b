package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khabar/article"
	"khabar/ingest/gen"
	"khabar/internal/cputime"
	"khabar/text/fa"
	"khabar/text/langid"
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

// BenchmarkTextLayer measures the whole text layer as extract runs it, on
// realistic Dari and Iranian articles of 2 to 5 KB: read (dated text),
// find the language, normalize, hash, split sentences and tokens, mark
// repeated sentences. One op is one pass over every article.
func BenchmarkTextLayer(b *testing.B) { benchArticlesWith(b, false) }

// BenchmarkExtract measures everything Extract does on the same articles:
// the text layer, entities and amounts.
func BenchmarkExtract(b *testing.B) { benchArticlesWith(b, true) }

func benchArticlesWith(b *testing.B, extract bool) {
	docs := benchArticles(b)
	cfg := DefaultConfig()
	cfg.Tokens = true
	p, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Now()
	defer func() { cputime.Report(b, start, total) }()
	for range b.N {
		for _, d := range docs {
			for a, err := range article.ReadFrom(strings.NewReader(d), "bench.txt", article.Auto, article.DefaultOptions()) {
				if err != nil {
					b.Fatal(err)
				}
				if !extract {
					p.TextLayer(a)
					continue
				}
				if _, err := p.Extract(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// benchArticles returns dated-text articles of 2 to 5 KB cut from the
// benchmark corpus at line ends.
func benchArticles(tb testing.TB) []string {
	corpus := benchCorpus(tb, 256<<10)
	var docs []string
	for len(corpus) > 0 {
		n := 2<<10 + len(docs)%4*(1<<10)
		if n > len(corpus) {
			n = len(corpus)
		}
		if i := strings.IndexByte(corpus[n:], '\n'); i >= 0 {
			n += i + 1
		} else {
			n = len(corpus)
		}
		docs = append(docs, "date 2025-11-07 "+corpus[:n])
		corpus = corpus[n:]
	}
	return docs
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

// BenchmarkStages measures each stage of the text layer alone on the same
// articles as BenchmarkTextLayer, so that the slowest shows.
func BenchmarkStages(b *testing.B) {
	docs := benchArticles(b)
	p, err := New(DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	var arts []article.Article
	total := 0
	for _, d := range docs {
		for a, err := range article.ReadFrom(strings.NewReader(d), "bench.txt", article.Auto, article.DefaultOptions()) {
			if err != nil {
				b.Fatal(err)
			}
			a.Lang = "fa"
			arts = append(arts, a)
			total += len(a.Body)
		}
	}
	norms := make([]Normalized, len(arts))
	for i, a := range arts {
		norms[i] = p.Normalize(a.Body, "fa")
	}
	run := func(name string, f func(i int)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(total))
			for range b.N {
				for i := range arts {
					f(i)
				}
			}
		})
	}
	run("read+normalize+split", func(i int) {
		for a := range article.ReadFrom(strings.NewReader(docs[i]), "bench.txt", article.Auto, article.DefaultOptions()) {
			n := p.Normalize(a.Body, "fa")
			segment.Tokens(n.Text, segment.Sentences(n.Text))
		}
	})
	run("read", func(i int) {
		for range article.ReadFrom(strings.NewReader(docs[i]), "bench.txt", article.Auto, article.DefaultOptions()) {
		}
	})
	run("langid", func(i int) { langid.Detect(arts[i].Body) })
	run("normalize", func(i int) { p.Normalize(arts[i].Body, "fa") })
	run("normalize-no-names", func(i int) { fa.Default().Normalize(arts[i].Body) })
	run("id", func(i int) { ID(norms[i].Text) })
	run("sentences", func(i int) { segment.Sentences(norms[i].Text) })
	run("tokens", func(i int) {
		segment.Tokens(norms[i].Text, segment.Sentences(norms[i].Text))
	})
	run("duplicates", func(i int) {
		n := norms[i].Text
		sents := segment.Sentences(n)
		segment.MarkDuplicates(sents, func(j int) string { return fa.Fold(n[sents[j].Start:sents[j].End]) })
	})
}

// BenchmarkExtractGenerated measures Extract on 500 generated articles of
// at least 3 KB (ingest/gen: Dari, Iranian and English news in the
// dated text format, the language left to find), the articles the
// issue's rate of 2,000 3-KB articles a second speaks of. One op is one
// pass over all of them; it reports articles per second too.
func BenchmarkExtractGenerated(b *testing.B) {
	g := gen.New(3)
	g.MinBytes = 3000
	var docs []string
	total := 0
	for range 500 {
		a := g.Next()
		d := "date " + a.Date + " " + a.Title + "\n" + a.Body + "\n"
		docs = append(docs, d)
		total += len(d)
	}
	p, err := New(DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ResetTimer()
	start := cputime.Now()
	for range b.N {
		for _, d := range docs {
			for a, err := range article.ReadFrom(strings.NewReader(d), "gen.txt", article.Auto, article.DefaultOptions()) {
				if err != nil {
					b.Fatal(err)
				}
				if _, err := p.Extract(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
	cputime.Report(b, start, total)
}
