package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"khabar/queue"
	"khabar/store"
)

func newWorkerCmd() *cobra.Command {
	var (
		qf                 queueFlags
		dsn, metricsAddr   string
		batch, concurrency int
		maxDeliver         int
		ackWait, grace     time.Duration
		lexicons           []string
		quiet              bool
	)
	def := queue.DefaultConfig()
	cmd := &cobra.Command{
		Use:   "worker --queue nats://… --db postgres://…",
		Short: "Code articles from a NATS JetStream queue into a database",
		Long: `worker pulls articles that khabar ingest --queue published, in batches,
from a durable consumer that every worker shares, codes them, writes each
batch to the database in one transaction, and only then acknowledges it.
Run any number of workers on any number of machines against one
PostgreSQL database (a SQLite file only with a single worker).

A worker that dies loses nothing: its batch comes back to another worker
after --ack-wait, and an article already stored is never stored twice.
An article that panics the pipeline, or fails --max-deliver times, goes to
the dead-letter stream (STREAM_DEAD) with its error. Database errors are
retried with backoff, holding the batch. SIGTERM or Ctrl-C finishes the
batch in hand (within --grace) or hands it back, then exits.

With --metrics-addr it serves Prometheus metrics on /metrics: articles/s,
articles processed, queue depth, redeliveries, dead letters, store errors
and the batch latency histogram.`,
		Example: `  khabar worker --queue nats://127.0.0.1:4222 --db postgres://khabar@db/khabar
  khabar worker --queue nats://n1:4222,nats://n2:4222,nats://n3:4222 --db postgres://… --metrics-addr :9464`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if qf.url == "" {
				return usageError{errors.New("--queue is required: the NATS server(s) to pull from")}
			}
			cfg := qf.config()
			cfg.Batch, cfg.MaxDeliver, cfg.AckWait, cfg.Grace = batch, maxDeliver, ackWait, grace
			cfg.CrashLimit = max(cfg.CrashLimit, cfg.MaxDeliver)
			cfg.MaxAckPending = max(cfg.MaxAckPending, cfg.Batch)
			if err := cfg.Validate(); err != nil {
				return usageError{err}
			}
			if concurrency < 0 {
				return usageError{errors.New("--concurrency must not be negative")}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			stderr := cmd.ErrOrStderr()
			p, err := newPipeline(lexicons)
			if err != nil {
				return err
			}
			st, err := openStoreRetrying(ctx, dsn, stderr)
			if err != nil {
				return err
			}
			defer st.Close()
			nc, js, err := queue.Connect(cfg, "khabar worker")
			if err != nil {
				return err
			}
			defer nc.Close()
			logf := func(format string, args ...any) { fmt.Fprintf(stderr, "khabar: "+format+"\n", args...) }
			w, err := queue.NewWorker(js, st, cfg, queue.WorkerOptions{Pipeline: p, Concurrency: concurrency, Logf: logf})
			if err != nil {
				return err
			}
			if metricsAddr != "" {
				srv, err := serveMetrics(metricsAddr, w.Metrics())
				if err != nil {
					return err
				}
				defer srv.Close()
				logf("metrics on http://%s/metrics", srv.Addr)
			}
			start := time.Now()
			if !quiet {
				go logWorker(ctx, stderr, w.Metrics())
			}
			logf("worker pulling from %s (%s) into %s", cfg.Stream, cfg.URL, store.SchemeOf(dsn))
			err = w.Run(ctx)
			m := w.Metrics()
			secs := time.Since(start).Seconds()
			fmt.Fprintf(stderr, "khabar: worker: %d articles processed (%d stored, %d already stored) in %.1fs (%.0f articles/s while busy), %d redeliveries, %d dead letters, %d store errors\n",
				m.Processed.Load(), m.Stored.Load(), m.Duplicates.Load(), secs, m.BusyRate(),
				m.Redeliveries.Load(), m.DeadLetters.Load(), m.StoreErrors.Load())
			return err
		},
	}
	qf.add(cmd, "the NATS JetStream server(s) to pull from: nats://host:4222, or several separated by commas (required)")
	cmd.Flags().StringVar(&dsn, "db", store.DefaultPath, "the database: postgres://… (a SQLite file only for a single worker)")
	cmd.Flags().IntVar(&batch, "batch", def.Batch, "articles pulled and stored per transaction")
	cmd.Flags().IntVar(&concurrency, "concurrency", 0, "articles of a batch coded at once (default: one per core)")
	cmd.Flags().IntVar(&maxDeliver, "max-deliver", def.MaxDeliver, "failures after which an article goes to the dead letters")
	cmd.Flags().DurationVar(&ackWait, "ack-wait", def.AckWait, "how long an unacknowledged article waits before another worker gets it (applies when the consumer is created)")
	cmd.Flags().DurationVar(&grace, "grace", def.Grace, "on SIGTERM, how long to go on with the batch in hand before handing it back")
	cmd.Flags().StringVar(&metricsAddr, "metrics-addr", "", "serve Prometheus metrics on this address (host:port) at /metrics")
	cmd.Flags().StringArrayVar(&lexicons, "lexicon", nil, "a directory of your own lexicon files, read after the built-in one; repeatable (use the same on every worker and on ingest)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress lines, only the summary and errors")
	return cmd
}

// serveMetrics serves m on addr at /metrics until closed.
func serveMetrics(addr string, m *queue.Metrics) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m)
	srv := &http.Server{Addr: ln.Addr().String(), Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return srv, nil
}

// logWorker writes a progress line every ten seconds while work is done.
func logWorker(ctx context.Context, w io.Writer, m *queue.Metrics) {
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	var prev int64 = -1
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n := m.Processed.Load()
		if n == prev {
			continue
		}
		prev = n
		fmt.Fprintf(w, "khabar: worker: %d processed, %.0f articles/s, %d waiting in the queue, %d redeliveries, %d dead letters\n",
			n, m.Rate(), m.Pending.Load(), m.Redeliveries.Load(), m.DeadLetters.Load())
	}
}

// openStoreRetrying opens the database, trying again for up to 30 s: the
// database may be starting, and workers started together race to create
// a fresh schema (the loser of the race finds it made on its next try).
func openStoreRetrying(ctx context.Context, dsn string, w io.Writer) (store.Store, error) {
	deadline := time.Now().Add(30 * time.Second)
	for wait := 200 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		st, err := store.Open(ctx, dsn)
		if err == nil || ctx.Err() != nil || time.Now().After(deadline) {
			return st, err
		}
		fmt.Fprintf(w, "khabar: worker: opening the database: %v; trying again in %v\n", err, wait)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}
