package watch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"khabar/article"
	"khabar/article/feed"
)

func TestHostLimiter(t *testing.T) {
	const every = 40 * time.Millisecond
	cases := []struct {
		name  string
		hosts []string // one request each, all at once
		min   time.Duration
		max   time.Duration
	}{
		// Three requests to one host take two intervals.
		{"one host", []string{"a:80", "a:80", "a:80"}, 2 * every, 4 * every},
		// Different hosts (ports count) do not wait for each other.
		{"three hosts", []string{"a:80", "a:81", "b:80"}, 0, every},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := newHostLimiter(every)
			start := time.Now()
			var wg sync.WaitGroup
			for _, h := range c.hosts {
				wg.Go(func() {
					if err := l.wait(context.Background(), h); err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
			if d := time.Since(start); d < c.min || d > c.max {
				t.Errorf("took %s, want %s to %s", d, c.min, c.max)
			}
		})
	}
	// A wait ends with its context.
	l := newHostLimiter(time.Hour)
	_ = l.wait(context.Background(), "h")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := l.wait(ctx, "h"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("wait past the deadline: %v", err)
	}
}

func TestBackoff(t *testing.T) {
	base, max := 100*time.Millisecond, time.Second
	cases := []struct {
		n        int
		lo, high time.Duration
	}{
		{0, 50 * time.Millisecond, 100 * time.Millisecond},  // the first retry: base, less up to half
		{2, 200 * time.Millisecond, 400 * time.Millisecond}, // doubled twice
		{10, 500 * time.Millisecond, time.Second},           // capped at max
		{200, 500 * time.Millisecond, time.Second},          // no overflow however many
	}
	for _, c := range cases {
		for range 50 {
			if d := backoff(c.n, base, max); d < c.lo || d > c.high {
				t.Errorf("backoff(%d) = %s, want %s to %s", c.n, d, c.lo, c.high)
			}
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 11, 10, 8, 0, 0, 0, time.UTC)
	cases := []struct {
		value string
		want  time.Duration
	}{
		{"", 0},                // absent
		{"3", 3 * time.Second}, // seconds
		{"0", 0},               // now
		{"-5", 0},              // nonsense
		{"soon", 0},            // unreadable
		{"Mon, 10 Nov 2025 08:01:00 GMT", time.Minute}, // an HTTP date
		{"Mon, 10 Nov 2025 07:00:00 GMT", 0},           // a date in the past
		{"99999999999999", 1 << 30 * time.Second},      // huge: capped, no overflow
	}
	for _, c := range cases {
		h := http.Header{}
		if c.value != "" {
			h.Set("Retry-After", c.value)
		}
		if got := retryAfter(h, now); got != c.want {
			t.Errorf("Retry-After %q = %s, want %s", c.value, got, c.want)
		}
	}
}

func TestReadFeedList(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
		err      string
	}{
		// Comments, blank lines and repeats are dropped.
		{"list", "# Afghan agencies\nhttps://a.example/rss\n\n  https://b.example/feed  \nhttps://a.example/rss\n", []string{"https://a.example/rss", "https://b.example/feed"}, ""},
		// A line that is not a web address is reported with its line.
		{"bad line", "https://a.example/rss\nfeeds.txt\n", nil, "list.txt:2: watch: not an http or https URL"},
		// Other schemes are refused.
		{"file URL", "file:///etc/passwd\n", nil, "list.txt:1:"},
	}
	for _, c := range cases {
		got, err := ReadFeedList(strings.NewReader(c.in), "list.txt")
		if c.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), c.err) {
				t.Errorf("%s: err = %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*Config)
		field string // "" when valid
	}{
		{"defaults", func(*Config) {}, ""},                                   // DefaultConfig is valid
		{"no host limit", func(c *Config) { c.HostInterval = 0 }, ""},        // 0 turns the limit off
		{"no retries", func(c *Config) { c.Retries = 0 }, ""},                // one try
		{"zero interval", func(c *Config) { c.Interval = 0 }, "Interval"},    // would poll in a loop
		{"no user agent", func(c *Config) { c.UserAgent = "" }, "UserAgent"}, // anonymous requests
		// A cap below the first wait cannot hold.
		{"max below base", func(c *Config) { c.BackoffMax = c.BackoffBase / 2 }, "BackoffMax"},
		// Every page must have a cap.
		{"no page cap", func(c *Config) { c.MaxPageBytes = 0 }, "MaxPageBytes"},
		// Retries count up from 0.
		{"negative retries", func(c *Config) { c.Retries = -1 }, "Retries"},
	}
	for _, c := range cases {
		cfg := DefaultConfig()
		c.edit(&cfg)
		err := cfg.Validate()
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.field != "" && (!errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), c.field+" ")):
			t.Errorf("%s: err = %v, want one naming %s", c.name, err, c.field)
		}
	}
}

func TestItemKeyAndLang(t *testing.T) {
	keys := []struct {
		it   feed.Item
		want string
	}{
		{feed.Item{GUID: "g1", URL: "https://x/1"}, "guid:g1"}, // the GUID first
		{feed.Item{URL: "https://x/1"}, "url:https://x/1"},     // else the link
		{feed.Item{Title: "t", Body: "b"}, "text:"},            // else a hash of the text
		{feed.Item{GUID: strings.Repeat("g", 5000)}, "hash:"},  // too long for the store: hashed
	}
	for _, c := range keys {
		if got := itemKey(c.it); !strings.HasPrefix(got, c.want) || len(got) > 4096 {
			t.Errorf("itemKey(%+v) = %q, want %q…", c.it.GUID, got, c.want)
		}
	}
	langs := []struct{ tag, lang, variant string }{
		{"fa-AF", "fa", "fa-AF"}, // Dari
		{"fa_IR", "fa", "fa-IR"}, // Iranian Persian, underscore
		{"prs", "fa", "fa-AF"},   // ISO 639-3 for Dari
		{"fa", "fa", ""},         // Persian, variant left to the pipeline
		{"EN-us", "en", ""},      // case and region
		{"pus", "ps", ""},        // Pashto
		{"", "", ""},             // undeclared
	}
	for _, c := range langs {
		if l, v := article.SplitLang(c.tag); l != c.lang || v != c.variant {
			t.Errorf("article.SplitLang(%q) = %q, %q; want %q, %q", c.tag, l, v, c.lang, c.variant)
		}
	}
}
