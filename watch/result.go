package watch

import (
	"fmt"
	"time"
)

// FeedResult is what one poll of one feed did.
type FeedResult struct {
	// Feed is the feed's URL.
	Feed string
	// Status is the HTTP status of the feed's response (304 when it had
	// not changed), or 0 when none came.
	Status int
	// Items is the number of items in the feed; New of them were not seen
	// before and Seen were.
	Items, New, Seen int
	// Fetched is the number of pages fetched and read; Failed the pages
	// that could not be fetched or read.
	Fetched, Failed int
	// FromFeed is the number of articles made from the feed's own text
	// (the item has no link, or its page failed).
	FromFeed int
	// Stored is the number of new articles stored; Duplicates the items
	// whose article was already stored.
	Stored, Duplicates int
	// Deferred is the number of new items left unseen, to be tried again
	// on the next poll (their page failed for a reason that may pass and
	// the feed has no text for them).
	Deferred int
	// Interrupted is true when the poll was stopped before its end; what
	// it stored was committed.
	Interrupted bool
	// Err is why the poll failed, or nil; failures of single pages are
	// counted in Failed and logged.
	Err error
	// Elapsed is how long the poll took.
	Elapsed time.Duration
}

// Totals adds up feed results.
type Totals struct {
	Polls, Failed, NotModified      int
	Items, New, Seen                int
	Fetched, PagesFailed, FromFeed  int
	Stored, Duplicates, Interrupted int
}

// Add counts one feed result.
func (t *Totals) Add(r FeedResult) {
	t.Polls++
	if r.Err != nil {
		t.Failed++
	}
	if r.Status == 304 {
		t.NotModified++
	}
	if r.Interrupted {
		t.Interrupted++
	}
	t.Items += r.Items
	t.New += r.New
	t.Seen += r.Seen
	t.Fetched += r.Fetched
	t.PagesFailed += r.Failed
	t.FromFeed += r.FromFeed
	t.Stored += r.Stored
	t.Duplicates += r.Duplicates
}

// String sums up the totals in one line.
func (t Totals) String() string {
	return fmt.Sprintf("%d polls (%d failed, %d not modified), %d items (%d new, %d seen), %d pages fetched, %d failed, %d from the feed's text, %d stored, %d duplicates",
		t.Polls, t.Failed, t.NotModified, t.Items, t.New, t.Seen, t.Fetched, t.PagesFailed, t.FromFeed, t.Stored, t.Duplicates)
}
