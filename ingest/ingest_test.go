package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"khabar/article"
	"khabar/ingest"
	"khabar/ingest/gen"
	"khabar/pipeline"
	"khabar/store"
	"khabar/store/sqlite"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// sharedPipeline loads the lexicons once per test binary.
func sharedPipeline(t testing.TB) *pipeline.Pipeline {
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.DefaultConfig()) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// writeCorpus writes n generated articles to dir/gen.jsonl plus one bad
// line, and returns the path.
func writeCorpus(t testing.TB, dir string, n int) string {
	path := filepath.Join(dir, "gen.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.New(7).WriteJSONL(f, n); err != nil {
		t.Fatal(err)
	}
	f.WriteString("{not json\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// distinctIDs returns the number of distinct article ids in paths.
func distinctIDs(t testing.TB, p *pipeline.Pipeline, paths ...string) int {
	ids := map[string]bool{}
	for a, err := range article.Read(context.Background(), paths, article.DefaultOptions()) {
		if err == nil {
			ids[p.TextLayer(a).Article.ID] = true
		}
	}
	return len(ids)
}

func TestRunTwice(t *testing.T) {
	dir := t.TempDir()
	in := writeCorpus(t, dir, 80)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := sharedPipeline(t)
	opts := ingest.Options{Workers: 2, BatchSize: 16, Pipeline: p}
	first, err := ingest.Run(context.Background(), st, []string{in}, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := distinctIDs(t, p, in)
	if first.Stored != want || first.Read != 80 || first.Failed != 1 || first.Stored+first.Duplicates != 80 {
		t.Errorf("first run: %s; want %d stored of 80, 1 failed", first, want)
	}
	if len(first.Failures) != 1 || !strings.Contains(first.Failures[0], "gen.jsonl:81:") {
		t.Errorf("failures = %q, want gen.jsonl:81", first.Failures)
	}
	if first.Linked == 0 || first.NewEvents == 0 {
		t.Errorf("first run: %s; want stories linked and events", first)
	}
	second, err := ingest.Run(context.Background(), st, []string{in}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if second.Stored != 0 || second.Duplicates != 80 {
		t.Errorf("second run: %s; want all 80 duplicates", second)
	}
	if stt, _ := st.Stats(context.Background()); stt.Articles != want {
		t.Errorf("%d articles stored, want %d", stt.Articles, want)
	}
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	in := writeCorpus(t, dir, 40)
	st, err := store.Open(context.Background(), filepath.Join(dir, "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	stored := 0
	sum, err := ingest.Run(ctx, st, []string{in}, ingest.Options{Workers: 2, BatchSize: 4, Pipeline: sharedPipeline(t), Progress: func(c ingest.Counts) {
		if c.Read >= 10 {
			cancel()
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	stt, _ := st.Stats(context.Background())
	stored = stt.Articles
	if !sum.Interrupted || stored != sum.Stored || sum.Read >= 41 {
		t.Errorf("cancelled run: %s, %d in the database", sum, stored)
	}
}
