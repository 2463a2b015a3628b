package queue_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go/jetstream"

	"khabar/article"
	"khabar/ingest"
	"khabar/ingest/gen"
	"khabar/pipeline"
	"khabar/queue"
	"khabar/store"
	_ "khabar/store/drivers"
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

// writeCorpus writes n generated articles (seed 11) to dir/gen.jsonl,
// followed by extra lines, and returns its path.
func writeCorpus(t testing.TB, dir string, n int, extra ...string) string {
	path := filepath.Join(dir, "gen.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.New(11).WriteJSONL(f, n); err != nil {
		t.Fatal(err)
	}
	for _, l := range extra {
		fmt.Fprintln(f, l)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// reference is what a single-process ingest of the same corpus stores.
type reference struct {
	ids   map[string]bool
	stats store.Stats
}

var (
	refMu sync.Mutex
	refs  = map[int]reference{}
)

// referenceFor ingests the n-article corpus into a scratch SQLite file in
// one process, once per n.
func referenceFor(t testing.TB, n int) reference {
	refMu.Lock()
	defer refMu.Unlock()
	if r, ok := refs[n]; ok {
		return r
	}
	dir := t.TempDir()
	in := writeCorpus(t, dir, n)
	p := sharedPipeline(t)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Run(context.Background(), st, []string{in}, ingest.Options{Pipeline: p}); err != nil {
		t.Fatal(err)
	}
	r := reference{ids: map[string]bool{}}
	for a, err := range article.Read(context.Background(), []string{in}, article.DefaultOptions()) {
		if err == nil {
			r.ids[p.TextLayer(a).Article.ID] = true
		}
	}
	if r.stats, err = st.Stats(context.Background()); err != nil {
		t.Fatal(err)
	}
	refs[n] = r
	return r
}

// openStore opens a fresh database for one test: PostgreSQL in a new
// schema when KHABAR_TEST_POSTGRES is set, SQLite in t.TempDir otherwise.
// It returns the store and its DSN, for child processes.
func openStore(t *testing.T) (store.Store, string) {
	ctx := context.Background()
	dsn := os.Getenv("KHABAR_TEST_POSTGRES")
	if dsn == "" {
		dsn = filepath.Join(t.TempDir(), "k.db")
	} else {
		schema := fmt.Sprintf("khabar_queue_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
		admin, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatalf("connecting to %s: %v", dsn, err)
		}
		if _, err := admin.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			admin.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
			admin.Close(ctx)
		})
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		dsn = u.String()
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, dsn
}

// checkStored asserts that st holds exactly the reference's articles but
// those in missing, each once, and no event twice.
func checkStored(t *testing.T, st store.Store, ref reference, missing int) {
	t.Helper()
	ctx := context.Background()
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(ref.ids) - missing; stats.Articles != want {
		t.Errorf("%d articles stored, want the %d distinct ones", stats.Articles, want)
	}
	ids := make([]string, 0, len(ref.ids))
	for id := range ref.ids {
		ids = append(ids, id)
	}
	found := 0
	for i := 0; i < len(ids); i += store.MaxKnownIDs {
		k, err := st.Known(ctx, ids[i:min(i+store.MaxKnownIDs, len(ids))])
		if err != nil {
			t.Fatal(err)
		}
		found += len(k)
	}
	if found != len(ref.ids)-missing {
		t.Errorf("%d of the %d reference articles found, want %d", found, len(ref.ids), len(ref.ids)-missing)
	}
	checker, ok := st.(interface{ CheckConsistency(context.Context) error })
	if !ok {
		t.Fatalf("%T has no CheckConsistency", st)
	}
	if err := checker.CheckConsistency(ctx); err != nil {
		t.Error(err)
	}
	if missing == 0 {
		want := ref.stats
		if stats.Events != want.Events || stats.EventReports != want.EventReports || stats.Sentences != want.Sentences || stats.Entities != want.Entities {
			t.Errorf("through the queue: %d events, %d reports, %d sentences, %d entities\nin one process:    %d events, %d reports, %d sentences, %d entities",
				stats.Events, stats.EventReports, stats.Sentences, stats.Entities, want.Events, want.EventReports, want.Sentences, want.Entities)
		}
	}
}

// testConfig is a queue configuration with short timeouts, on its own
// stream names.
func testConfig(url, name string, replicas int) queue.Config {
	cfg := queue.DefaultConfig()
	cfg.URL = url
	cfg.Stream, cfg.DeadStream, cfg.Consumer = name, name+"_DEAD", name+"-workers"
	cfg.Replicas = replicas
	cfg.AckWait = 2 * time.Second
	cfg.Batch = 20
	cfg.FetchWait = 200 * time.Millisecond
	cfg.Grace = 2 * time.Second
	cfg.MaxDeliver = 2
	return cfg
}

// connect connects to cfg's servers and closes the connection at the end.
func connect(t *testing.T, cfg queue.Config) jetstream.JetStream {
	nc, js, err := queue.Connect(cfg, "khabar-test")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return js
}

// publish publishes the corpus and fails the test on a failed record.
func publish(t *testing.T, js jetstream.JetStream, cfg queue.Config, in string) queue.PublishSummary {
	t.Helper()
	sum, err := queue.Publish(context.Background(), js, cfg, []string{in}, queue.PublishOptions{Pipeline: sharedPipeline(t)})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed > 0 {
		t.Fatalf("publish: %s: %q", sum, sum.Failures)
	}
	return sum
}

// startWorker runs a worker in a goroutine until the returned stop is
// called.
func startWorker(t *testing.T, js jetstream.JetStream, st store.Store, cfg queue.Config, opts queue.WorkerOptions) (*queue.Worker, func()) {
	t.Helper()
	if opts.Pipeline == nil {
		opts.Pipeline = sharedPipeline(t)
	}
	if opts.Concurrency == 0 {
		opts.Concurrency = 1
	}
	opts.Logf = t.Logf
	w, err := queue.NewWorker(js, st, cfg, opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(stop)
	return w, stop
}

// drain waits until the queue is empty, up to limit.
func drain(t *testing.T, js jetstream.JetStream, cfg queue.Config, limit time.Duration) queue.QueueStatus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	st, err := queue.WaitDrained(ctx, js, cfg, 200*time.Millisecond, nil)
	if err != nil {
		t.Fatalf("queue not drained after %v: %+v", limit, st)
	}
	return st
}
