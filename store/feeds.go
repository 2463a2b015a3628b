package store

import (
	"context"
	"time"
)

// FeedStore remembers, for a feed watcher, what it knows of each feed
// between polls and across restarts: the validators of the last response
// (for conditional requests) and the keys of the items already handled.
// store/sqlite and store/postgres implement it beside Store; a caller gets
// it with a type assertion (s.(store.FeedStore)). Implementations are safe
// for concurrent use.
type FeedStore interface {
	// FeedState returns what was recorded for the feed at url; a feed
	// never recorded has empty validators and Polled "".
	FeedState(ctx context.Context, url string) (FeedState, error)
	// SetFeedState records st, replacing what was recorded for st.URL.
	SetFeedState(ctx context.Context, st FeedState) error
	// SeenItems returns the subset of keys marked seen in the feed at
	// feedURL (at most MaxItemKeys per call).
	SeenItems(ctx context.Context, feedURL string, keys []string) (map[string]bool, error)
	// MarkSeen marks keys as seen in the feed at feedURL, in one
	// transaction (at most MaxItemKeys per call); keys already marked are
	// left as they are.
	MarkSeen(ctx context.Context, feedURL string, keys []string) error
	// ForgetSeen forgets the items of the feed at feedURL first marked
	// seen before before, but for those in keep (the items the feed still
	// lists; at most MaxItemKeys), and returns how many it forgot, so that
	// a watcher that runs for years keeps what it needs and no more. An
	// item forgotten that comes back is fetched again, and stored once
	// still (articles are keyed by their text).
	ForgetSeen(ctx context.Context, feedURL string, keep []string, before time.Time) (int, error)
}

// FeedState is what a watcher keeps of one feed.
type FeedState struct {
	// URL is the feed's address, as the watcher was given it.
	URL string `json:"url"`
	// ETag and LastModified are the validators of the last complete poll
	// (the ETag and Last-Modified response headers), sent back as
	// If-None-Match and If-Modified-Since; "" when unknown.
	ETag         string `json:"etag"`
	LastModified string `json:"last_modified"`
	// Status is the HTTP status of the last poll, 0 when it failed before
	// a response.
	Status int `json:"status"`
	// Polled is when the feed was last polled, in RFC 3339 (UTC), or "".
	Polled string `json:"polled"`
}

// Limits of the feed state.
const (
	// MaxItemKeys caps the keys of one SeenItems or MarkSeen call.
	MaxItemKeys = 1000
	// MaxFeedKeyBytes caps a feed URL and an item key.
	MaxFeedKeyBytes = 4096
)
