package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"khabar/article"
	"khabar/pipeline"
	"khabar/store"
)

// Run reads every input, extracts the articles not yet in st, and stores
// them. It returns when the inputs are done or ctx ends; in both cases
// every result extracted is committed before it returns (an interrupted
// run has Summary.Interrupted set and a nil error). The error is non-nil
// only when the store fails; records that cannot be read or extracted are
// counted and listed in the Summary.
func Run(ctx context.Context, st store.Store, inputs []string, opts Options) (Summary, error) {
	start := time.Now()
	opts, err := opts.withDefaults()
	if err != nil {
		return Summary{}, err
	}
	r := &run{st: st, opts: opts, items: make(chan item, 4*opts.Workers), results: make(chan outcome, 4*opts.Workers)}

	// On cancellation the reader stops; workers and the writer drain what
	// was read, so nothing extracted is lost.
	// A failing store stops the reader and the workers too.
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.stop = cancel
	var wg sync.WaitGroup
	wg.Go(func() { r.read(wctx, inputs) })
	var workers sync.WaitGroup
	for range opts.Workers {
		workers.Go(func() { r.work(wctx) })
	}
	go func() { workers.Wait(); close(r.results) }()
	werr := r.write(ctx)
	wg.Wait()

	r.sum.Elapsed = time.Since(start)
	r.sum.Interrupted = ctx.Err() != nil
	return r.sum, werr
}

// item is one record read: an article or a read error.
type item struct {
	a   article.Article
	err error
}

// outcome is what a worker made of one item.
type outcome struct {
	res   *pipeline.Result // to store
	prep  store.Prepared   // store.Prepare of res
	dup   bool             // already stored
	fail  string           // a failure reason, or ""
	bytes int64
}

type run struct {
	st      store.Store
	opts    Options
	items   chan item
	results chan outcome
	sum     Summary // owned by the writer goroutine
	stop    context.CancelFunc
}

// read sends every record of the inputs to the workers.
func (r *run) read(ctx context.Context, inputs []string) {
	defer close(r.items)
	batch := article.NewBatch(r.opts.Read)
	for a, err := range batch.Read(ctx, inputs) {
		if ctx.Err() != nil {
			return
		}
		select {
		case r.items <- item{a, err}:
		case <-ctx.Done():
			return
		}
	}
}

// work extracts articles, skipping those already stored.
func (r *run) work(ctx context.Context) {
	p := r.opts.Pipeline
	for it := range r.items {
		if it.err != nil {
			if errors.Is(it.err, context.Canceled) || errors.Is(it.err, context.DeadlineExceeded) {
				continue
			}
			r.results <- outcome{fail: it.err.Error()}
			continue
		}
		if ctx.Err() != nil {
			continue // drain: the reader stops soon
		}
		size := int64(len(it.a.Body))
		// The id needs only the text layer; an article already stored
		// is not run through the later stages.
		t := p.TextLayer(it.a)
		if ok, err := r.st.Has(ctx, t.Article.ID); err == nil && ok {
			r.results <- outcome{dup: true, bytes: size}
			continue
		}
		res, err := p.ExtractText(ctx, t)
		if err != nil {
			if ctx.Err() == nil {
				r.results <- outcome{fail: fmt.Sprintf("%s:%d: %v", it.a.Source, it.a.Line, err), bytes: size}
			}
			continue
		}
		// What the store works out from a result before writing it is
		// worked out here, on the workers, not in the one writer.
		prep := store.Prepare(&res)
		r.results <- outcome{res: &res, prep: prep, bytes: size}
	}
}

// write gathers results into batches and hands each to a storing
// goroutine, so that the next batch fills while one is committed and the
// workers never wait on a commit. After ctx ends it keeps draining and
// commits what is left with a context that is not cancelled.
func (r *run) write(ctx context.Context) error {
	batches := make(chan store.Batch, 1) // one waits while one is stored
	done := make(chan stored, 2)         // so that the storer never waits on write
	go r.store(context.WithoutCancel(ctx), batches, done)
	var failed error
	merge := func(s stored) {
		r.sum.Stored += s.sum.Stored
		r.sum.Duplicates += s.sum.Duplicates
		r.sum.Linked += s.sum.Linked
		r.sum.NewEvents += s.sum.NewEvents
		if s.err != nil && failed == nil {
			failed = s.err
			r.stop()
		}
		r.report()
	}
	pending := store.Batch{Lexicon: r.opts.Lexicon}
	flush := func() {
		if len(pending.Results) == 0 {
			return
		}
		for {
			select {
			case batches <- pending:
				pending = store.Batch{
					Lexicon:  r.opts.Lexicon,
					Results:  make([]pipeline.Result, 0, r.opts.BatchSize),
					Prepared: make([]store.Prepared, 0, r.opts.BatchSize),
				}
				return
			case s := <-done:
				merge(s)
			}
		}
	}
	tick := time.NewTicker(r.opts.FlushEvery)
	defer tick.Stop()
	for {
		select {
		case o, ok := <-r.results:
			if !ok {
				flush()
				close(batches)
				for s := range done {
					merge(s)
				}
				return failed
			}
			r.count(o)
			if o.res != nil {
				pending.Results = append(pending.Results, *o.res)
				pending.Prepared = append(pending.Prepared, o.prep)
				if len(pending.Results) >= r.opts.BatchSize {
					flush()
				}
			}
			r.report()
		case s := <-done:
			merge(s)
		case <-tick.C:
			flush()
		}
	}
}

// stored is what storing one batch did.
type stored struct {
	sum store.PutSummary
	err error
}

// store stores each batch in one transaction and reports on done, which
// it closes at the end. After a failure it stores nothing more.
func (r *run) store(ctx context.Context, batches <-chan store.Batch, done chan<- stored) {
	defer close(done)
	var failed bool
	for b := range batches {
		if failed {
			continue
		}
		sum, err := r.st.Put(ctx, b)
		failed = err != nil
		done <- stored{sum, err}
	}
}

// count adds one outcome to the summary.
func (r *run) count(o outcome) {
	switch {
	case o.fail != "":
		r.sum.Failed++
		if len(r.sum.Failures) < r.opts.MaxFailures {
			r.sum.Failures = append(r.sum.Failures, o.fail)
		}
		if o.bytes > 0 {
			r.sum.Read++
		}
	case o.dup:
		r.sum.Read++
		r.sum.Duplicates++
	default:
		r.sum.Read++
	}
	r.sum.Bytes += o.bytes
}

func (r *run) report() {
	if r.opts.Progress != nil {
		r.opts.Progress(r.sum.Counts)
	}
}
