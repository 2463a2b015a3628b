package sqlstore

import "context"

// Conn runs statements: a database or a transaction.
type Conn interface {
	Exec(ctx context.Context, query string, args ...any) error
	Query(ctx context.Context, query string, args ...any) (Rows, error)
}

// Rows is the result of Query; Close must be called.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Tx is a transaction.
type Tx interface {
	Conn
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
}

// Backend is a database connection (or pool) that can begin transactions.
type Backend interface {
	Conn
	Begin(ctx context.Context) (Tx, error)
	Close() error
}

// Dialect is what differs between databases.
type Dialect struct {
	// Name is "sqlite" or "postgres" (store.Stats.Backend).
	Name string
	// Migrations are the schema changes; Migrations[i] brings the schema
	// to version i+1. Each runs in one transaction.
	Migrations []string
	// Dollar says placeholders are $1, $2, … rather than ?.
	Dollar bool
	// IndexSQL inserts one article into the search index; its two
	// parameters are the article key and the index terms joined by spaces.
	IndexSQL string
	// IndexManySQL, when set, inserts many articles into the search index
	// in one statement; its one parameter is a JSON array of [key, terms]
	// pairs (see indexRows). The writer indexes a batch's articles with
	// it, after its other rows: SQLite's FTS5 writes what it holds in
	// memory to disk as a new segment before every statement that may
	// roll back alone, so rows indexed one at a time between other
	// inserts made a segment per article, and merging those cost more
	// than the inserts.
	IndexManySQL string
	// MatchSQL is a sub-query selecting the keys of the articles that
	// match its one parameter, made by MatchArg.
	MatchSQL string
	// MatchArg turns query term groups (every group must match, one of
	// its terms suffices) into MatchSQL's parameter.
	MatchArg func(groups [][]string) string
	// MaxParams is the most parameters one statement may have.
	MaxParams int
	// MigrateLock, when set, runs first in the migration transaction and
	// holds a lock until it ends, so that processes opening a new
	// database at once migrate it one after the other (PostgreSQL's
	// pg_advisory_xact_lock). SQLite's write lock does this by itself.
	MigrateLock string
	// OrderedKeys says articles and events are keyed in the order they
	// are stored (the largest key so far plus one), so that the tables
	// and indexes keyed by them grow at their ends rather than at random
	// places, and are found through a column with a unique index that
	// holds their hash: id_key (articleKey of the id) and ev_key
	// (eventKey, the public id of an event). Without it the keys are
	// those hashes themselves, which any writer computes without a
	// sequence. Keys in order need one writer at a time (SQLite's write
	// lock taken at BEGIN).
	OrderedKeys bool
	// SearchRebuiltAt are the schema versions whose migrations empty the
	// search index, which is then filled again from the articles in the
	// same transaction.
	SearchRebuiltAt []int
}

// evKey is the column of events that holds the hash of the event key
// (eventKey), which is the event's public id.
func (d *Dialect) evKey() string {
	if d.OrderedKeys {
		return "ev_key"
	}
	return "ev"
}

// idKey is the column of articles that holds articleKey of the id.
func (d *Dialect) idKey() string {
	if d.OrderedKeys {
		return "id_key"
	}
	return "art"
}

// rebind turns ? placeholders into $n for dialects that need it. The
// queries of this package hold no ? inside string literals.
func (d *Dialect) rebind(q string) string {
	if !d.Dollar {
		return q
	}
	b := make([]byte, 0, len(q)+16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b = append(b, '$')
			b = appendInt(b, n)
			continue
		}
		b = append(b, q[i])
	}
	return string(b)
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}
