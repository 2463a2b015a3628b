package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"khabar/article"
	"khabar/article/feed"
	"khabar/article/htmlpage"
	"khabar/store"
)

// Poll polls one feed once: a conditional GET, then, for each item not
// seen before, its page (or the feed's own text), extracted and stored in
// batches of BatchSize, each followed by marking its items seen. The feed's
// new validators are recorded only when every new item was handled, so
// that an interrupted or failed poll is finished by the next one. When ctx
// ends, what was extracted is committed before Poll returns.
func (w *Watcher) Poll(ctx context.Context, feedURL string) (res FeedResult) {
	start := time.Now()
	res.Feed = feedURL
	defer func() {
		res.Elapsed = time.Since(start)
		if ctx.Err() != nil {
			res.Interrupted = true
		}
		w.logPoll(res)
	}()
	prev, err := w.feeds.FeedState(ctx, feedURL)
	if err != nil {
		if ctx.Err() == nil {
			res.Err = err
		}
		return res
	}
	resp, err := w.fetch.get(ctx, request{url: feedURL, etag: prev.ETag, lastModified: prev.LastModified, maxBytes: w.cfg.MaxFeedBytes})
	if err != nil {
		if ctx.Err() == nil {
			res.Err = err
			var fe *FetchError
			if errors.As(err, &fe) {
				res.Status = fe.Status
			}
			w.saveState(ctx, prev, res.Status, nil)
		}
		return res
	}
	res.Status = resp.Status
	if resp.Status == http.StatusNotModified {
		w.saveState(ctx, prev, res.Status, nil)
		return res
	}
	items, err := feed.Parse(resp.Body)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", feedURL, err)
		w.saveState(ctx, prev, res.Status, nil)
		return res
	}
	complete, err := w.items(ctx, feedURL, resp.URL, items, &res)
	switch {
	case err != nil && ctx.Err() == nil:
		res.Err = err
	case err != nil:
		w.log.Error("stopping the poll failed", "feed", feedURL, "err", err)
	}
	if !complete || ctx.Err() != nil {
		w.saveState(ctx, prev, res.Status, nil)
		return res
	}
	w.saveState(ctx, prev, res.Status, &resp)
	w.forget(ctx, feedURL, items)
	return res
}

// forget forgets the feed's items seen longer than Config.ForgetSeenAfter
// ago that it no longer lists. A feed of more items than one call takes
// keeps them all.
func (w *Watcher) forget(ctx context.Context, feedURL string, items []feed.Item) {
	if w.cfg.ForgetSeenAfter <= 0 || len(items) > store.MaxItemKeys {
		return
	}
	keep := make([]string, len(items))
	for i, it := range items {
		keep[i] = itemKey(it)
	}
	n, err := w.feeds.ForgetSeen(context.WithoutCancel(ctx), feedURL, keep, time.Now().Add(-w.cfg.ForgetSeenAfter))
	switch {
	case err != nil:
		w.log.Warn("forgetting old items failed", "feed", feedURL, "err", err)
	case n > 0:
		w.log.Info("forgot items gone from the feed", "feed", feedURL, "items", n)
	}
}

// saveState records the poll's status and, when resp is set (a poll that
// handled every new item), the response's validators. It runs even when
// ctx has ended: it is part of committing.
func (w *Watcher) saveState(ctx context.Context, prev store.FeedState, status int, resp *response) {
	st := prev
	st.Status = status
	st.Polled = time.Now().UTC().Format(time.RFC3339)
	if resp != nil {
		st.ETag, st.LastModified = resp.ETag, resp.LastModified
	}
	if err := w.feeds.SetFeedState(context.WithoutCancel(ctx), st); err != nil {
		w.log.Error("recording feed state failed", "feed", st.URL, "err", err)
	}
}

