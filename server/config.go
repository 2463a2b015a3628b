package server

import (
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"khabar/store"
)

// Config says how a Server answers. Start from DefaultConfig.
type Config struct {
	// Token, when not empty, turns on POST /api/articles for requests
	// carrying "Authorization: Bearer <Token>".
	Token string
	// Lexicon names the lexicon version stored with submitted articles
	// (store.Batch.Lexicon).
	Lexicon string
	// MaxBodyBytes caps a request body.
	MaxBodyBytes int64
	// MaxArticles caps the articles of one POST.
	MaxArticles int
	// MaxPageSize caps ?limit= (and never exceeds store.MaxLimit).
	MaxPageSize int
	// MaxQueries caps the GET requests that run at once; the others wait
	// (within QueryTimeout). Identical requests in flight together share
	// one run and count once.
	MaxQueries int
	// QueryTimeout bounds every GET, waiting included; SubmitTimeout a
	// POST, which extracts.
	QueryTimeout  time.Duration
	SubmitTimeout time.Duration
	// Logger receives server errors (5xx answers); nil means slog.Default.
	Logger *slog.Logger
}

// DefaultConfig is what khabar serve runs with unless told otherwise.
func DefaultConfig() Config {
	return Config{
		MaxBodyBytes:  4 << 20,
		MaxArticles:   100,
		MaxPageSize:   200,
		MaxQueries:    4 * runtime.GOMAXPROCS(0),
		QueryTimeout:  5 * time.Second,
		SubmitTimeout: 2 * time.Minute,
	}
}

// Validate reports the first field that holds an impossible value.
func (c Config) Validate() error {
	switch {
	case c.MaxBodyBytes < 1:
		return fmt.Errorf("server: config: MaxBodyBytes is %d, must be at least 1", c.MaxBodyBytes)
	case c.MaxArticles < 1:
		return fmt.Errorf("server: config: MaxArticles is %d, must be at least 1", c.MaxArticles)
	case c.MaxPageSize < 1 || c.MaxPageSize > store.MaxLimit:
		return fmt.Errorf("server: config: MaxPageSize is %d, must be 1 to %d", c.MaxPageSize, store.MaxLimit)
	case c.MaxQueries < 1:
		return fmt.Errorf("server: config: MaxQueries is %d, must be at least 1", c.MaxQueries)
	case c.QueryTimeout <= 0:
		return fmt.Errorf("server: config: QueryTimeout is %v, must be positive", c.QueryTimeout)
	case c.SubmitTimeout <= 0:
		return fmt.Errorf("server: config: SubmitTimeout is %v, must be positive", c.SubmitTimeout)
	case len(c.Token) > 0 && len(c.Token) < 16:
		return fmt.Errorf("server: config: Token has %d characters, must have at least 16", len(c.Token))
	}
	return nil
}
