package sqlite

import (
	"context"
	"database/sql"
	"sync"

	"khabar/store/internal/sqlstore"
)

// maxCachedStatements caps the prepared statements a backend keeps;
// statements beyond it are prepared for each use.
const maxCachedStatements = 256

// backend adapts database/sql to sqlstore.Backend, keeping the statements
// it runs prepared: SQLite spends much of a small statement's time parsing
// it.
type backend struct {
	db    *sql.DB
	cache *stmtCache
}

type stmtCache struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// stmt returns a prepared statement for q, or nil when the cache is full
// or preparing fails (the caller then runs q directly and gets the error).
func (b backend) stmt(ctx context.Context, q string) *sql.Stmt {
	b.cache.mu.Lock()
	defer b.cache.mu.Unlock()
	if s, ok := b.cache.stmts[q]; ok {
		return s
	}
	if len(b.cache.stmts) >= maxCachedStatements {
		return nil
	}
	s, err := b.db.PrepareContext(ctx, q)
	if err != nil {
		return nil
	}
	b.cache.stmts[q] = s
	return s
}

func (b backend) Exec(ctx context.Context, q string, args ...any) error {
	var err error
	if s := b.stmt(ctx, q); s != nil {
		_, err = s.ExecContext(ctx, args...)
	} else {
		_, err = b.db.ExecContext(ctx, q, args...)
	}
	return err
}

func (b backend) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	var r *sql.Rows
	var err error
	if s := b.stmt(ctx, q); s != nil {
		r, err = s.QueryContext(ctx, args...)
	} else {
		r, err = b.db.QueryContext(ctx, q, args...)
	}
	if err != nil {
		return nil, err
	}
	return rows{r}, nil
}

func (b backend) Begin(ctx context.Context) (sqlstore.Tx, error) {
	t, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return tx{t, b}, nil
}

func (b backend) Close() error {
	b.cache.mu.Lock()
	for _, s := range b.cache.stmts {
		s.Close()
	}
	b.cache.stmts = map[string]*sql.Stmt{}
	b.cache.mu.Unlock()
	return b.db.Close()
}

// DB returns the database/sql handle, for tests and tools (PRAGMA
// integrity_check).
func (b backend) DB() *sql.DB { return b.db }

type tx struct {
	t *sql.Tx
	b backend
}

func (t tx) Exec(ctx context.Context, q string, args ...any) error {
	var err error
	if s := t.b.stmt(ctx, q); s != nil {
		_, err = t.t.StmtContext(ctx, s).ExecContext(ctx, args...)
	} else {
		_, err = t.t.ExecContext(ctx, q, args...)
	}
	return err
}

func (t tx) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	var r *sql.Rows
	var err error
	if s := t.b.stmt(ctx, q); s != nil {
		r, err = t.t.StmtContext(ctx, s).QueryContext(ctx, args...)
	} else {
		r, err = t.t.QueryContext(ctx, q, args...)
	}
	if err != nil {
		return nil, err
	}
	return rows{r}, nil
}

func (t tx) Commit(context.Context) error   { return t.t.Commit() }
func (t tx) Rollback(context.Context) error { return t.t.Rollback() }

type rows struct{ r *sql.Rows }

func (r rows) Next() bool             { return r.r.Next() }
func (r rows) Scan(dest ...any) error { return r.r.Scan(dest...) }
func (r rows) Err() error             { return r.r.Err() }
func (r rows) Close()                 { r.r.Close() }
