package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"khabar/examples/demo"
	"khabar/ingest"
	"khabar/server"
	"khabar/store"
)

func newDemoCmd() *cobra.Command {
	var addr string
	var keep bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Load the bundled sample articles into a temporary database and serve the page",
		Long: `demo writes the sample articles bundled with khabar (examples/demo: short,
invented news reports in Dari, Iranian Persian and English on Central
Asian, Afghan and Iranian diplomacy, trade and mining) to a temporary
folder, ingests them into a SQLite database there, and serves the web page
and the API over it, as khabar serve does. It prints the page's address.

Ctrl-C stops it and removes the temporary folder, unless --keep is given.`,
		Example: `  khabar demo
  khabar demo --addr 127.0.0.1:0 --keep`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("demo takes no arguments (got %q)", args[0])}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runDemo(ctx, addr, keep, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "the address to listen on, host:port (port 0 picks a free one)")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the temporary folder with the articles and the database")
	return cmd
}

// runDemo ingests the demo articles into a temporary SQLite database and
// serves it until ctx is done.
func runDemo(ctx context.Context, addr string, keep bool, stdout, stderr io.Writer) error {
	dir, err := os.MkdirTemp("", "khabar-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if keep {
		fmt.Fprintf(stderr, "khabar: demo: keeping %s\n", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	articles := filepath.Join(dir, "articles")
	n, err := writeDemoArticles(articles)
	if err != nil {
		return err
	}
	dbPath := filepath.Join(dir, "khabar.db")
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingest.Run(ctx, st, []string{articles}, ingest.Options{})
	if err != nil {
		return fmt.Errorf("demo: ingesting: %w", err)
	}
	fmt.Fprintf(stderr, "khabar: demo: %d sample articles: %s\n", n, sum)
	for _, f := range sum.Failures {
		fmt.Fprintln(stderr, f)
	}
	if sum.Failed > 0 || sum.Interrupted {
		return fmt.Errorf("demo: %d of the sample articles failed", sum.Failed)
	}
	return serve(ctx, st, nil, server.DefaultConfig(), addr, "the demo database "+dbPath, stdout)
}

// writeDemoArticles copies the bundled sample articles into dir and
// returns how many there are.
func writeDemoArticles(dir string) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("demo: %w", err)
	}
	names, err := fs.Glob(demo.Articles, "*.txt")
	if err != nil || len(names) == 0 {
		return 0, fmt.Errorf("demo: no sample articles bundled (%v)", err)
	}
	for _, name := range names {
		b, err := demo.Articles.ReadFile(name)
		if err != nil {
			return 0, fmt.Errorf("demo: %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return 0, fmt.Errorf("demo: %w", err)
		}
	}
	return len(names), nil
}
