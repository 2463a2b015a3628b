package queue_test

import (
	"strings"
	"testing"
	"time"

	"khabar/queue"
)

func TestConfigValidate(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*queue.Config)
		field string // "" when valid
	}{
		// The defaults are usable as they are.
		{"defaults", func(c *queue.Config) {}, ""},
		// A stream name with a dot would make a subject hierarchy.
		{"dotted stream", func(c *queue.Config) { c.Stream = "a.b" }, "Config.Stream"},
		// The dead letters must not go back to the work stream.
		{"dead stream is the work stream", func(c *queue.Config) { c.DeadStream = c.Stream }, "Config.DeadStream"},
		// JetStream keeps at most five replicas.
		{"six replicas", func(c *queue.Config) { c.Replicas = 6 }, "Config.Replicas"},
		// An ack wait this short would redeliver every batch.
		{"tiny ack wait", func(c *queue.Config) { c.AckWait = time.Millisecond }, "Config.AckWait"},
		// A crash limit below MaxDeliver would hide failures.
		{"crash limit below max deliver", func(c *queue.Config) { c.CrashLimit = 1; c.MaxDeliver = 3 }, "Config.CrashLimit"},
		// The consumer must let a whole batch be in flight.
		{"ack pending below batch", func(c *queue.Config) { c.MaxAckPending = 10; c.Batch = 50 }, "Config.MaxAckPending"},
		// No URL, no queue.
		{"no url", func(c *queue.Config) { c.URL = "" }, "Config.URL"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := queue.DefaultConfig()
			c.edit(&cfg)
			err := cfg.Validate()
			switch {
			case c.field == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case c.field != "" && (err == nil || !strings.Contains(err.Error(), c.field)):
				t.Errorf("error %v, want one naming %s", err, c.field)
			}
		})
	}
}

func TestSubjects(t *testing.T) {
	cfg := queue.DefaultConfig()
	cfg.Stream = "News_FA"
	if cfg.Subject() != "news_fa.articles" || cfg.DeadSubject() != "news_fa.dead" {
		t.Errorf("subjects %q, %q", cfg.Subject(), cfg.DeadSubject())
	}
}
