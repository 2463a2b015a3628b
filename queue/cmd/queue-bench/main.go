// Command queue-bench measures the distributed mode: it generates
// articles, publishes them to a JetStream queue, and times 1, 2, 4… khabar
// worker processes draining it into PostgreSQL (a fresh schema per run),
// against one single-process khabar ingest of the same articles.
//
//	go build -o /tmp/khabar ./cmd/khabar
//	go run ./queue/cmd/queue-bench -khabar /tmp/khabar -n 50000 -workers 1,2,4 \
//	    -db 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable'
//
// Each worker runs with -concurrency (default 1: one core per worker).
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"khabar/ingest/gen"
	"khabar/pipeline"
	"khabar/queue"
)

func main() {
	var (
		n           = flag.Int("n", 50000, "generated articles")
		workerList  = flag.String("workers", "1,2,4", "worker counts to run, comma separated")
		natsURL     = flag.String("nats", "nats://127.0.0.1:4222", "the NATS server(s)")
		dsn         = flag.String("db", "postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "the PostgreSQL database (a schema per run is created and dropped)")
		khabarBin   = flag.String("khabar", "", "the khabar binary (go build -o /tmp/khabar ./cmd/khabar)")
		concurrency = flag.Int("concurrency", 1, "articles coded at once per worker")
		batch       = flag.Int("batch", 50, "articles per transaction")
		baseline    = flag.Bool("baseline", true, "also time single-process khabar ingest")
		replicas    = flag.Int("replicas", 1, "stream replicas")
	)
	flag.Parse()
	if *khabarBin == "" {
		log.Fatal("queue-bench: -khabar is required (go build -o /tmp/khabar ./cmd/khabar)")
	}
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "queue-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "gen.jsonl")
	f, err := os.Create(in)
	if err != nil {
		log.Fatal(err)
	}
	if err := gen.New(1).WriteJSONL(f, *n); err != nil {
		log.Fatal(err)
	}
	f.Close()
	p, err := pipeline.New(pipeline.DefaultConfig())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("queue-bench: %d generated articles, batch %d, concurrency %d per worker, %s, PostgreSQL\n", *n, *batch, *concurrency, *natsURL)
	var base float64
	if *baseline {
		db := freshSchema(ctx, *dsn, "ingest")
		start := time.Now()
		out, err := exec.Command(*khabarBin, "ingest", "--quiet", "--db", db, in).CombinedOutput()
		if err != nil {
			log.Fatalf("khabar ingest: %v\n%s", err, out)
		}
		secs := time.Since(start).Seconds()
		base = float64(*n) / secs
		fmt.Printf("single-process khabar ingest (one worker per core): %.1fs, %.0f articles/s\n  %s", secs, base, out)
		dropSchema(ctx, *dsn, "ingest")
	}
	fmt.Printf("%8s %10s %12s %18s %14s\n", "workers", "seconds", "articles/s", "per worker", "vs ingest")
	for _, s := range strings.Split(*workerList, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 {
			log.Fatalf("queue-bench: -workers %q", *workerList)
		}
		secs := runWorkers(ctx, p, *khabarBin, *natsURL, *dsn, in, k, *concurrency, *batch, *replicas)
		rate := float64(*n) / secs
		vs := ""
		if base > 0 {
			vs = fmt.Sprintf("%.2f×", rate/base)
		}
		fmt.Printf("%8d %10.1f %12.0f %18.0f %14s\n", k, secs, rate, rate/float64(k), vs)
	}
}

// runWorkers publishes the articles to a fresh stream, starts k workers
// and returns the seconds from their start to the drained queue.
func runWorkers(ctx context.Context, p *pipeline.Pipeline, bin, natsURL, dsn, in string, k, concurrency, batch, replicas int) float64 {
	name := fmt.Sprintf("BENCH_W%d", k)
	cfg := queue.DefaultConfig()
	cfg.URL, cfg.Stream, cfg.DeadStream, cfg.Consumer, cfg.Replicas = natsURL, name, name+"_DEAD", strings.ToLower(name)+"-workers", replicas
	cfg.Batch = batch
	nc, js, err := queue.Connect(cfg, "queue-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Close()
	if err := queue.Delete(ctx, js, cfg); err != nil {
		log.Fatal(err)
	}
	defer queue.Delete(ctx, js, cfg)
	sum, err := queue.Publish(ctx, js, cfg, []string{in}, queue.PublishOptions{Pipeline: p})
	if err != nil || sum.Failed > 0 {
		log.Fatalf("publish: %v %s %q", err, sum, sum.Failures)
	}
	db := freshSchema(ctx, dsn, fmt.Sprintf("w%d", k))
	defer dropSchema(ctx, dsn, fmt.Sprintf("w%d", k))
	var cmds []*exec.Cmd
	start := time.Now()
	for i := range k {
		cmd := exec.Command(bin, "worker", "--quiet", "--queue", natsURL, "--stream", name, "--db", db,
			"--concurrency", strconv.Itoa(concurrency), "--batch", strconv.Itoa(batch))
		logf, _ := os.Create(filepath.Join(os.TempDir(), fmt.Sprintf("queue-bench-w%d-%d.log", k, i)))
		cmd.Stderr = logf
		if err := cmd.Start(); err != nil {
			log.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	if _, err := queue.WaitDrained(ctx, js, cfg, 250*time.Millisecond, nil); err != nil {
		log.Fatal(err)
	}
	secs := time.Since(start).Seconds()
	for _, c := range cmds {
		c.Process.Signal(syscall.SIGTERM)
		c.Wait()
	}
	return secs
}

// freshSchema creates the schema khabar_bench_<suffix> and returns a DSN
// that uses it.
func freshSchema(ctx context.Context, dsn, suffix string) string {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close(ctx)
	schema := "khabar_bench_" + suffix
	conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		log.Fatal(err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		log.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func dropSchema(ctx context.Context, dsn, suffix string) {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return
	}
	defer conn.Close(ctx)
	conn.Exec(ctx, "DROP SCHEMA IF EXISTS khabar_bench_"+suffix+" CASCADE")
}
