package main

import (
	"time"

	"github.com/spf13/cobra"

	"khabar/queue"
)

// queueFlags are the flags that name the queue, shared by ingest --queue
// and worker.
type queueFlags struct {
	url, stream string
	replicas    int
	dupWindow   time.Duration
}

// add registers the flags on cmd.
func (q *queueFlags) add(cmd *cobra.Command, urlHelp string) {
	fs := cmd.Flags()
	def := queue.DefaultConfig()
	fs.StringVar(&q.url, "queue", "", urlHelp)
	fs.StringVar(&q.stream, "stream", def.Stream, "the JetStream work stream (the dead letters go to STREAM_DEAD, the consumer is stream-workers)")
	fs.IntVar(&q.replicas, "replicas", def.Replicas, "copies of each stream when it is created: 1, or 3 on a cluster of three")
	fs.DurationVar(&q.dupWindow, "dedupe-window", def.DuplicateWindow, "how long JetStream drops a repeated article id, when the stream is created")
}

// config returns the queue configuration the flags say.
func (q *queueFlags) config() queue.Config {
	cfg := queue.DefaultConfig()
	cfg.URL = q.url
	cfg.Stream = q.stream
	if q.stream != queue.DefaultConfig().Stream {
		cfg.DeadStream = q.stream + "_DEAD"
		cfg.Consumer = lowerASCII(q.stream) + "-workers"
	}
	cfg.Replicas = q.replicas
	cfg.DuplicateWindow = q.dupWindow
	return cfg
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
