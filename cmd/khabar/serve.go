package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"khabar/ingest"
	"khabar/pipeline"
	"khabar/server"
	"khabar/store"
	_ "khabar/store/drivers"
)

func newServeCmd() *cobra.Command {
	var dsn, addr, token string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API and the web page over a database",
		Long: `serve answers a JSON API over a database that khabar ingest filled and
serves a web page that uses it: search, the events table with filters, the
timeline of event counts, the network of actors, and each article with its
entities and event triggers marked in the text.

The API is described in OpenAPI 3 at /api/openapi.json: /api/articles,
/api/articles/{id}, /api/events, /api/search, /api/actors, /api/network,
/api/stats and /api/stats/timeline. Lists answer {"items", "next",
"total"}; pass next back as ?cursor=. Errors answer {"error": "…"}.

POST /api/articles (JSON Lines, one article per line) extracts and stores
articles; it is off unless --token (or the KHABAR_TOKEN environment
variable) gives a token of at least 16 characters, and then it needs the
header "Authorization: Bearer <token>".

Ctrl-C stops the server after the requests in flight.`,
		Example: `  khabar serve
  khabar serve --db news.db --addr 127.0.0.1:9000
  KHABAR_TOKEN=$(openssl rand -hex 16) khabar serve --db postgres://localhost/test`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("serve takes no arguments (got %q); name the database with --db", args[0])}
			}
			if token == "" {
				token = os.Getenv("KHABAR_TOKEN")
			}
			cfg := server.DefaultConfig()
			cfg.Token = token
			if err := cfg.Validate(); err != nil {
				return usageError{err}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			st, err := store.Open(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			var ex server.Extractor
			if token != "" {
				p, err := pipeline.New(pipeline.DefaultConfig())
				if err != nil {
					return err
				}
				ex = p
				cfg.Lexicon = ingest.LexiconVersion(p)
			}
			return serve(ctx, st, ex, cfg, addr, dbName(dsn), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&dsn, "db", store.DefaultPath, "the database: a SQLite file, or postgres://… for PostgreSQL")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "the address to listen on, host:port (port 0 picks a free one)")
	cmd.Flags().StringVar(&token, "token", "", "turn on POST /api/articles for requests with this bearer token (at least 16 characters; default $KHABAR_TOKEN)")
	return cmd
}

// serve runs the server over st until ctx is done, telling out where.
func serve(ctx context.Context, st store.Store, ex server.Extractor, cfg server.Config, addr, name string, out io.Writer) error {
	srv, err := server.New(st, ex, cfg)
	if err != nil {
		return err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	return srv.ListenAndServe(ctx, addr, func(url string) {
		fmt.Fprintf(out, "khabar: serving %s (%d articles, %d events) at %s\n", name, stats.Articles, stats.Events, url)
		if stats.Articles == 0 {
			fmt.Fprintln(out, "khabar: the database is empty; fill it with khabar ingest, or try khabar demo")
		}
		if cfg.Token != "" {
			fmt.Fprintln(out, "khabar: POST /api/articles is on for the token given")
		}
		fmt.Fprintln(out, "khabar: Ctrl-C stops")
	})
}

// dbName names a database for messages without a PostgreSQL password.
func dbName(dsn string) string {
	if dsn == "" {
		dsn = store.DefaultPath
	}
	if store.SchemeOf(dsn) == "postgres" {
		return "the PostgreSQL database"
	}
	return dsn
}
