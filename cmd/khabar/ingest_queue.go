package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"khabar/article"
	"khabar/queue"
)

// addIngestQueueFlags adds --queue and its companions to ingest.
func addIngestQueueFlags(cmd *cobra.Command) {
	var qf queueFlags
	qf.add(cmd, "publish the articles to this NATS JetStream queue (nats://host:4222, or several separated by commas) for khabar worker, instead of coding them here")
	cmd.Flags().Bool("no-wait", false, "with --queue: return once published, without waiting for the workers to drain the queue")
}

// queueRequested reports whether ingest was given --queue.
func queueRequested(cmd *cobra.Command) bool {
	u, _ := cmd.Flags().GetString("queue")
	return u != ""
}

// ingestQueueFlags reads the flags addIngestQueueFlags added.
func ingestQueueFlags(cmd *cobra.Command) (qf queueFlags, noWait bool) {
	fs := cmd.Flags()
	qf.url, _ = fs.GetString("queue")
	qf.stream, _ = fs.GetString("stream")
	qf.replicas, _ = fs.GetInt("replicas")
	qf.dupWindow, _ = fs.GetDuration("dedupe-window")
	noWait, _ = fs.GetBool("no-wait")
	return qf, noWait
}

// runIngestQueue is ingest --queue: it publishes every article to the
// work queue, then reports progress as the workers drain it.
func runIngestQueue(cmd *cobra.Command, args, lexicons []string, quiet bool) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	stderr := cmd.ErrOrStderr()
	qf, noWait := ingestQueueFlags(cmd)
	cfg := qf.config()
	if err := cfg.Validate(); err != nil {
		return usageError{err}
	}
	p, err := newPipeline(lexicons)
	if err != nil {
		return err
	}
	nc, js, err := queue.Connect(cfg, "khabar ingest")
	if err != nil {
		return err
	}
	defer nc.Close()
	ropts := article.DefaultOptions()
	ropts.Stdin = cmd.InOrStdin()
	last := time.Now()
	opts := queue.PublishOptions{Pipeline: p, Read: ropts, Progress: func(c queue.PublishCounts) {
		if !quiet && time.Since(last) >= 5*time.Second {
			last = time.Now()
			fmt.Fprintf(stderr, "khabar: ingest: %d read, %d published, %d repeats dropped, %d failed\n", c.Read, c.Published, c.Duplicates, c.Failed)
		}
	}}
	sum, err := queue.Publish(ctx, js, cfg, args, opts)
	if err != nil {
		return err
	}
	for _, f := range sum.Failures {
		fmt.Fprintln(stderr, f)
	}
	if sum.Failed > len(sum.Failures) {
		fmt.Fprintf(stderr, "… and %d more failures\n", sum.Failed-len(sum.Failures))
	}
	fmt.Fprintf(stderr, "khabar: published to %s: %s\n", cfg.Stream, sum)
	if !noWait && !sum.Interrupted {
		if err := waitQueue(ctx, js, cfg, quiet, stderr); err != nil {
			return err
		}
	}
	if sum.Failed > 0 {
		return errBatch
	}
	return nil
}

// waitQueue reports the queue's depth every few seconds until it is
// drained, then sums up the drain.
func waitQueue(ctx context.Context, js jetstream.JetStream, cfg queue.Config, quiet bool, w io.Writer) error {
	start := time.Now()
	var first, prev queue.QueueStatus
	report := func(s queue.QueueStatus) {
		if first.At.IsZero() {
			first = s
		}
		if !quiet && (prev.At.IsZero() || s.At.Sub(prev.At) >= 5*time.Second) {
			rate := 0.0
			if !prev.At.IsZero() && prev.Left >= s.Left {
				rate = float64(prev.Left-s.Left) / s.At.Sub(prev.At).Seconds()
			}
			eta := ""
			if rate > 0 {
				eta = fmt.Sprintf(", about %s to go", (time.Duration(float64(s.Left)/rate) * time.Second).Round(time.Second))
			}
			fmt.Fprintf(w, "khabar: queue %s: %d left (%d waiting, %d in flight, %d redelivered), %d dead letters, %.0f articles/s%s\n",
				cfg.Stream, s.Left, s.Waiting, s.InFlight, s.Redelivered, s.Dead, rate, eta)
			prev = s
		}
	}
	last, err := queue.WaitDrained(ctx, js, cfg, time.Second, report)
	if err != nil {
		fmt.Fprintf(w, "khabar: stopped waiting with %d articles left in %s; the workers go on\n", last.Left, cfg.Stream)
		return nil
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(w, "khabar: queue %s drained: %d articles coded in %.1fs (%.0f articles/s), %d dead letters\n",
		cfg.Stream, first.Left, secs, float64(first.Left)/secs, last.Dead)
	if last.Dead > 0 {
		fmt.Fprintf(w, "khabar: see the dead letters with: nats stream view %s\n", cfg.DeadStream)
	}
	return nil
}
