package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"khabar/pipeline"
	"khabar/store"
)

// job is one message of a batch and what became of it.
type job struct {
	msg        jetstream.Msg
	id         string // the article id the publisher set, or ""
	deliveries uint64
	seq        uint64 // stream sequence
	res        *pipeline.Result
	prep       store.Prepared // store.Prepare of res, worked out beside the extraction
	err        error
	settled    atomic.Bool // acked, naked or dead-lettered
}

// handle codes and stores one batch: it acknowledges what is stored,
// naks what failed (or dead-letters it), and naks everything left if the
// grace after ctx runs out.
func (w *Worker) handle(ctx context.Context, msgs []jetstream.Msg) {
	start := time.Now()
	bctx, release := graceContext(ctx, w.cfg.Grace)
	defer release()
	jobs := make([]*job, len(msgs))
	for i, m := range msgs {
		j := &job{msg: m, id: m.Headers().Get(jetstream.MsgIDHeader), deliveries: 1}
		if meta, err := m.Metadata(); err == nil {
			j.deliveries, j.seq = meta.NumDelivered, meta.Sequence.Stream
		}
		if j.deliveries > 1 {
			w.m.Redeliveries.Add(1)
		}
		jobs[i] = j
	}
	stopBeat := w.heartbeat(jobs)
	defer stopBeat()
	acked := 0
	defer func() { w.m.observeBatch(acked, time.Since(start)) }()

	// Articles delivered too often without an acknowledgement crashed
	// their workers: give them up before they crash this one.
	for _, j := range jobs {
		if j.deliveries > uint64(w.cfg.CrashLimit) {
			w.deadLetter(bctx, j, fmt.Errorf("queue: delivered %d times without an acknowledgement; the workers handling it probably crashed", j.deliveries), "")
		}
	}
	// Articles stored already (a redelivery after a crash between commit
	// and ack, or a repeat outside the duplicate window) are acknowledged
	// without extraction.
	acked += w.ackKnown(bctx, jobs)
	w.extract(bctx, jobs)
	var ok []*job
	for _, j := range jobs {
		switch {
		case j.settled.Load():
		case j.err != nil && bctx.Err() != nil:
			// Interrupted: left to the nak below.
		case j.err != nil:
			w.fail(bctx, j, j.err)
		default:
			ok = append(ok, j)
		}
	}
	acked += w.storeAll(bctx, ok)
	// Whatever is left unsettled was cut short by the shutdown.
	for _, j := range jobs {
		if j.settled.CompareAndSwap(false, true) {
			j.msg.Nak()
		}
	}
}

// heartbeat tells JetStream every AckWait/3 that the unsettled jobs are
// being worked on, so that a long batch (or a store retrying) keeps them.
func (w *Worker) heartbeat(jobs []*job) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(w.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, j := range jobs {
					if !j.settled.Load() {
						j.msg.InProgress()
					}
				}
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// ackKnown acknowledges the jobs whose articles are stored already and
// returns how many.
func (w *Worker) ackKnown(ctx context.Context, jobs []*job) int {
	var ids []string
	for _, j := range jobs {
		if j.id != "" && !j.settled.Load() {
			ids = append(ids, j.id)
		}
	}
	known := map[string]bool{}
	for i := 0; i < len(ids); i += store.MaxKnownIDs {
		k, err := w.st.Known(ctx, ids[i:min(i+store.MaxKnownIDs, len(ids))])
		if err != nil {
			return 0 // extract them all; Put finds the duplicates
		}
		for id := range k {
			known[id] = true
		}
	}
	n := 0
	for _, j := range jobs {
		if known[j.id] && j.settled.CompareAndSwap(false, true) {
			j.msg.Ack()
			w.m.Duplicates.Add(1)
			n++
		}
	}
	return n
}

// extract decodes and extracts the unsettled jobs, Concurrency at once.
func (w *Worker) extract(ctx context.Context, jobs []*job) {
	next := make(chan *job)
	var wg sync.WaitGroup
	for range min(w.opts.Concurrency, len(jobs)) {
		wg.Go(func() {
			for j := range next {
				a, err := decode(ctx, j.msg.Headers(), j.msg.Data(), w.opts.Read)
				if err != nil {
					j.err = err
					continue
				}
				res, err := w.safeExtract(ctx, a)
				if err == nil && j.id != "" && res.Article.ID != j.id {
					// Publisher and worker disagree on the id (another
					// lexicon?): the stored id is the worker's.
					w.opts.Logf("queue: %s: published as %s, coded as %s; check that publisher and workers use the same lexicons", j.msg.Headers().Get(HeaderSource), j.id, res.Article.ID)
				}
				j.res, j.err = &res, err
				if err == nil {
					j.prep = store.Prepare(&res)
				}
			}
		})
	}
	for _, j := range jobs {
		if !j.settled.Load() {
			next <- j
		}
	}
	close(next)
	wg.Wait()
}

// fail handles an article that could not be coded: a panic, an
// undecodable message or its MaxDeliver-th failure goes to the dead
// letters; an earlier failure is naked to come back after a delay.
func (w *Worker) fail(ctx context.Context, j *job, err error) {
	w.m.Failures.Add(1)
	var pe *PanicError
	if errors.As(err, &pe) || errors.Is(err, ErrBadMessage) || j.deliveries >= uint64(w.cfg.MaxDeliver) {
		stack := ""
		if pe != nil {
			stack = string(pe.Stack)
		}
		w.deadLetter(ctx, j, err, stack)
		return
	}
	if j.settled.CompareAndSwap(false, true) {
		j.msg.NakWithDelay(retryDelay(j.deliveries))
	}
}

// retryDelay is how long a failed article waits before its next delivery:
// one second, doubling with each delivery, at most a minute.
func retryDelay(deliveries uint64) time.Duration {
	d := time.Second << min(deliveries-1, 6)
	return min(d, time.Minute)
}
