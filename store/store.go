package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"khabar/pipeline"
	"khabar/store/searchterms"
	"khabar/store/simhash"
	"khabar/text/fa"
)

// Store is a database of extracted articles. Implementations are safe for
// concurrent use.
type Store interface {
	// Put stores a batch of results in one transaction: either all of
	// them are stored (or found already stored) or none is. An article
	// whose id is already stored, or that appears twice in the batch, is
	// counted in PutSummary.Duplicates and changes nothing. Results
	// without an article id are refused with ErrInvalid.
	Put(ctx context.Context, b Batch) (PutSummary, error)
	// Has reports whether an article with this id is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Known returns the subset of ids that are stored (at most
	// MaxKnownIDs per call), so that a caller can skip them in one round
	// trip.
	Known(ctx context.Context, ids []string) (map[string]bool, error)
	// Article returns one article with everything extracted from it, or
	// an error wrapping ErrNotFound.
	Article(ctx context.Context, id string) (Article, error)
	// Articles lists articles, newest first (by date, then id).
	Articles(ctx context.Context, q ArticleQuery) (Page[ArticleSummary], error)
	// Search finds articles whose folded text holds every word of q.Q,
	// newest first.
	Search(ctx context.Context, q SearchQuery) (Page[SearchHit], error)
	// Events lists merged events matching q, newest first (by date, then
	// event id).
	Events(ctx context.Context, q EventQuery) (Page[EventRow], error)
	// Actors lists actor codes with their event counts, the most active
	// first.
	Actors(ctx context.Context, q ActorQuery) (Page[ActorRow], error)
	// Dyads lists pairs (actor code, recipient code) with their event
	// counts, the most frequent first, at most q.Limit of them: the edges
	// of the actor network.
	Dyads(ctx context.Context, q EventQuery) ([]Dyad, error)
	// Timeline counts the events matching q per interval, oldest first;
	// intervals without events are left out.
	Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error)
	// Stats sums up the whole database.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the database; the Store must not be used after.
	Close() error
}

// Batch is what Put stores in one transaction.
type Batch struct {
	// Results are the pipeline's results, one per article; each must have
	// Article.ID set (pipeline.Extract sets it).
	Results []pipeline.Result
	// Lexicon names the version of the actor and trigger lexicons that
	// coded the results (e.g. a hash of their files); it is kept with each
	// article beside its khabar_version.
	Lexicon string
	// Prepared, when it holds one item per result, is Prepare of each,
	// worked out where the results were made; otherwise Put works it out.
	Prepared []Prepared
}

// Prepared is what a store computes from a result before writing it: the
// SimHash fingerprint of its body and its search terms. Work it out with
// Prepare where results are made, in parallel, so that the one writing
// transaction does not.
type Prepared struct {
	SimHash uint64
	Terms   string // searchterms.Join of searchterms.Index of title and body
}

// Prepare returns the Prepared of r.
func Prepare(r *pipeline.Result) Prepared {
	// The body is folded and split once, for both: the terms of title
	// and body are those of the title's words followed by the body's.
	a := &r.Article
	body := simhash.Words(fa.Fold(a.Body))
	words := append(simhash.Words(fa.Fold(a.Title)), body...)
	return Prepared{SimHash: simhash.OfWords(body), Terms: searchterms.Join(searchterms.IndexWords(words))}
}

// PreparedOf returns the Prepared of result i of b: the one given, or
// else worked out now.
func (b *Batch) PreparedOf(i int) Prepared {
	if len(b.Prepared) == len(b.Results) {
		return b.Prepared[i]
	}
	return Prepare(&b.Results[i])
}

// PutSummary says what Put did with a batch.
type PutSummary struct {
	// Stored is the number of new articles written.
	Stored int `json:"stored"`
	// Duplicates is the number of results whose article was already
	// stored or repeated within the batch.
	Duplicates int `json:"duplicates"`
	// Linked is the number of new articles joined to the story of an
	// earlier near-duplicate.
	Linked int `json:"linked"`
	// NewEvents is the number of events not seen before; the other events
	// of the batch added a mention to an existing one.
	NewEvents int `json:"new_events"`
	// StoredIDs are the ids of the new articles, in batch order.
	StoredIDs []string `json:"stored_ids,omitempty"`
}

// Add adds o's counts to s.
func (s *PutSummary) Add(o PutSummary) {
	s.Stored += o.Stored
	s.Duplicates += o.Duplicates
	s.Linked += o.Linked
	s.NewEvents += o.NewEvents
	s.StoredIDs = append(s.StoredIDs, o.StoredIDs...)
}

// DefaultPath is the SQLite file Open uses for an empty DSN.
const DefaultPath = "khabar.db"

// Opener opens a Store for a DSN of the scheme it was registered for.
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	registryMu sync.RWMutex
	registry   = map[string]Opener{}
)

// Register makes an implementation available to Open for DSNs of the form
// scheme://…; the scheme "file" stands for plain file paths. It panics if
// the scheme is registered twice, so that no implementation silently
// replaces another.
func Register(scheme string, open Opener) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[scheme]; dup {
		panic("store: Register called twice for scheme " + scheme)
	}
	registry[scheme] = open
}

// Open opens the database dsn names, creating it and migrating its schema
// as needed: "" means DefaultPath; postgres://… and postgresql://… a
// PostgreSQL database; file:… or any other path a SQLite file. The
// implementations must have been imported (see the package doc).
func Open(ctx context.Context, dsn string) (Store, error) {
	scheme := SchemeOf(dsn)
	if dsn == "" {
		dsn = DefaultPath
	}
	registryMu.RLock()
	open, ok := registry[scheme]
	schemes := make([]string, 0, len(registry))
	for s := range registry {
		schemes = append(schemes, s)
	}
	registryMu.RUnlock()
	if !ok {
		slices.Sort(schemes)
		return nil, fmt.Errorf("store: no implementation for %q databases (registered: %s); import khabar/store/drivers", scheme, strings.Join(schemes, ", "))
	}
	return open(ctx, dsn)
}

// SchemeOf returns "postgres" for postgres:// and postgresql:// DSNs and
// "file" for everything else (paths and file: URIs).
func SchemeOf(dsn string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return "postgres"
	}
	return "file"
}

// Sentinel errors; errors returned by a Store wrap them where they apply.
var (
	// ErrNotFound: no article (or other item) has the id asked for.
	ErrNotFound = errors.New("store: not found")
	// ErrInvalid: a query or batch holds an impossible value; the message
	// names the field. Servers answer it with 400.
	ErrInvalid = errors.New("store: invalid request")
	// ErrSchemaTooNew: the database was written by a newer khabar whose
	// schema this one does not know.
	ErrSchemaTooNew = errors.New("store: database schema is newer than this khabar")
)

// invalid returns an error wrapping ErrInvalid that names field.
func invalid(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalid, field, fmt.Sprintf(format, args...))
}
