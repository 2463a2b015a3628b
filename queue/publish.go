package queue

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"khabar/article"
	"khabar/pipeline"
)

// PublishOptions says how Publish works; the zero value is usable.
type PublishOptions struct {
	// Pipeline computes the article ids (its text layer only); nil means
	// one made from pipeline.DefaultConfig. Use the workers' lexicons.
	Pipeline *pipeline.Pipeline
	// Read says how articles are read; the zero value means
	// article.DefaultOptions().
	Read article.Options
	// Hashers is the number of goroutines computing ids; 0 means
	// runtime.NumCPU().
	Hashers int
	// Publishers is the number of publishes in flight; 0 means 32.
	Publishers int
	// Progress, when set, is called from one goroutine after each
	// article with the counts so far.
	Progress func(PublishCounts)
	// MaxFailures is how many failure reasons the summary keeps; 0 means
	// 1000.
	MaxFailures int
}

// PublishCounts are the running totals of Publish.
type PublishCounts struct {
	// Read counts articles read, Failed records that could not be read or
	// published.
	Read   int `json:"read"`
	Failed int `json:"failed"`
	// Published counts messages the stream took; Duplicates those it
	// dropped as repeats within its duplicate window; Refs the published
	// messages that are references to large articles.
	Published  int   `json:"published"`
	Duplicates int   `json:"duplicates"`
	Refs       int   `json:"refs"`
	Bytes      int64 `json:"bytes"`
}

// PublishSummary is what Publish did.
type PublishSummary struct {
	PublishCounts
	Failures    []string      `json:"failures"`
	Elapsed     time.Duration `json:"elapsed_ns"`
	Interrupted bool          `json:"interrupted"`
}

// String sums the publication up in one line.
func (s PublishSummary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d read, %d published (%d as references), %d dropped as repeats, %d failed",
		s.Read, s.Published, s.Refs, s.Duplicates, s.Failed)
	if secs := s.Elapsed.Seconds(); secs > 0 {
		fmt.Fprintf(&b, " in %.1fs (%.0f articles/s)", secs, float64(s.Read)/secs)
	}
	if s.Interrupted {
		b.WriteString("; interrupted")
	}
	return b.String()
}

// publishAttempts is how many times one message is tried before it is
// counted as failed; between attempts the client waits with backoff,
// riding out a leader election or a server restart.
const publishAttempts = 12

