package watch

import (
	"fmt"
	"log/slog"

	"khabar/ingest"
	"khabar/pipeline"
	"khabar/store"
)

// Watcher polls feeds and stores their new articles. It is safe for
// concurrent use: Poll may run on several feeds at once.
type Watcher struct {
	cfg     Config
	st      store.Store
	feeds   store.FeedStore
	p       *pipeline.Pipeline
	lexicon string
	log     *slog.Logger
	fetch   *fetcher
}

// New returns a watcher that stores into st, which must also be a
// store.FeedStore (store/sqlite and store/postgres are), extracts with p,
// and logs one line per poll and per failure to log (nil: no log).
func New(st store.Store, p *pipeline.Pipeline, cfg Config, log *slog.Logger) (*Watcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	fs, ok := st.(store.FeedStore)
	if !ok {
		return nil, fmt.Errorf("watch: the store %T keeps no feed state (store.FeedStore)", st)
	}
	if p == nil {
		return nil, fmt.Errorf("watch: no pipeline")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	lex := cfg.Lexicon
	if lex == "" {
		lex = ingest.LexiconVersion(p)
	}
	return &Watcher{cfg: cfg, st: st, feeds: fs, p: p, lexicon: lex, log: log, fetch: newFetcher(cfg)}, nil
}
