package watch

import (
	"fmt"
	"time"
)

// Config says how the watcher polls and fetches. Start from DefaultConfig:
// the zero value is not valid (Validate says which field is wrong).
type Config struct {
	// Interval is the time between two polls of one feed.
	Interval time.Duration
	// HostInterval is the least time between two requests to one host
	// (host and port), feeds, pages, retries and redirects alike; 0 puts
	// no limit.
	HostInterval time.Duration
	// UserAgent is sent with every request; it should name khabar, its
	// version and a way to reach whoever runs it (see UserAgent).
	UserAgent string
	// ConnectTimeout bounds connecting (and the TLS handshake).
	ConnectTimeout time.Duration
	// RequestTimeout bounds one attempt at one request, from sending it to
	// reading the last byte of the body.
	RequestTimeout time.Duration
	// Retries is how many times a request is tried again after a network
	// error, a timeout, a 5xx or a 429 status; 0 tries once.
	Retries int
	// BackoffBase is the wait before the first retry; each retry doubles
	// it, up to BackoffMax, and a random part of up to half of it is
	// taken off so that clients do not retry in step.
	BackoffBase, BackoffMax time.Duration
	// MaxRetryAfter is the longest Retry-After the watcher waits for; a
	// server asking for longer is given up on for this poll.
	MaxRetryAfter time.Duration
	// MaxRedirects is how many redirects one request may follow; a loop
	// ends with ErrRedirects when it is reached.
	MaxRedirects int
	// MaxPageBytes and MaxFeedBytes cap the body of a page and of a feed
	// (after content decoding); a longer body is not read further and
	// fails with ErrTooLarge.
	MaxPageBytes, MaxFeedBytes int64
	// BatchSize is the number of articles stored per transaction.
	BatchSize int
	// Parallel is the number of feeds polled at once.
	Parallel int
	// Lexicon names the lexicon version stored with each article; ""
	// means ingest.LexiconVersion of the pipeline's lexicon.
	Lexicon string
	// PrivatePages lets the watcher fetch item pages at loopback, private
	// and link-local addresses. Off, a page a feed links to there is
	// refused (ErrPrivate) and the item stored from the feed's own text;
	// the feeds themselves, which the user names, are fetched wherever
	// they are.
	PrivatePages bool
	// ForgetSeenAfter is how long an item is remembered as seen once its
	// feed no longer lists it (store.FeedStore.ForgetSeen, after each
	// complete poll); 0 remembers every item for ever.
	ForgetSeenAfter time.Duration
}

// DefaultConfig returns the defaults: a poll every 10 minutes, one
// request a second per host, a 10 s connect and 30 s request timeout, 3
// retries backing off from 1 s to 1 min, Retry-After honoured up to 5 min,
// 5 redirects, 10 MB pages and feeds, 20 articles a transaction, 4 feeds
// at once, items gone from their feed forgotten after 30 days.
func DefaultConfig() Config {
	return Config{
		Interval:       10 * time.Minute,
		HostInterval:   time.Second,
		UserAgent:      UserAgent(""),
		ConnectTimeout: 10 * time.Second,
		RequestTimeout: 30 * time.Second,
		Retries:        3,
		BackoffBase:    time.Second,
		BackoffMax:     time.Minute,
		MaxRetryAfter:  5 * time.Minute,
		MaxRedirects:   5,
		MaxPageBytes:   10 << 20,
		MaxFeedBytes:   10 << 20,
		BatchSize:      20,
		Parallel:       4,

		ForgetSeenAfter: 30 * 24 * time.Hour,
	}
}

// Validate returns an error naming the first field with an impossible
// value, or nil.
func (c Config) Validate() error {
	for _, f := range []struct {
		name string
		bad  bool
		want string
	}{
		{"Interval", c.Interval <= 0, "positive"},
		{"HostInterval", c.HostInterval < 0, "0 or more"},
		{"UserAgent", c.UserAgent == "", "not empty"},
		{"ConnectTimeout", c.ConnectTimeout <= 0, "positive"},
		{"RequestTimeout", c.RequestTimeout <= 0, "positive"},
		{"Retries", c.Retries < 0, "0 or more"},
		{"BackoffBase", c.BackoffBase <= 0, "positive"},
		{"BackoffMax", c.BackoffMax < c.BackoffBase, "at least BackoffBase"},
		{"MaxRetryAfter", c.MaxRetryAfter < 0, "0 or more"},
		{"MaxRedirects", c.MaxRedirects < 0, "0 or more"},
		{"MaxPageBytes", c.MaxPageBytes <= 0, "positive"},
		{"MaxFeedBytes", c.MaxFeedBytes <= 0, "positive"},
		{"BatchSize", c.BatchSize <= 0, "positive"},
		{"Parallel", c.Parallel <= 0, "positive"},
		{"ForgetSeenAfter", c.ForgetSeenAfter < 0, "0 or more"},
	} {
		if f.bad {
			return fmt.Errorf("%w: %s must be %s", ErrConfig, f.name, f.want)
		}
	}
	return nil
}
