package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"time"

	"khabar/store"
)

var _ store.FeedStore = (*DB)(nil)

// feedKey returns the integer key of a feed URL or an item key: the first
// 8 bytes of its SHA-256, as a signed integer. Two item keys of one feed
// that share a hash (about one chance in 2^64) are told apart by the
// item_key column: the second is then never marked seen, so it is fetched
// again on each poll, which costs a request and loses nothing.
func feedKey(s string) int64 {
	sum := sha256.Sum256([]byte(s))
	return int64(binary.BigEndian.Uint64(sum[:8]))
}

// checkFeedKey refuses an empty or over-long feed URL or item key.
func checkFeedKey(field, s string) error {
	if s == "" || len(s) > store.MaxFeedKeyBytes {
		return fmt.Errorf("%w: %s: %d bytes, want 1 to %d", store.ErrInvalid, field, len(s), store.MaxFeedKeyBytes)
	}
	return nil
}

// checkItemKeys refuses too many keys, or a bad one.
func checkItemKeys(feedURL string, keys []string) error {
	if err := checkFeedKey("feed url", feedURL); err != nil {
		return err
	}
	if len(keys) > store.MaxItemKeys {
		return fmt.Errorf("%w: item keys: %d, at most %d per call", store.ErrInvalid, len(keys), store.MaxItemKeys)
	}
	for _, k := range keys {
		if err := checkFeedKey("item key", k); err != nil {
			return err
		}
	}
	return nil
}

// FeedState returns what was recorded for the feed at url.
func (db *DB) FeedState(ctx context.Context, url string) (store.FeedState, error) {
	st := store.FeedState{URL: url}
	if err := checkFeedKey("feed url", url); err != nil {
		return st, err
	}
	err := queryRow(ctx, db.b, db.d.rebind(`SELECT etag, last_modified, status, polled_at FROM feeds WHERE feed = ? AND url = ?`),
		[]any{feedKey(url), url}, &st.ETag, &st.LastModified, &st.Status, &st.Polled)
	if err == store.ErrNotFound {
		return st, nil
	}
	return st, wrapErr("reading the state of feed "+url, err)
}

// SetFeedState records st.
func (db *DB) SetFeedState(ctx context.Context, st store.FeedState) error {
	if err := checkFeedKey("feed url", st.URL); err != nil {
		return err
	}
	if st.Polled == "" {
		st.Polled = time.Now().UTC().Format(time.RFC3339)
	}
	err := db.b.Exec(ctx, db.d.rebind(`INSERT INTO feeds (feed, url, etag, last_modified, status, polled_at) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (feed) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
	status = excluded.status, polled_at = excluded.polled_at`),
		feedKey(st.URL), st.URL, st.ETag, st.LastModified, st.Status, st.Polled)
	return wrapErr("recording the state of feed "+st.URL, err)
}

// SeenItems returns which of keys are marked seen in the feed.
func (db *DB) SeenItems(ctx context.Context, feedURL string, keys []string) (map[string]bool, error) {
	if err := checkItemKeys(feedURL, keys); err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	want := make(map[string]bool, len(keys))
	feed := feedKey(feedURL)
	step := db.d.MaxParams - 1
	for start := 0; start < len(keys); start += step {
		part := keys[start:min(len(keys), start+step)]
		args := make([]any, 0, len(part)+1)
		args = append(args, feed)
		for _, k := range part {
			args = append(args, feedKey(k))
			want[k] = true
		}
		err := db.each(ctx, `SELECT item_key FROM seen_items WHERE feed = ? AND item IN (`+placeholders(len(part))+`)`, args, func(r Rows) error {
			var k string
			if err := r.Scan(&k); err != nil {
				return err
			}
			if want[k] {
				out[k] = true
			}
			return nil
		})
		if err != nil {
			return nil, wrapErr("looking up the items seen in feed "+feedURL, err)
		}
	}
	return out, nil
}

// MarkSeen marks keys as seen in the feed, in one transaction.
func (db *DB) MarkSeen(ctx context.Context, feedURL string, keys []string) error {
	if err := checkItemKeys(feedURL, keys); err != nil {
		return err
	}
	if len(keys) == 0 {
		return nil
	}
	feed := feedKey(feedURL)
	now := time.Now().UTC().Format(time.RFC3339)
	return db.inTx(ctx, func(tx Tx) error {
		b := newBulkWith(db.d, "ON CONFLICT (feed, item) DO NOTHING", "seen_items", "feed", "item", "item_key", "seen_at")
		done := make(map[string]bool, len(keys))
		for _, k := range keys {
			if done[k] {
				continue
			}
			done[k] = true
			if err := b.add(ctx, tx, feed, feedKey(k), k, now); err != nil {
				return wrapErr("marking items seen in feed "+feedURL, err)
			}
		}
		return wrapErr("marking items seen in feed "+feedURL, b.flush(ctx, tx))
	})
}

// ForgetSeen forgets the feed's items first marked seen before before,
// but for those in keep.
func (db *DB) ForgetSeen(ctx context.Context, feedURL string, keep []string, before time.Time) (int, error) {
	if err := checkItemKeys(feedURL, keep); err != nil {
		return 0, err
	}
	args := []any{feedKey(feedURL), before.UTC().Format(time.RFC3339)}
	q := `DELETE FROM seen_items WHERE feed = ? AND seen_at < ?`
	if len(keep) > 0 {
		q += ` AND item NOT IN (` + placeholders(len(keep)) + `)`
		for _, k := range keep {
			args = append(args, feedKey(k))
		}
	}
	n := 0
	err := db.inTx(ctx, func(tx Tx) error {
		n = 0
		rows, err := tx.Query(ctx, db.d.rebind(q+` RETURNING item`), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			n++
		}
		return rows.Err()
	})
	return n, wrapErr("forgetting old items of feed "+feedURL, err)
}
