package queue

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"khabar/article"
	"khabar/ingest"
	"khabar/pipeline"
	"khabar/store"
)

// WorkerOptions says how a Worker works; the zero value is usable.
type WorkerOptions struct {
	// Pipeline extracts the articles; nil means one made from
	// pipeline.DefaultConfig.
	Pipeline *pipeline.Pipeline
	// Lexicon names the lexicon version stored with each article; ""
	// means ingest.LexiconVersion of the pipeline.
	Lexicon string
	// Concurrency is the number of articles of a batch extracted at once;
	// 0 means runtime.NumCPU().
	Concurrency int
	// Read says how referenced articles are read again; the zero value
	// means article.DefaultOptions().
	Read article.Options
	// Metrics receives the counters; nil means new ones (see
	// Worker.Metrics).
	Metrics *Metrics
	// Logf, when set, receives one line per notable event (store errors
	// and retries, dead letters, shutdown).
	Logf func(format string, args ...any)
	// Name names the worker in dead letters; "" means host:pid.
	Name string
	// Extract replaces Pipeline.Extract (tests inject failures and panics
	// with it); nil means Pipeline.Extract.
	Extract func(context.Context, article.Article) (pipeline.Result, error)
}

// Worker pulls articles from the queue, codes them and stores them. Run
// runs its loop; several Workers, in one process or many, share the work
// through the durable consumer.
type Worker struct {
	js   jetstream.JetStream
	st   store.Store
	cfg  Config
	opts WorkerOptions
	m    *Metrics
}

// NewWorker makes a worker that stores into st. It loads the default
// pipeline if opts has none.
func NewWorker(js jetstream.JetStream, st store.Store, cfg Config, opts WorkerOptions) (*Worker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if opts.Concurrency < 0 {
		return nil, fmt.Errorf("queue: WorkerOptions.Concurrency is %d; want >= 0", opts.Concurrency)
	}
	if opts.Pipeline == nil {
		p, err := pipeline.New(pipeline.DefaultConfig())
		if err != nil {
			return nil, err
		}
		opts.Pipeline = p
	}
	if opts.Lexicon == "" {
		opts.Lexicon = ingest.LexiconVersion(opts.Pipeline)
	}
	if opts.Concurrency == 0 {
		opts.Concurrency = runtime.NumCPU()
	}
	if opts.Read == (article.Options{}) {
		opts.Read = article.DefaultOptions()
	}
	if opts.Metrics == nil {
		opts.Metrics = NewMetrics()
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	if opts.Name == "" {
		host, _ := os.Hostname()
		opts.Name = fmt.Sprintf("%s:%d", host, os.Getpid())
	}
	if opts.Extract == nil {
		opts.Extract = opts.Pipeline.Extract
	}
	return &Worker{js: js, st: st, cfg: cfg, opts: opts, m: opts.Metrics}, nil
}

// Metrics returns the worker's counters.
func (w *Worker) Metrics() *Metrics { return w.m }

// Run pulls and handles batches until ctx ends, then finishes or naks the
// batch in hand (see Config.Grace) and returns nil. It returns an error
// only if the queue cannot be set up; lost connections and store errors
// are retried.
func (w *Worker) Run(ctx context.Context) error {
	cons, err := Ensure(ctx, w.js, w.cfg)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	pctx, stopPoll := context.WithCancel(ctx)
	defer stopPoll()
	go w.pollDepth(pctx, cons)
	b := newBackoff(100*time.Millisecond, 5*time.Second)
	for ctx.Err() == nil {
		batch, err := cons.Fetch(w.cfg.Batch, jetstream.FetchMaxWait(w.cfg.FetchWait))
		if err != nil {
			w.opts.Logf("queue: pulling from %s: %v; retrying", w.cfg.Consumer, err)
			b.sleep(ctx)
			continue
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && len(msgs) == 0 {
			if ctx.Err() == nil {
				w.opts.Logf("queue: pulling from %s: %v; retrying", w.cfg.Consumer, err)
				b.sleep(ctx)
			}
			continue
		}
		b.reset()
		if len(msgs) > 0 {
			w.handle(ctx, msgs)
		}
	}
	w.opts.Logf("queue: worker %s stopped", w.opts.Name)
	return nil
}

// pollDepth reads the consumer's depth into the metrics every two seconds.
func (w *Worker) pollDepth(ctx context.Context, cons jetstream.Consumer) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		ictx, cancel := context.WithTimeout(ctx, 2*time.Second)
		if ci, err := cons.Info(ictx); err == nil {
			w.m.Pending.Store(int64(ci.NumPending))
			w.m.InFlight.Store(int64(ci.NumAckPending))
		}
		cancel()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// graceContext returns a context that ends grace after parent does (and
// not with it), and a function that releases it.
func graceContext(parent context.Context, grace time.Duration) (context.Context, func()) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(parent))
	done := make(chan struct{})
	go func() {
		select {
		case <-parent.Done():
			t := time.NewTimer(grace)
			defer t.Stop()
			select {
			case <-t.C:
				cancel()
			case <-done:
			}
		case <-done:
		}
	}()
	return ctx, func() { close(done); cancel() }
}
