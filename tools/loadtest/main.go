// Command loadtest puts the khabar API under load: many concurrent clients
// send a mix of API requests for a fixed time, and it reports the request
// rate, the errors and the latency percentiles, overall and per endpoint.
//
// By default it starts its own server (the server package, in process)
// over a SQLite database in a temporary folder, filled with the demo
// articles and variants of them:
//
//	go run ./tools/loadtest                      # 200 clients, 30 s
//	go run ./tools/loadtest -clients 50 -duration 10s -articles 500
//	go run ./tools/loadtest -url http://127.0.0.1:8080/   # a running khabar serve
//
// It only ever sends traffic to loopback addresses. Every request that
// does not end in a 2xx answer counts as an error; the exit status is 1
// when there was any.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"khabar/server"
	"khabar/store"
	_ "khabar/store/drivers"
)

func main() {
	var cfg config
	flag.IntVar(&cfg.clients, "clients", 200, "concurrent clients")
	flag.DurationVar(&cfg.duration, "duration", 30*time.Second, "how long to send requests")
	flag.StringVar(&cfg.url, "url", "", "a running khabar serve on a loopback address; empty starts one in process")
	flag.IntVar(&cfg.articles, "articles", 1000, "articles in the in-process database: the demo ones and variants of them")
	flag.Parse()
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

type config struct {
	clients  int
	duration time.Duration
	url      string
	articles int
}

func run(cfg config, out io.Writer) error {
	if cfg.clients < 1 || cfg.duration <= 0 || cfg.duration > 10*time.Minute {
		return fmt.Errorf("-clients must be at least 1 and -duration between 0 and 10m")
	}
	base, ids := cfg.url, []string(nil)
	if base == "" {
		dir, err := os.MkdirTemp("", "khabar-loadtest-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st, err := store.Open(ctx, filepath.Join(dir, "load.db"))
		if err != nil {
			return err
		}
		defer st.Close()
		start := time.Now()
		if ids, err = seed(ctx, st, cfg.articles); err != nil {
			return err
		}
		fmt.Fprintf(out, "seeded %d articles in %v\n", len(ids), time.Since(start).Round(time.Millisecond))
		scfg := server.DefaultConfig()
		scfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		srv, err := server.New(st, nil, scfg)
		if err != nil {
			return err
		}
		ready := make(chan string, 1)
		go srv.ListenAndServe(ctx, "127.0.0.1:0", func(u string) { ready <- u })
		base = <-ready
	} else if err := checkLoopback(base); err != nil {
		return err
	}
	paths, err := requestMix(base, ids)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d clients for %v against %s\n", cfg.clients, cfg.duration, base)
	res := load(base, paths, cfg.clients, cfg.duration)
	res.report(out)
	if res.errors() > 0 {
		return fmt.Errorf("%d requests failed", res.errors())
	}
	return nil
}

// checkLoopback refuses a target that is not on this machine.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Errorf("-url %q is not an http URL", raw)
	}
	addrs, err := net.LookupIP(u.Hostname())
	if err != nil {
		return fmt.Errorf("-url: %w", err)
	}
	for _, a := range addrs {
		if !a.IsLoopback() {
			return fmt.Errorf("-url %s is not a loopback address; loadtest only loads this machine", u.Hostname())
		}
	}
	return nil
}

// client is shared by all load clients, with a connection for each.
func client(clients int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = clients
	tr.MaxIdleConnsPerHost = clients
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}
