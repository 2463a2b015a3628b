package queue_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"khabar/queue"
	"khabar/queue/internal/natstest"
	"khabar/store"
)

// flakyStore behaves like a database that restarts: after `after` good
// Put calls, every call fails for `down`.
type flakyStore struct {
	store.Store
	after  int64
	down   time.Duration
	calls  atomic.Int64
	failed atomic.Int64
	mu     sync.Mutex
	since  time.Time // when it went down
}

var errGone = errors.New("test: connection refused (database restarting)")

// isDown reports whether the database is down now; the call that makes
// it go down is counted by Put.
func (f *flakyStore) isDown(put bool) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if put && f.calls.Add(1) == f.after+1 {
		f.since = time.Now()
	}
	return !f.since.IsZero() && time.Since(f.since) < f.down
}

func (f *flakyStore) Put(ctx context.Context, b store.Batch) (store.PutSummary, error) {
	if f.isDown(true) {
		f.failed.Add(1)
		return store.PutSummary{}, errGone
	}
	return f.Store.Put(ctx, b)
}

func (f *flakyStore) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	if f.isDown(false) {
		return nil, errGone
	}
	return f.Store.Known(ctx, ids)
}

// TestStoreRetry stands in for a PostgreSQL restart mid-run: after three
// good writes the store fails every call for three seconds, three times
// the ack wait; the worker retries with backoff, keeping its batch, and
// every article is stored once.
func TestStoreRetry(t *testing.T) {
	const n = 200
	in := writeCorpus(t, t.TempDir(), n)
	ref := referenceFor(t, n)
	c := natstest.Start(t, 1)
	cfg := testConfig(c.URL, "RETRY", 1)
	cfg.AckWait = time.Second // the retries outlast it: the heartbeat must keep the batch
	js := connect(t, cfg)
	st, _ := openStore(t)
	flaky := &flakyStore{Store: st, after: 3, down: 3 * time.Second}
	publish(t, js, cfg, in)
	w, stop := startWorker(t, js, flaky, cfg, queue.WorkerOptions{})
	drain(t, js, cfg, 50*time.Second)
	stop()
	failed := flaky.failed.Load()
	m := w.Metrics()
	if failed < 3 || m.StoreErrors.Load() != failed || m.DeadLetters.Load() != 0 || m.Failures.Load() != 0 {
		t.Errorf("%d writes failed, %d store errors counted (want the same, at least 3), %d failures and %d dead letters (want none)",
			failed, m.StoreErrors.Load(), m.Failures.Load(), m.DeadLetters.Load())
	}
	if m.Redeliveries.Load() != 0 {
		t.Errorf("%d redeliveries: the heartbeat did not keep the batch", m.Redeliveries.Load())
	}
	checkStored(t, st, ref, 0)
}
