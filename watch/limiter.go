package watch

import (
	"context"
	"sync"
	"time"
)

// hostLimiter spaces requests to each host by a fixed interval: each call
// to wait reserves the next free slot of its host and sleeps until it.
// It is safe for concurrent use.
type hostLimiter struct {
	every time.Duration
	mu    sync.Mutex
	next  map[string]time.Time // host → earliest time of its next request
}

// maxHosts is the size above which hosts whose slot has passed are
// forgotten.
const maxHosts = 1024

func newHostLimiter(every time.Duration) *hostLimiter {
	return &hostLimiter{every: every, next: map[string]time.Time{}}
}

// wait blocks until host may be sent a request, or ctx ends.
func (l *hostLimiter) wait(ctx context.Context, host string) error {
	if l.every <= 0 {
		return ctx.Err()
	}
	now := time.Now()
	l.mu.Lock()
	if len(l.next) > maxHosts {
		for h, t := range l.next {
			if t.Before(now) {
				delete(l.next, h)
			}
		}
	}
	at := l.next[host]
	if at.Before(now) {
		at = now
	}
	l.next[host] = at.Add(l.every)
	l.mu.Unlock()
	return sleep(ctx, at.Sub(now))
}

// sleep waits d, or until ctx ends (returning its error).
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
