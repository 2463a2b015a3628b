// Command gen-articles writes N invented articles as JSON Lines (see
// package khabar/ingest/gen), for measuring khabar ingest and extract, or
// with -dir as a folder of dated text files:
//
//	go run ./ingest/gen/cmd/gen-articles -n 50000 > /tmp/gen.jsonl
//	go run ./ingest/gen/cmd/gen-articles -n 5000 -min-bytes 3000 -dir /tmp/gen3k
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
	minBytes := flag.Int("min-bytes", 0, "make every body at least this many bytes (0: 6 to 11 sentences, about 1 KB)")
	dir := flag.String("dir", "", "write one dated text file per article into this folder instead of JSON Lines to standard output")
	flag.Parse()
	g := gen.New(*seed)
	g.MinBytes = *minBytes
	if *dir != "" {
		if err := g.WriteDir(*dir, *n); err != nil {
			fmt.Fprintln(os.Stderr, "gen-articles:", err)
			os.Exit(1)
		}
		return
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	if err := g.WriteJSONL(w, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gen-articles:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gen-articles:", err)
		os.Exit(1)
	}
}
