package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"khabar/pipeline"
	"khabar/store"
)

// splitAfter is the number of failed attempts at a whole batch after which
// the worker tries its articles one by one, to tell a store that is down
// (every article fails) from one article the store refuses.
const splitAfter = 3

// storeAll writes the results of jobs in one transaction and acknowledges
// them; it returns how many it acknowledged. Store errors are retried with
// backoff (up to 10 s apart) until the grace context ends, when the jobs
// are left for the caller to nak. An article the store refuses as invalid,
// alone, is failed like a pipeline error.
func (w *Worker) storeAll(ctx context.Context, jobs []*job) int {
	acked := 0
	b := newBackoff(200*time.Millisecond, 10*time.Second)
	for attempt := 1; len(jobs) > 0; attempt++ {
		sum, err := w.put(ctx, jobs)
		if err == nil {
			w.ackStored(jobs, sum)
			return acked + len(jobs)
		}
		if ctx.Err() != nil {
			return acked
		}
		if len(jobs) == 1 && errors.Is(err, store.ErrInvalid) {
			w.fail(ctx, jobs[0], err)
			return acked
		}
		w.opts.Logf("queue: storing a batch of %d (attempt %d): %v; retrying", len(jobs), attempt, err)
		if len(jobs) > 1 && (errors.Is(err, store.ErrInvalid) || attempt >= splitAfter) {
			n, left := w.storeEach(ctx, jobs)
			acked += n
			jobs = left
		}
		if len(jobs) > 0 && !b.sleep(ctx) {
			return acked
		}
	}
	return acked
}

// storeEach stores the jobs one by one. If any of them could be stored
// (or was refused as invalid), the store is up: those that failed get one
// more try each (the store may have come back during the pass), and those
// that fail again are failed like pipeline errors. If none could be
// stored, they are all returned for another attempt.
func (w *Worker) storeEach(ctx context.Context, jobs []*job) (acked int, left []*job) {
	up := false
	pass := func(jobs []*job) (left []*job) {
		for _, j := range jobs {
			sum, err := w.put(ctx, []*job{j})
			switch {
			case err == nil:
				w.ackStored([]*job{j}, sum)
				acked++
				up = true
			case errors.Is(err, store.ErrInvalid):
				w.fail(ctx, j, err)
				up = true
			default:
				j.err = err
				left = append(left, j)
			}
		}
		return left
	}
	left = pass(jobs)
	if !up || ctx.Err() != nil {
		return acked, left
	}
	for _, j := range pass(left) {
		w.fail(ctx, j, fmt.Errorf("queue: the store refused this article while it took the others of its batch: %w", j.err))
	}
	return acked, nil
}

func (w *Worker) put(ctx context.Context, jobs []*job) (store.PutSummary, error) {
	results := make([]pipeline.Result, len(jobs))
	preps := make([]store.Prepared, len(jobs))
	for i, j := range jobs {
		results[i], preps[i] = *j.res, j.prep
	}
	sum, err := w.st.Put(ctx, store.Batch{Results: results, Lexicon: w.opts.Lexicon, Prepared: preps})
	if err != nil {
		w.m.StoreErrors.Add(1)
	}
	return sum, err
}

// ackStored acknowledges jobs whose batch was committed.
func (w *Worker) ackStored(jobs []*job, sum store.PutSummary) {
	w.m.Stored.Add(int64(sum.Stored))
	w.m.Duplicates.Add(int64(sum.Duplicates))
	for _, j := range jobs {
		if j.settled.CompareAndSwap(false, true) {
			j.msg.Ack()
		}
	}
}
