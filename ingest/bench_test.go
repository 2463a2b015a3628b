package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"khabar/article"
	"khabar/ingest"
	"khabar/pipeline"
	"khabar/store"
	_ "khabar/store/drivers"
	"khabar/store/sqlite"
)

// benchArticles is the corpus size of the ingest benchmarks:
// KHABAR_BENCH_ARTICLES, default 2000.
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("KHABAR_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 2000
}

// BenchmarkIngest ingests generated articles into a fresh SQLite file
// with the full pipeline and reports articles/s and database bytes per
// article; then it measures search and events latency on that database.
//
//	KHABAR_BENCH_ARTICLES=50000 go test -run XXX -bench Ingest -benchtime 1x -timeout 1h ./ingest/
func BenchmarkIngest(b *testing.B) {
	n := benchArticles()
	dir := b.TempDir()
	in := writeCorpus(b, dir, n)
	p := sharedPipeline(b)
	var st store.Store
	var path string
	for i := 0; b.Loop(); i++ {
		path = filepath.Join(dir, "bench"+strconv.Itoa(i)+".db")
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		sum, err := ingest.Run(context.Background(), s, []string{in}, ingest.Options{Pipeline: p})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(sum.Stored)/time.Since(start).Seconds(), "articles/s")
		if st != nil {
			st.Close()
		}
		st = s
	}
	b.StopTimer()
	defer st.Close()
	size := int64(0)
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			size += fi.Size()
		}
	}
	b.ReportMetric(float64(size)/float64(n), "dbbytes/article")
	reportLatencies(b, st)
}

// BenchmarkQueries measures search and events latency on an existing
// database, KHABAR_BENCH_DB (a path or postgres:// URL), as filled by
// khabar ingest; it is skipped without one.
//
//	go run ./ingest/gen/cmd/gen-articles -n 50000 > /tmp/gen50k.jsonl
//	khabar ingest --db /tmp/b50.db /tmp/gen50k.jsonl
//	KHABAR_BENCH_DB=/tmp/b50.db go test -run XXX -bench Queries -benchtime 1x ./ingest/
func BenchmarkQueries(b *testing.B) {
	dsn := os.Getenv("KHABAR_BENCH_DB")
	if dsn == "" {
		b.Skip("set KHABAR_BENCH_DB to a database filled by khabar ingest")
	}
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for b.Loop() {
		reportLatencies(b, st)
	}
}

// reportLatencies runs a mix of searches and event queries and reports
// their 95th percentile.
func reportLatencies(b *testing.B, st store.Store) {
	ctx := context.Background()
	searches := []store.SearchQuery{
		{Q: "tungsten"}, {Q: "تنگستن"}, {Q: "رئیس جمهور"}, {Q: "رئیسجمهور", Lang: "fa"},
		{Q: "Kazakhstan wheat", From: "2025-03-01", To: "2025-06-30"}, {Q: "قزاقستان", Actor: "KAZ"},
		{Q: "railway", Type: "AGREE"}, {Q: "report 17"},
	}
	events := []store.EventQuery{
		{}, {Actor: "KAZ"}, {Actor: "KAZ", Type: "AGREE", From: "2025-01-01"}, {Recipient: "AFG"},
		{Type: "ACCUSE", Lang: "fa"}, {Q: "tungsten"}, {From: "2025-05-01", To: "2025-05-31"},
	}
	var sl, el []time.Duration
	for range 20 {
		for _, q := range searches {
			t := time.Now()
			if _, err := st.Search(ctx, q); err != nil {
				b.Fatal(err)
			}
			sl = append(sl, time.Since(t))
		}
		for _, q := range events {
			t := time.Now()
			if _, err := st.Events(ctx, q); err != nil {
				b.Fatal(err)
			}
			el = append(el, time.Since(t))
		}
	}
	b.ReportMetric(p95(sl), "search-p95-ms")
	b.ReportMetric(p95(el), "events-p95-ms")
}

func p95(ds []time.Duration) float64 {
	slices.Sort(ds)
	return float64(ds[len(ds)*95/100].Microseconds()) / 1000
}

// BenchmarkWriter measures the writer alone: results already extracted
// are stored into a fresh SQLite file in batches of
// ingest.DefaultBatchSize, as Run stores them, and the rate reported is
// that of Put. The results are KHABAR_BENCH_RESULTS, JSON Lines made by
// khabar extract, or else benchArticles() generated articles extracted
// before the timer starts.
//
//	go run ./ingest/gen/cmd/gen-articles -n 50000 | go run ./cmd/khabar extract > /tmp/res50k.jsonl
//	KHABAR_BENCH_RESULTS=/tmp/res50k.jsonl go test -run XXX -bench Writer -benchtime 1x -timeout 1h ./ingest/
func BenchmarkWriter(b *testing.B) {
	results := benchResults(b)
	dir := b.TempDir()
	var path string
	for i := 0; b.Loop(); i++ {
		path = filepath.Join(dir, "writer"+strconv.Itoa(i)+".db")
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		stored := 0
		for from := 0; from < len(results); from += ingest.DefaultBatchSize {
			sum, err := s.Put(context.Background(), store.Batch{Results: results[from:min(from+ingest.DefaultBatchSize, len(results))], Lexicon: "bench"})
			if err != nil {
				b.Fatal(err)
			}
			stored += sum.Stored
		}
		b.ReportMetric(float64(stored)/time.Since(start).Seconds(), "articles/s")
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	size := int64(0)
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			size += fi.Size()
		}
	}
	b.ReportMetric(float64(size)/float64(len(results)), "dbbytes/article")
}

// benchResults reads KHABAR_BENCH_RESULTS, or extracts benchArticles()
// generated articles.
func benchResults(b *testing.B) []pipeline.Result {
	var out []pipeline.Result
	if path := os.Getenv("KHABAR_BENCH_RESULTS"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
		for {
			var r pipeline.Result
			if err := dec.Decode(&r); err == io.EOF {
				return out
			} else if err != nil {
				b.Fatalf("%s: result %d: %v", path, len(out)+1, err)
			}
			out = append(out, r)
		}
	}
	p := sharedPipeline(b)
	in := writeCorpus(b, b.TempDir(), benchArticles())
	for a, err := range article.Read(context.Background(), []string{in}, article.DefaultOptions()) {
		if err != nil {
			continue // the corpus's one bad line
		}
		r, err := p.Extract(context.Background(), a)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}
