package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"khabar/article"
	"khabar/ingest"
	"khabar/store"
	_ "khabar/store/drivers"
)

func newIngestCmd() *cobra.Command {
	var (
		dsn              string
		workers, batch   int
		lexicons         []string
		quiet, countArts bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract articles and store them in a database",
		Long: `ingest reads articles (files, folders read recursively, JSON Lines, or -
for standard input), extracts each with one worker per core, and stores
the results in a database (a SQLite file, ./khabar.db unless --db says
otherwise, or PostgreSQL with --db postgres://…), in batched transactions.

It is idempotent: an article whose normalized text is already stored is
skipped before extraction, so running it again over the same input, or
after an interruption, stores each article once. Near-duplicate articles
are linked to one story, and an event reported by several articles is one
event with a mention count.

On a terminal it shows a progress bar with the rate and the time left;
otherwise it logs a line every ten seconds. Ctrl-C stops it: every batch
committed so far is kept. It ends with a summary; records that could not
be read or extracted are listed as FILE:LINE: reason and make the exit
status 1.`,
		Example: `  khabar ingest examples/
  khabar ingest --db news.db --workers 2 articles.jsonl more/
  cat feed.jsonl | khabar ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if queueRequested(cmd) {
				return runIngestQueue(cmd, args, lexicons, quiet)
			}
			if workers < 0 || batch < 0 {
				return usageError{fmt.Errorf("--workers and --batch must not be negative")}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			p, st, err := openPipelineStore(ctx, lexicons, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			ropts := article.DefaultOptions()
			ropts.Stdin = cmd.InOrStdin()
			opts := ingest.Options{Workers: workers, BatchSize: batch, Pipeline: p, Read: ropts}
			stderr := cmd.ErrOrStderr()
			var total int64
			if countArts && !quiet && isTerminal(stderr) && !slices.Contains(args, "-") {
				total = countArticles(ctx, args, ropts)
			}
			prog := newIngestProgress(stderr, total, quiet)
			opts.Progress = prog.update
			sum, err := ingest.Run(ctx, st, args, opts)
			prog.done(sum.Counts)
			for _, f := range sum.Failures {
				fmt.Fprintln(stderr, f)
			}
			if sum.Failed > len(sum.Failures) {
				fmt.Fprintf(stderr, "… and %d more failures\n", sum.Failed-len(sum.Failures))
			}
			fmt.Fprintf(stderr, "khabar: %s\n", sum)
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return errBatch
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dsn, "db", store.DefaultPath, "the database: a SQLite file, or postgres://… for PostgreSQL")
	cmd.Flags().IntVar(&workers, "workers", 0, "extracting workers (default: one per core)")
	cmd.Flags().IntVar(&batch, "batch", 0, fmt.Sprintf("articles per transaction (default %d)", ingest.DefaultBatchSize))
	cmd.Flags().StringArrayVar(&lexicons, "lexicon", nil, "a directory of your own lexicon files, read after the built-in one; repeatable")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress, only the summary")
	cmd.Flags().BoolVar(&countArts, "count", true, "on a terminal, count the articles first so that the bar shows the time left")
	addIngestQueueFlags(cmd)
	return cmd
}

// isTerminal reports whether w is a character device.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// countArticles reads the inputs once without extracting, for the bar's
// total.
func countArticles(ctx context.Context, paths []string, opts article.Options) int64 {
	var n int64
	for _, err := range article.Read(ctx, paths, opts) {
		if err == nil {
			n++
		}
	}
	return n
}

// ingestProgress shows an mpb bar on a terminal, or a log line every ten
// seconds otherwise.
type ingestProgress struct {
	w     io.Writer
	quiet bool
	p     *mpb.Progress
	bar   *mpb.Bar
	last  time.Time
	start time.Time
	prev  int
}

func newIngestProgress(w io.Writer, total int64, quiet bool) *ingestProgress {
	ip := &ingestProgress{w: w, quiet: quiet, start: time.Now(), last: time.Now()}
	if quiet || !isTerminal(w) {
		return ip
	}
	ip.p = mpb.New(mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithAutoRefresh())
	ip.bar = ip.p.New(total, mpb.BarStyle(),
		mpb.PrependDecorators(decor.Name("ingest "), decor.CountersNoUnit("%d / %d")),
		mpb.AppendDecorators(
			decor.AverageSpeed(0, " %.0f articles/s "),
			decor.OnComplete(decor.AverageETA(decor.ET_STYLE_MMSS), "done"),
		),
	)
	return ip
}

// update is ingest.Options.Progress.
func (ip *ingestProgress) update(c ingest.Counts) {
	n := c.Read + c.Failed
	switch {
	case ip.bar != nil:
		ip.bar.IncrBy(n - ip.prev)
	case !ip.quiet && time.Since(ip.last) >= 10*time.Second:
		ip.last = time.Now()
		fmt.Fprintf(ip.w, "khabar: ingest: %d read, %d stored, %d duplicates, %d failed, %.0f articles/s\n",
			c.Read, c.Stored, c.Duplicates, c.Failed, float64(c.Read)/time.Since(ip.start).Seconds())
	}
	ip.prev = n
}

// done ends the bar.
func (ip *ingestProgress) done(c ingest.Counts) {
	if ip.bar == nil {
		return
	}
	ip.bar.SetTotal(-1, true)
	ip.p.Wait()
}
