package queue_test

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"khabar/article"
	"khabar/pipeline"
	"khabar/queue"
	"khabar/queue/internal/natstest"
)

// Markers in invented articles that the test extractor reacts to.
const (
	panicMark = "PANIC-MARKER-7731"
	failMark  = "FAIL-MARKER-5512"
)

// TestPoison sends one article that panics the pipeline and one that
// always fails through a worker: both land in the dead-letter stream with
// their errors, the panic at once and the failure after MaxDeliver
// deliveries, and every other article is stored.
func TestPoison(t *testing.T) {
	const n = 200
	dir := t.TempDir()
	in := writeCorpus(t, dir, n,
		`{"id":"poison-1","date":"2025-03-02","title":"A test","text":"The minister of Kazakhstan met the envoy of Iran. `+panicMark+`"}`,
		`{"id":"poison-2","date":"2025-03-02","title":"Another test","text":"Uzbekistan signed an agreement with China. `+failMark+`"}`,
	)
	ref := referenceFor(t, n)
	c := natstest.Start(t, 1)
	cfg := testConfig(c.URL, "POISON", 1)
	js := connect(t, cfg)
	st, _ := openStore(t)
	p := sharedPipeline(t)
	extract := func(ctx context.Context, a article.Article) (pipeline.Result, error) {
		switch {
		case strings.Contains(a.Body, panicMark):
			var m map[string]int
			m["boom"]++ // a nil map write: a real runtime panic
		case strings.Contains(a.Body, failMark):
			return pipeline.Result{}, errors.New("test: this article always fails")
		}
		return p.Extract(ctx, a)
	}
	w, stop := startWorker(t, js, st, cfg, queue.WorkerOptions{Extract: extract, Concurrency: 2})
	sum := publish(t, js, cfg, in)
	if sum.Published != len(ref.ids)+2 {
		t.Errorf("published %d, want %d distinct articles", sum.Published, len(ref.ids)+2)
	}
	drain(t, js, cfg, 40*time.Second)
	stop()

	dead, err := queue.ReadDead(context.Background(), js, cfg, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 2 {
		t.Fatalf("%d dead letters, want 2: %+v", len(dead), dead)
	}
	for _, d := range dead {
		switch {
		case strings.Contains(string(d.Data), panicMark):
			// The panic: dead-lettered at its first delivery, with the
			// runtime error and the stack.
			if !strings.Contains(d.Error, "panicked") || !strings.Contains(d.Error, "nil map") || d.Deliveries != 1 || !strings.Contains(d.Stack, "poison_test.go") {
				t.Errorf("panic dead letter: error %q, %d deliveries, stack %.200q", d.Error, d.Deliveries, d.Stack)
			}
		case strings.Contains(string(d.Data), failMark):
			// The failure: retried until MaxDeliver.
			if !strings.Contains(d.Error, "always fails") || d.Deliveries != cfg.MaxDeliver {
				t.Errorf("failure dead letter: error %q, %d deliveries, want %d", d.Error, d.Deliveries, cfg.MaxDeliver)
			}
		default:
			t.Errorf("unexpected dead letter %+v", d)
		}
		if d.ArticleID == "" || d.Source == "" || d.Worker == "" {
			t.Errorf("dead letter without its article id, source or worker: %+v", d)
		}
	}
	checkStored(t, st, ref, 0)

	// The metrics say the same, in the Prometheus text format.
	rec := httptest.NewRecorder()
	w.Metrics().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		"khabar_worker_dead_letters_total 2\n",
		"# TYPE khabar_worker_batch_seconds histogram\n",
		"khabar_worker_failures_total 3\n",
		"khabar_queue_pending ",
		"khabar_worker_articles_per_second ",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}
