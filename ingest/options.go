package ingest

import (
	"fmt"
	"runtime"
	"time"

	"khabar/article"
	"khabar/pipeline"
)

// Options says how Run works. The zero value is usable: every field has a
// default.
type Options struct {
	// Workers is the number of extracting goroutines; 0 means
	// runtime.NumCPU().
	Workers int
	// BatchSize is the number of articles written per transaction; 0 means
	// DefaultBatchSize.
	BatchSize int
	// FlushEvery commits a partial batch after this long without a full
	// one; 0 means one second.
	FlushEvery time.Duration
	// Pipeline extracts the articles; nil means one made from
	// pipeline.DefaultConfig.
	Pipeline *pipeline.Pipeline
	// Read says how articles are read; the zero value means
	// article.DefaultOptions().
	Read article.Options
	// Lexicon names the lexicon version stored with each article; ""
	// means LexiconVersion of the pipeline's lexicon.
	Lexicon string
	// Progress, when set, is called from one goroutine after each article
	// (and each failed record) with the counts so far.
	Progress func(Counts)
	// MaxFailures is how many failure reasons the Summary keeps (all are
	// counted); 0 means 1000.
	MaxFailures int
}

// DefaultBatchSize is the number of articles per transaction. Larger
// transactions write each index page they touch once for more rows.
const DefaultBatchSize = 1000

// withDefaults fills in the defaults.
func (o Options) withDefaults() (Options, error) {
	if o.Workers < 0 || o.BatchSize < 0 || o.MaxFailures < 0 {
		return o, fmt.Errorf("ingest: options: Workers %d, BatchSize %d, MaxFailures %d: none may be negative", o.Workers, o.BatchSize, o.MaxFailures)
	}
	if o.Workers == 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize == 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.FlushEvery == 0 {
		o.FlushEvery = time.Second
	}
	if o.MaxFailures == 0 {
		o.MaxFailures = 1000
	}
	if o.Read == (article.Options{}) {
		o.Read = article.DefaultOptions()
	}
	if o.Pipeline == nil {
		p, err := pipeline.New(pipeline.DefaultConfig())
		if err != nil {
			return o, err
		}
		o.Pipeline = p
	}
	if o.Lexicon == "" {
		o.Lexicon = LexiconVersion(o.Pipeline)
	}
	return o, nil
}
