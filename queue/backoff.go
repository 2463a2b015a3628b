package queue

import (
	"context"
	"math/rand/v2"
	"time"
)

// backoff is an exponential delay with jitter, from min doubling up to max.
// It is not safe for concurrent use.
type backoff struct {
	min, max, next time.Duration
}

func newBackoff(min, max time.Duration) *backoff {
	return &backoff{min: min, max: max, next: min}
}

// delay returns the next delay (between half and all of it, at random) and
// doubles the one after.
func (b *backoff) delay() time.Duration {
	d := b.next
	b.next = min(2*b.next, b.max)
	return d/2 + rand.N(d/2+1)
}

// reset starts again from min.
func (b *backoff) reset() { b.next = b.min }

// sleep waits the next delay; it returns false if ctx ended first.
func (b *backoff) sleep(ctx context.Context) bool {
	t := time.NewTimer(b.delay())
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
