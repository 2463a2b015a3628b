package main

import (
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"slices"
	"syscall"

	"github.com/spf13/cobra"

	"khabar/store"
	_ "khabar/store/drivers"
	"khabar/watch"
)

func newWatchCmd() *cobra.Command {
	var (
		dsn, feedsFile, contact string
		once                    bool
		lexicons                []string
	)
	cfg := watch.DefaultConfig()
	cmd := &cobra.Command{
		Use:   "watch [FEED_URL...]",
		Short: "Poll news feeds and store their new articles",
		Long: `watch polls RSS, Atom and JSON feeds every --interval, fetches the page
of each item it has not seen before, extracts the article and stores it in
the database (--db, as for ingest). What it has seen, and each feed's ETag
and Last-Modified for conditional requests, are kept in the database, so
a restart carries on where it stopped.

It fetches politely: one request per host every --host-interval, a
User-Agent naming khabar, its version and --contact (set it to an address
where site owners can reach you), timeouts, retries with backoff that
honour Retry-After, at most --max-redirects redirects, pages of at most
--max-page bytes, and only HTML pages. When a page fails, the item's text
from the feed (often a summary) is stored instead.

It logs one line per poll and per failure to standard error and goes on
when a feed fails. Ctrl-C or SIGTERM stops it after committing what was
extracted; --once polls each feed once and exits (status 1 if a feed
failed).`,
		Example: `  khabar watch https://example.af/rss.xml https://example.ir/feed
  khabar watch --feeds feeds.txt --db news.db --interval 15m --contact ops@example.org
  khabar watch --once --feeds feeds.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			feeds, err := watchFeeds(args, feedsFile)
			if err != nil {
				return err
			}
			cfg.UserAgent = watch.UserAgent(contact)
			if err := cfg.Validate(); err != nil {
				return usageError{err}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			p, st, err := openPipelineStore(ctx, lexicons, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			stderr := cmd.ErrOrStderr()
			log := slog.New(slog.NewTextHandler(stderr, nil))
			w, err := watch.New(st, p, cfg, log)
			if err != nil {
				return err
			}
			log.Info("watching", "feeds", len(feeds), "interval", cfg.Interval, "user_agent", cfg.UserAgent)
			var tot watch.Totals
			if once {
				for _, r := range w.PollAll(ctx, feeds) {
					tot.Add(r)
				}
			} else {
				tot = w.Run(ctx, feeds)
			}
			fmt.Fprintf(stderr, "khabar: watch: %s\n", tot)
			if once && tot.Failed > 0 {
				return errBatch
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dsn, "db", store.DefaultPath, "the database: a SQLite file, or postgres://… for PostgreSQL")
	f.StringVar(&feedsFile, "feeds", "", "a file of feed URLs, one a line (# starts a comment)")
	f.BoolVar(&once, "once", false, "poll each feed once and exit")
	f.DurationVar(&cfg.Interval, "interval", cfg.Interval, "time between two polls of a feed")
	f.DurationVar(&cfg.HostInterval, "host-interval", cfg.HostInterval, "least time between two requests to one host (0: no limit)")
	f.StringVar(&contact, "contact", "", "an e-mail address or URL for site owners, sent in the User-Agent")
	f.DurationVar(&cfg.ConnectTimeout, "connect-timeout", cfg.ConnectTimeout, "timeout for connecting")
	f.DurationVar(&cfg.RequestTimeout, "timeout", cfg.RequestTimeout, "timeout for one attempt at a request, body included")
	f.IntVar(&cfg.Retries, "retries", cfg.Retries, "retries after a network error, a timeout, a 5xx or a 429")
	f.IntVar(&cfg.MaxRedirects, "max-redirects", cfg.MaxRedirects, "redirects one request may follow")
	f.Int64Var(&cfg.MaxPageBytes, "max-page", cfg.MaxPageBytes, "largest page read, in bytes")
	f.Int64Var(&cfg.MaxFeedBytes, "max-feed", cfg.MaxFeedBytes, "largest feed read, in bytes")
	f.IntVar(&cfg.BatchSize, "batch", cfg.BatchSize, "articles per transaction")
	f.BoolVar(&cfg.PrivatePages, "private-pages", cfg.PrivatePages, "fetch item pages at loopback, private and link-local addresses too (off: a feed cannot send the watcher into your network)")
	f.DurationVar(&cfg.ForgetSeenAfter, "forget-seen", cfg.ForgetSeenAfter, "forget an item this long after it was first seen once its feed no longer lists it (0: never)")
	f.IntVar(&cfg.Parallel, "parallel", cfg.Parallel, "feeds polled at once")
	f.StringArrayVar(&lexicons, "lexicon", nil, "a directory of your own lexicon files, read after the built-in one; repeatable")
	return cmd
}

// watchFeeds gathers the feed URLs of the arguments and of the --feeds
// file.
func watchFeeds(args []string, file string) ([]string, error) {
	var feeds []string
	for _, a := range args {
		if err := watch.CheckFeedURL(a); err != nil {
			return nil, usageError{err}
		}
		feeds = append(feeds, a)
	}
	if file != "" {
		fh, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer fh.Close()
		list, err := watch.ReadFeedList(fh, file)
		if err != nil {
			return nil, err
		}
		feeds = append(feeds, list...)
	}
	if len(feeds) == 0 {
		return nil, usageError{fmt.Errorf("no feed: give FEED_URL arguments or --feeds FILE")}
	}
	var out []string
	for _, f := range feeds {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
}