// items handles the feed's items not seen before. complete is false when
// some were left for a later poll (deferred, interrupted, or a store
// failure, which is returned).
func (w *Watcher) items(ctx context.Context, feedURL, finalURL string, items []feed.Item, res *FeedResult) (complete bool, err error) {
	res.Items = len(items)
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = itemKey(it)
	}
	seen, err := w.seen(ctx, feedURL, keys)
	if err != nil {
		return false, err
	}
	base, _ := url.Parse(finalURL)
	b := &batch{w: w, ctx: ctx, feed: feedURL, res: res}
	complete = true
	for i, it := range items {
		if seen[keys[i]] {
			res.Seen++
			continue
		}
		seen[keys[i]] = true // an item repeated in the feed is handled once
		res.New++
		if ctx.Err() != nil {
			complete = false
			continue
		}
		a, ok, done := w.articleOf(ctx, feedURL, base, it, res)
		if !done {
			if ctx.Err() == nil {
				res.Deferred++
			}
			complete = false
			continue
		}
		if ok {
			if err := b.add(a, keys[i]); err != nil {
				return false, err
			}
			continue
		}
		b.keys = append(b.keys, keys[i])
	}
	if err := b.flush(); err != nil {
		return false, err
	}
	return complete, nil
}

// seen looks the keys up in at most MaxItemKeys per call.
func (w *Watcher) seen(ctx context.Context, feedURL string, keys []string) (map[string]bool, error) {
	out := make(map[string]bool, len(keys))
	for start := 0; start < len(keys); start += store.MaxItemKeys {
		part, err := w.feeds.SeenItems(ctx, feedURL, keys[start:min(len(keys), start+store.MaxItemKeys)])
		if err != nil {
			return nil, err
		}
		for k := range part {
			out[k] = true
		}
	}
	return out, nil
}

// articleOf makes the article of one new item: from its page when it has
// a link, else (or when the page fails) from the feed's own text. ok is
// false when there is no article; done is false when the item should be
// tried again on a later poll (ctx ended, or its page failed for a reason
// that may pass and the feed has no text for it).
func (w *Watcher) articleOf(ctx context.Context, feedURL string, base *url.URL, it feed.Item, res *FeedResult) (a article.Article, ok, done bool) {
	link, err := pageURL(base, it.URL)
	if err != nil {
		w.log.Warn("item link refused", "feed", feedURL, "item", it.Index, "err", err)
	}
	var pageErr error
	if link != "" {
		resp, err := w.fetch.get(ctx, request{url: link, maxBytes: w.cfg.MaxPageBytes, html: true})
		if ctx.Err() != nil {
			return a, false, false
		}
		if err == nil {
			p, err := htmlpage.Extract(resp.Body, htmlpage.Options{ContentType: resp.ContentType, URL: resp.URL})
			if err == nil {
				res.Fetched++
				return pageArticle(p, it, link, resp.URL, time.Now()), true, true
			}
			pageErr = fmt.Errorf("%s: %w", link, err)
		} else {
			pageErr = err
		}
		res.Failed++
		w.log.Warn("page failed", "feed", feedURL, "item", it.Index, "url", link, "err", pageErr)
	}
	if it.Err != nil {
		// No text in the feed either: a page that may come back is tried
		// again on the next poll; otherwise the item is given up.
		if pageErr != nil && Transient(pageErr) {
			return a, false, false
		}
		if pageErr == nil {
			w.log.Warn("item skipped", "feed", feedURL, "item", it.Index, "err", it.Err)
		}
		return a, false, true
	}
	res.FromFeed++
	return itemArticle(it, feedURL, link), true, true
}

// logPoll writes the poll's line.
func (w *Watcher) logPoll(r FeedResult) {
	args := []any{"feed", r.Feed, "status", r.Status, "items", r.Items, "new", r.New, "seen", r.Seen,
		"fetched", r.Fetched, "failed", r.Failed, "from_feed", r.FromFeed, "stored", r.Stored,
		"duplicates", r.Duplicates, "deferred", r.Deferred, "elapsed", r.Elapsed.Round(time.Millisecond)}
	switch {
	case r.Err != nil:
		w.log.Warn("poll failed", append(args, "err", r.Err)...)
	case r.Interrupted:
		w.log.Info("poll interrupted", args...)
	default:
		w.log.Info("poll", args...)
	}
}