// Publish reads the inputs and publishes every article to cfg's stream
// (creating the streams and the consumer if needed). The error is non-nil
// only when the queue cannot be set up; records that cannot be read or
// published are counted and listed in the summary. Cancelling ctx stops
// reading; what was published stays queued.
func Publish(ctx context.Context, js jetstream.JetStream, cfg Config, inputs []string, opts PublishOptions) (PublishSummary, error) {
	start := time.Now()
	if _, err := Ensure(ctx, js, cfg); err != nil {
		return PublishSummary{}, err
	}
	if opts.Pipeline == nil {
		p, err := pipeline.New(pipeline.DefaultConfig())
		if err != nil {
			return PublishSummary{}, err
		}
		opts.Pipeline = p
	}
	if opts.Read == (article.Options{}) {
		opts.Read = article.DefaultOptions()
	}
	if opts.Hashers <= 0 {
		opts.Hashers = runtime.NumCPU()
	}
	if opts.Publishers <= 0 {
		opts.Publishers = 32
	}
	if opts.MaxFailures <= 0 {
		opts.MaxFailures = 1000
	}
	// Leave room for the headers in the server's payload limit.
	maxData := int(js.Conn().MaxPayload()) - 4096
	pb := &publisher{js: js, cfg: cfg, opts: opts, maxData: maxData}

	read := make(chan item, 64)
	msgs := make(chan outMsg, 64)
	done := make(chan outcome, 64)
	go func() {
		defer close(read)
		for a, err := range article.NewBatch(opts.Read).Read(ctx, inputs) {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return
			}
			select {
			case read <- item{a, err}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var hashers, pubs sync.WaitGroup
	for range opts.Hashers {
		hashers.Go(func() { pb.hash(read, msgs, done) })
	}
	go func() { hashers.Wait(); close(msgs) }()
	for range opts.Publishers {
		pubs.Go(func() { pb.publish(ctx, msgs, done) })
	}
	go func() { pubs.Wait(); close(done) }()

	var sum PublishSummary
	for o := range done {
		switch {
		case o.fail != "":
			sum.Failed++
			if len(sum.Failures) < opts.MaxFailures {
				sum.Failures = append(sum.Failures, o.fail)
			}
		case o.dup:
			sum.Duplicates++
		default:
			sum.Published++
			if o.ref {
				sum.Refs++
			}
		}
		if o.read {
			sum.Read++
		}
		sum.Bytes += o.bytes
		if opts.Progress != nil {
			opts.Progress(sum.PublishCounts)
		}
	}
	sum.Elapsed = time.Since(start)
	sum.Interrupted = ctx.Err() != nil
	return sum, nil
}

type item struct {
	a   article.Article
	err error
}

// outMsg is one message ready to publish, with what it came from.
type outMsg struct {
	msg    *nats.Msg
	ref    bool
	source string
	bytes  int64
}

// outcome is what became of one record.
type outcome struct {
	read, dup, ref bool
	fail           string
	bytes          int64
}

type publisher struct {
	js      jetstream.JetStream
	cfg     Config
	opts    PublishOptions
	maxData int
}

// hash computes the id of each article and makes its message.
func (pb *publisher) hash(in <-chan item, out chan<- outMsg, done chan<- outcome) {
	for it := range in {
		if it.err != nil {
			done <- outcome{fail: it.err.Error()}
			continue
		}
		a := it.a
		size := int64(len(a.Body))
		id := pb.opts.Pipeline.TextLayer(a).Article.ID
		m, err := newArticleMsg(pb.cfg.Subject(), id, a)
		if err != nil {
			done <- outcome{read: true, fail: err.Error(), bytes: size}
			continue
		}
		ref := false
		if len(m.Data) > pb.maxData {
			if a.Source == "" || a.Source == "-" {
				done <- outcome{read: true, bytes: size, fail: fmt.Sprintf("%s: %d bytes, more than a message may hold (%d), and read from standard input, so no reference can be sent", sourceOf(a), len(m.Data), pb.maxData)}
				continue
			}
			m, ref = newRefMsg(pb.cfg.Subject(), id, a), true
		}
		out <- outMsg{msg: m, ref: ref, source: sourceOf(a), bytes: size}
	}
}

// publish sends messages, retrying each with backoff.
func (pb *publisher) publish(ctx context.Context, in <-chan outMsg, done chan<- outcome) {
	for m := range in {
		o := outcome{read: true, ref: m.ref, bytes: m.bytes}
		if ctx.Err() != nil {
			o.fail = fmt.Sprintf("%s: not published: %v", m.source, ctx.Err())
			done <- o
			continue
		}
		ack, err := pb.send(ctx, m.msg)
		switch {
		case err != nil:
			o.fail = fmt.Sprintf("%s: publishing to %s: %v", m.source, pb.cfg.Stream, err)
		case ack.Duplicate:
			o.dup = true
		}
		done <- o
	}
}

func (pb *publisher) send(ctx context.Context, m *nats.Msg) (*jetstream.PubAck, error) {
	b := newBackoff(100*time.Millisecond, 3*time.Second)
	var err error
	for range publishAttempts {
		var ack *jetstream.PubAck
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ack, err = pb.js.PublishMsg(pctx, m, jetstream.WithExpectStream(pb.cfg.Stream))
		cancel()
		if err == nil {
			return ack, nil
		}
		if ctx.Err() != nil || !b.sleep(ctx) {
			break
		}
	}
	return nil, err
}
