package queue_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"khabar/article"
	"khabar/pipeline"
	"khabar/queue"
	"khabar/queue/internal/natstest"
)

// restartEnv names the command that restarts the PostgreSQL server of
// KHABAR_TEST_POSTGRES, for TestPostgresRestart, e.g.
//
//	KHABAR_TEST_PG_RESTART='pg_ctlcluster --skip-systemctl-redirect 15 main restart'
//
// The test restarts a server other tests may be using, so it runs only
// when asked for by hand, never in CI.
const restartEnv = "KHABAR_TEST_PG_RESTART"

// TestPostgresRestart restarts the real PostgreSQL server while a worker
// stores batches into it: the worker retries with backoff and carries on,
// and the database ends with every article once and no event twice.
func TestPostgresRestart(t *testing.T) {
	restart := os.Getenv(restartEnv)
	if restart == "" || os.Getenv("KHABAR_TEST_POSTGRES") == "" {
		t.Skip("set KHABAR_TEST_POSTGRES and " + restartEnv + " to restart a real server")
	}
	const n = 800
	in := writeCorpus(t, t.TempDir(), n)
	ref := referenceFor(t, n)
	c := natstest.Start(t, 1)
	cfg := testConfig(c.URL, "PGRESTART", 1)
	js := connect(t, cfg)
	st, dsn := openStore(t)
	t.Cleanup(func() { dropSchemaAfterRestart(t, dsn) })
	publish(t, js, cfg, in)
	// Slower than the pipeline alone, so that the restart falls mid-run.
	p := sharedPipeline(t)
	slow := func(ctx context.Context, a article.Article) (pipeline.Result, error) {
		time.Sleep(4 * time.Millisecond)
		return p.Extract(ctx, a)
	}
	w, stop := startWorker(t, js, st, cfg, queue.WorkerOptions{Pipeline: p, Extract: slow})
	time.Sleep(1500 * time.Millisecond)
	args := strings.Fields(restart)
	if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", restart, err, out)
	}
	t.Logf("PostgreSQL restarted")
	drain(t, js, cfg, 120*time.Second)
	stop()
	m := w.Metrics()
	t.Logf("%d store errors retried, %d redeliveries, %d dead letters", m.StoreErrors.Load(), m.Redeliveries.Load(), m.DeadLetters.Load())
	if m.DeadLetters.Load() != 0 {
		t.Errorf("%d dead letters, want none", m.DeadLetters.Load())
	}
	checkStored(t, st, ref, 0)
}

// dropSchemaAfterRestart drops the test's schema on a new connection: the
// one openStore keeps for it died with the restart.
func dropSchemaAfterRestart(t *testing.T, dsn string) {
	u, err := url.Parse(dsn)
	if err != nil {
		return
	}
	schema := u.Query().Get("search_path")
	q := u.Query()
	q.Del("search_path")
	u.RawQuery = q.Encode()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Logf("dropping %s: %v", schema, err)
		return
	}
	defer conn.Close(ctx)
	conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
}
