package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"khabar/store"
)

// testFeedState checks the feed watcher's memory: validators recorded and
// replaced, items marked seen once and forgotten when old and gone from
// the feed, feeds kept apart, bad input refused.
func testFeedState(t *testing.T, s store.Store) {
	fs, ok := s.(store.FeedStore)
	if !ok {
		t.Fatalf("%T does not implement store.FeedStore", s)
	}
	ctx := context.Background()
	const a, b = "https://news.example.af/rss", "https://khabar.example.ir/feed.xml"

	// A feed never polled has no validators.
	st, err := fs.FeedState(ctx, a)
	if err != nil || st != (store.FeedState{URL: a}) {
		t.Fatalf("FeedState(unknown) = %+v, %v", st, err)
	}
	// Recorded, then replaced: the second poll's validators win.
	for _, want := range []store.FeedState{
		{URL: a, ETag: `"v1"`, LastModified: "Mon, 10 Nov 2025 08:00:00 GMT", Status: 200, Polled: "2025-11-10T08:00:00Z"},
		{URL: a, ETag: `W/"v2"`, Status: 304, Polled: "2025-11-10T08:10:00Z"},
	} {
		if err := fs.SetFeedState(ctx, want); err != nil {
			t.Fatalf("SetFeedState: %v", err)
		}
		got, err := fs.FeedState(ctx, a)
		if err != nil || got != want {
			t.Errorf("FeedState = %+v, %v; want %+v", got, err, want)
		}
	}
	// Polled is filled in when left empty.
	if err := fs.SetFeedState(ctx, store.FeedState{URL: b, Status: 500}); err != nil {
		t.Fatal(err)
	}
	if got, _ := fs.FeedState(ctx, b); got.Polled == "" || got.Status != 500 {
		t.Errorf("FeedState(b) = %+v, want Polled set and status 500", got)
	}

	keys := []string{"guid:1", "https://news.example.af/n/2", "guid:۳"}
	if err := fs.MarkSeen(ctx, a, keys[:2]); err != nil {
		t.Fatalf("MarkSeen: %v", err)
	}
	// Marking again, with a repeat inside the call, changes nothing.
	if err := fs.MarkSeen(ctx, a, []string{keys[1], keys[1], keys[0]}); err != nil {
		t.Fatalf("MarkSeen again: %v", err)
	}
	for _, c := range []struct {
		name string
		feed string
		want map[string]bool
	}{
		// The two marked keys are seen, the third is not.
		{"same feed", a, map[string]bool{keys[0]: true, keys[1]: true}},
		// Another feed's items are its own.
		{"other feed", b, map[string]bool{}},
	} {
		got, err := fs.SeenItems(ctx, c.feed, keys)
		if err != nil {
			t.Fatalf("%s: SeenItems: %v", c.name, err)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: SeenItems = %v, want %v", c.name, got, c.want)
		}
		for k := range c.want {
			if !got[k] {
				t.Errorf("%s: %q not seen", c.name, k)
			}
		}
	}

	// Forgetting: nothing was marked before an hour ago; everything was
	// before an hour from now, but the items the feed still lists stay,
	// and another feed's items are not touched.
	if err := fs.MarkSeen(ctx, b, keys[:1]); err != nil {
		t.Fatal(err)
	}
	if n, err := fs.ForgetSeen(ctx, a, nil, time.Now().Add(-time.Hour)); err != nil || n != 0 {
		t.Errorf("ForgetSeen(an hour ago) = %d, %v; want 0", n, err)
	}
	if n, err := fs.ForgetSeen(ctx, a, keys[1:], time.Now().Add(time.Hour)); err != nil || n != 1 {
		t.Errorf("ForgetSeen(keep 1 and 2) = %d, %v; want 1", n, err)
	}
	if got, _ := fs.SeenItems(ctx, a, keys); len(got) != 1 || !got[keys[1]] {
		t.Errorf("after forgetting, SeenItems(a) = %v, want only %q", got, keys[1])
	}
	if got, _ := fs.SeenItems(ctx, b, keys); len(got) != 1 || !got[keys[0]] {
		t.Errorf("after forgetting a's items, SeenItems(b) = %v, want only %q", got, keys[0])
	}
	if n, err := fs.ForgetSeen(ctx, a, nil, time.Now().Add(time.Hour)); err != nil || n != 1 {
		t.Errorf("ForgetSeen(keep none) = %d, %v; want 1", n, err)
	}

	many := make([]string, store.MaxItemKeys+1)
	for i := range many {
		many[i] = "k" + strings.Repeat("x", i%7)
	}
	for _, c := range []struct {
		name string
		run  func() error
	}{
		// An empty feed URL names no feed.
		{"empty url", func() error { _, err := fs.FeedState(ctx, ""); return err }},
		// An empty item key cannot be looked up.
		{"empty key", func() error { _, err := fs.SeenItems(ctx, a, []string{""}); return err }},
		// Over MaxItemKeys in one call.
		{"too many keys", func() error { return fs.MarkSeen(ctx, a, many) }},
		// A key longer than MaxFeedKeyBytes.
		{"long key", func() error { return fs.MarkSeen(ctx, a, []string{strings.Repeat("k", store.MaxFeedKeyBytes+1)}) }},
		// Over MaxItemKeys to keep.
		{"too many to keep", func() error { _, err := fs.ForgetSeen(ctx, a, many, time.Now()); return err }},
	} {
		if err := c.run(); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", c.name, err)
		}
	}
}
