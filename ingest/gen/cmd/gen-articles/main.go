// Command gen-articles writes N invented articles as JSON Lines (see
// package khabar/ingest/gen), for measuring khabar ingest:
//
//	go run ./ingest/gen/cmd/gen-articles -n 50000 > /tmp/gen.jsonl
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"khabar/ingest/gen"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same articles")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	if err := gen.New(*seed).WriteJSONL(w, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gen-articles:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gen-articles:", err)
		os.Exit(1)
	}
}
