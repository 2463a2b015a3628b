package queue

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// deadLetter publishes j's message to the dead-letter stream with err and
// then acknowledges it, taking it off the queue. If the dead-letter stream
// cannot be reached, the message is naked to be tried again later.
func (w *Worker) deadLetter(ctx context.Context, j *job, err error, stack string) {
	if !j.settled.CompareAndSwap(false, true) {
		return
	}
	dm := nats.NewMsg(w.cfg.DeadSubject())
	for k, vs := range j.msg.Headers() {
		if k != jetstream.MsgIDHeader && len(k) > 7 && k[:7] == "Khabar-" {
			dm.Header[k] = vs
		}
	}
	// One dead letter per work message, even if the ack below is lost
	// and the message dead-lettered again.
	dm.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("dead:%s:%d", w.cfg.Stream, j.seq))
	dm.Header.Set(HeaderError, oneLine(err.Error()))
	if stack != "" {
		dm.Header.Set(HeaderStack, oneLine(stack))
	}
	dm.Header.Set(HeaderDeliveries, strconv.FormatUint(j.deliveries, 10))
	dm.Header.Set(HeaderWorker, w.opts.Name)
	if j.id != "" {
		dm.Header.Set(HeaderArticleID, j.id)
	}
	dm.Data = j.msg.Data()
	b := newBackoff(100*time.Millisecond, 2*time.Second)
	var perr error
	for range 5 {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		_, perr = w.js.PublishMsg(pctx, dm, jetstream.WithExpectStream(w.cfg.DeadStream))
		cancel()
		if perr == nil || !b.sleep(ctx) {
			break
		}
	}
	if perr != nil {
		w.opts.Logf("queue: %s: could not dead-letter (%v): %v; naked for later", j.msg.Headers().Get(HeaderSource), err, perr)
		j.msg.NakWithDelay(retryDelay(j.deliveries))
		return
	}
	w.m.DeadLetters.Add(1)
	w.opts.Logf("queue: %s: dead-lettered after %d deliveries: %v", j.msg.Headers().Get(HeaderSource), j.deliveries, err)
	j.msg.Ack()
}
