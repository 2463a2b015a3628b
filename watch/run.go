package watch

import (
	"context"
	"sync"
	"time"
)

// PollAll polls every feed once, Parallel at a time, and returns their
// results in the order of feeds.
func (w *Watcher) PollAll(ctx context.Context, feeds []string) []FeedResult {
	out := make([]FeedResult, len(feeds))
	sem := make(chan struct{}, w.cfg.Parallel)
	var wg sync.WaitGroup
	for i, f := range feeds {
		wg.Go(func() {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				out[i] = FeedResult{Feed: f, Interrupted: true}
				return
			}
			defer func() { <-sem }()
			out[i] = w.Poll(ctx, f)
		})
	}
	wg.Wait()
	return out
}

// Run polls each feed every Interval (Parallel feeds at a time) until ctx
// ends, then returns the totals once every poll in progress has committed
// what it extracted. A feed that fails is logged and polled again at its
// next turn; the others go on.
func (w *Watcher) Run(ctx context.Context, feeds []string) Totals {
	var (
		mu  sync.Mutex
		tot Totals
		wg  sync.WaitGroup
	)
	sem := make(chan struct{}, w.cfg.Parallel)
	for _, f := range feeds {
		wg.Go(func() {
			for {
				start := time.Now()
				select {
				case sem <- struct{}{}:
				case <-ctx.Done():
					return
				}
				r := w.Poll(ctx, f)
				<-sem
				mu.Lock()
				tot.Add(r)
				mu.Unlock()
				if sleep(ctx, w.cfg.Interval-time.Since(start)) != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	return tot
}
