package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// QueueStatus is the depth of the queue at one moment.
type QueueStatus struct {
	// Left is the number of articles in the work stream: not yet
	// acknowledged by a worker (waiting or in flight). With work-queue
	// retention an acknowledged article leaves the stream.
	Left uint64 `json:"left"`
	// Waiting is the number not yet delivered to any worker; InFlight the
	// number delivered and not yet acknowledged.
	Waiting  uint64 `json:"waiting"`
	InFlight int    `json:"in_flight"`
	// Redelivered is the number of in-flight articles delivered more than
	// once.
	Redelivered int `json:"redelivered"`
	// Dead is the number of dead letters kept.
	Dead uint64 `json:"dead"`
	// At is when the status was read.
	At time.Time `json:"at"`
}

// Status reads the depth of cfg's queue from the stream and consumer info.
func Status(ctx context.Context, js jetstream.JetStream, cfg Config) (QueueStatus, error) {
	st := QueueStatus{At: time.Now()}
	s, err := js.Stream(ctx, cfg.Stream)
	if err != nil {
		return st, fmt.Errorf("queue: stream %s: %w", cfg.Stream, err)
	}
	si, err := s.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("queue: stream %s: %w", cfg.Stream, err)
	}
	st.Left = si.State.Msgs
	c, err := s.Consumer(ctx, cfg.Consumer)
	if err != nil {
		return st, fmt.Errorf("queue: consumer %s: %w", cfg.Consumer, err)
	}
	ci, err := c.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("queue: consumer %s: %w", cfg.Consumer, err)
	}
	st.Waiting, st.InFlight, st.Redelivered = ci.NumPending, ci.NumAckPending, ci.NumRedelivered
	d, err := js.Stream(ctx, cfg.DeadStream)
	if err != nil {
		return st, fmt.Errorf("queue: stream %s: %w", cfg.DeadStream, err)
	}
	di, err := d.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("queue: stream %s: %w", cfg.DeadStream, err)
	}
	st.Dead = di.State.Msgs
	return st, nil
}

// WaitDrained polls Status every interval, calling report with each, until
// the work stream is empty or ctx ends. A failed poll (a server restarting)
// is retried at the next interval; WaitDrained returns the last status
// read and, if ctx ended first, its error.
func WaitDrained(ctx context.Context, js jetstream.JetStream, cfg Config, every time.Duration, report func(QueueStatus)) (QueueStatus, error) {
	t := time.NewTicker(every)
	defer t.Stop()
	var last QueueStatus
	for {
		qctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		st, err := Status(qctx, js, cfg)
		cancel()
		if err == nil {
			last = st
			if report != nil {
				report(st)
			}
			if st.Left == 0 {
				return st, nil
			}
		}
		select {
		case <-ctx.Done():
			return last, ctx.Err()
		case <-t.C:
		}
	}
}
