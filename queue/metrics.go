package queue

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// rateWindow is the window over which Metrics reports articles per second.
const rateWindow = 10 * time.Second

// batchBuckets are the upper bounds, in seconds, of the batch latency
// histogram.
var batchBuckets = []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}

// Metrics are a worker's counters. They are safe for concurrent use, and
// a *Metrics is an http.Handler that writes them in the Prometheus text
// exposition format (version 0.0.4).
type Metrics struct {
	start time.Time

	Processed    atomic.Int64 // articles acknowledged: stored, or found stored already
	Stored       atomic.Int64 // new articles written
	Duplicates   atomic.Int64 // articles found stored already
	Failures     atomic.Int64 // failed attempts at an article (nak'd or dead-lettered)
	Redeliveries atomic.Int64 // messages received that had been delivered before
	DeadLetters  atomic.Int64 // articles sent to the dead-letter stream
	StoreErrors  atomic.Int64 // failed store.Put calls (each retried)
	Pending      atomic.Int64 // queue depth: articles not yet delivered, as last read
	InFlight     atomic.Int64 // articles delivered and not yet acknowledged, over all workers

	mu      sync.Mutex
	batches int64
	sum     float64 // seconds
	buckets []int64 // per bound in batchBuckets, not cumulative
	recent  []sample
	first   time.Time // when the first batch with articles began
	last    time.Time // when the last batch with articles ended
}

// sample is one finished batch for the rate.
type sample struct {
	at time.Time
	n  int
}

// NewMetrics returns zeroed metrics whose rate counts from now.
func NewMetrics() *Metrics {
	return &Metrics{start: time.Now(), buckets: make([]int64, len(batchBuckets)+1)}
}

// observeBatch records a batch of n articles acknowledged after d.
func (m *Metrics) observeBatch(n int, d time.Duration) {
	m.Processed.Add(int64(n))
	m.mu.Lock()
	defer m.mu.Unlock()
	m.batches++
	m.sum += d.Seconds()
	i := 0
	for i < len(batchBuckets) && d.Seconds() > batchBuckets[i] {
		i++
	}
	m.buckets[i]++
	now := time.Now()
	if n > 0 {
		if m.first.IsZero() {
			m.first = now.Add(-d)
		}
		m.last = now
	}
	m.recent = append(m.recent, sample{now, n})
	m.trim(now)
}

// BusyRate is the number of articles acknowledged per second from the
// start of the first batch to the end of the last one: the worker's rate
// while there was work.
func (m *Metrics) BusyRate() float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if secs := m.last.Sub(m.first).Seconds(); secs > 0 {
		return float64(m.Processed.Load()) / secs
	}
	return 0
}

// trim drops samples older than the rate window; m.mu is held.
func (m *Metrics) trim(now time.Time) {
	k := 0
	for k < len(m.recent) && now.Sub(m.recent[k].at) > rateWindow {
		k++
	}
	m.recent = append(m.recent[:0], m.recent[k:]...)
}

// Rate is the number of articles acknowledged per second over the last ten
// seconds (or since the start, if sooner).
func (m *Metrics) Rate() float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := time.Now()
	m.trim(now)
	n := 0
	for _, s := range m.recent {
		n += s.n
	}
	span := min(now.Sub(m.start), rateWindow).Seconds()
	if span <= 0 {
		return 0
	}
	return float64(n) / span
}

// ServeHTTP writes the metrics.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.WriteText(w)
}

// WriteText writes the metrics in the Prometheus text format.
func (m *Metrics) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	metric := func(name, kind, help string, v float64) {
		fmt.Fprintf(ew, "# HELP %s %s\n# TYPE %s %s\n%s %s\n", name, help, name, kind, name, num(v))
	}
	metric("khabar_worker_articles_per_second", "gauge", "Articles acknowledged per second over the last 10 s.", m.Rate())
	metric("khabar_worker_articles_processed_total", "counter", "Articles acknowledged: stored, or found stored already.", float64(m.Processed.Load()))
	metric("khabar_worker_articles_stored_total", "counter", "New articles written to the database.", float64(m.Stored.Load()))
	metric("khabar_worker_articles_duplicate_total", "counter", "Articles found in the database already.", float64(m.Duplicates.Load()))
	metric("khabar_worker_failures_total", "counter", "Failed attempts at an article (naked for redelivery or dead-lettered).", float64(m.Failures.Load()))
	metric("khabar_worker_redeliveries_total", "counter", "Messages received that had been delivered before.", float64(m.Redeliveries.Load()))
	metric("khabar_worker_dead_letters_total", "counter", "Articles sent to the dead-letter stream.", float64(m.DeadLetters.Load()))
	metric("khabar_worker_store_errors_total", "counter", "Failed database writes, each retried with backoff.", float64(m.StoreErrors.Load()))
	metric("khabar_queue_pending", "gauge", "Articles in the queue not yet delivered to any worker.", float64(m.Pending.Load()))
	metric("khabar_queue_in_flight", "gauge", "Articles delivered to workers and not yet acknowledged.", float64(m.InFlight.Load()))

	m.mu.Lock()
	batches, sum := m.batches, m.sum
	counts := append([]int64(nil), m.buckets...)
	m.mu.Unlock()
	const h = "khabar_worker_batch_seconds"
	fmt.Fprintf(ew, "# HELP %s Time from pulling a batch to acknowledging it.\n# TYPE %s histogram\n", h, h)
	var cum int64
	for i, le := range batchBuckets {
		cum += counts[i]
		fmt.Fprintf(ew, "%s_bucket{le=\"%s\"} %d\n", h, num(le), cum)
	}
	fmt.Fprintf(ew, "%s_bucket{le=\"+Inf\"} %d\n%s_sum %s\n%s_count %d\n", h, batches, h, num(sum), h, batches)
	return ew.err
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
