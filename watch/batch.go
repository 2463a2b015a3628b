package watch

import (
	"context"

	"khabar/article"
	"khabar/pipeline"
	"khabar/store"
)

// batch gathers the articles of one poll and stores them BatchSize at a
// time; after each commit it marks the items handled so far as seen, so
// that an item is never marked before its article is stored.
type batch struct {
	w       *Watcher
	ctx     context.Context
	feed    string
	res     *FeedResult
	results []pipeline.Result
	// keys are the items handled since the last flush: stored,
	// duplicates, or without an article.
	keys []string
}

// add extracts a, unless its text is already stored, and queues it.
func (b *batch) add(a article.Article, key string) error {
	t := b.w.p.TextLayer(a)
	if ok, err := b.w.st.Has(b.ctx, t.Article.ID); err == nil && ok {
		b.res.Duplicates++
		b.keys = append(b.keys, key)
		return nil
	}
	r, err := b.w.p.ExtractText(context.WithoutCancel(b.ctx), t)
	if err != nil {
		b.w.log.Warn("extraction failed", "feed", b.feed, "url", a.URL, "err", err)
		b.keys = append(b.keys, key)
		return nil
	}
	b.results = append(b.results, r)
	b.keys = append(b.keys, key)
	if len(b.results) >= b.w.cfg.BatchSize {
		return b.flush()
	}
	return nil
}

// flush stores the queued results in one transaction, then marks their
// items seen; it commits even when the poll's context has ended.
func (b *batch) flush() error {
	ctx := context.WithoutCancel(b.ctx)
	if len(b.results) > 0 {
		sum, err := b.w.st.Put(ctx, store.Batch{Results: b.results, Lexicon: b.w.lexicon})
		if err != nil {
			return err
		}
		b.res.Stored += sum.Stored
		b.res.Duplicates += sum.Duplicates
		b.results = b.results[:0]
	}
	for start := 0; start < len(b.keys); start += store.MaxItemKeys {
		if err := b.w.feeds.MarkSeen(ctx, b.feed, b.keys[start:min(len(b.keys), start+store.MaxItemKeys)]); err != nil {
			return err
		}
	}
	b.keys = b.keys[:0]
	return nil
}
