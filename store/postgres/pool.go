package postgres

import (
	"context"
	"errors"
	"sync"

	"github.com/jackc/pgx/v5"

	"khabar/store/internal/sqlstore"
)

// pool is a fixed-size pool of connections: a Store's sqlstore.Backend.
type pool struct {
	cfg   *pgx.ConnConfig
	slots chan struct{} // one token per connection that may be open
	mu    sync.Mutex
	idle  []*pgx.Conn
}

func newPool(cfg *pgx.ConnConfig, size int) *pool {
	p := &pool{cfg: cfg, slots: make(chan struct{}, size)}
	for range size {
		p.slots <- struct{}{}
	}
	return p
}

// get takes an idle connection or opens one, waiting for a free slot.
func (p *pool) get(ctx context.Context) (*pgx.Conn, error) {
	select {
	case <-p.slots:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		c := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	c, err := pgx.ConnectConfig(ctx, p.cfg)
	if err != nil {
		p.slots <- struct{}{}
		return nil, err
	}
	return c, nil
}

// put returns a connection; a broken one is closed.
func (p *pool) put(c *pgx.Conn) {
	if c.IsClosed() || c.PgConn().IsBusy() || c.PgConn().TxStatus() != 'I' {
		c.Close(context.Background())
	} else {
		p.mu.Lock()
		p.idle = append(p.idle, c)
		p.mu.Unlock()
	}
	p.slots <- struct{}{}
}

func (p *pool) Exec(ctx context.Context, q string, args ...any) error {
	c, err := p.get(ctx)
	if err != nil {
		return err
	}
	defer p.put(c)
	_, err = c.Exec(ctx, q, args...)
	return err
}

func (p *pool) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	c, err := p.get(ctx)
	if err != nil {
		return nil, err
	}
	r, err := c.Query(ctx, q, args...)
	if err != nil {
		p.put(c)
		return nil, err
	}
	return &rows{Rows: r, done: func() { p.put(c) }}, nil
}

func (p *pool) Begin(ctx context.Context) (sqlstore.Tx, error) {
	c, err := p.get(ctx)
	if err != nil {
		return nil, err
	}
	t, err := c.Begin(ctx)
	if err != nil {
		p.put(c)
		return nil, err
	}
	return &tx{t: t, done: func() { p.put(c) }}, nil
}

// Close closes the idle connections; connections in use are closed when
// returned.
func (p *pool) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var errs []error
	for _, c := range p.idle {
		errs = append(errs, c.Close(context.Background()))
	}
	p.idle = nil
	return errors.Join(errs...)
}

type rows struct {
	pgx.Rows
	done func()
	once sync.Once
}

func (r *rows) Close() {
	r.Rows.Close()
	r.once.Do(r.done)
}

type tx struct {
	t    pgx.Tx
	done func()
	once sync.Once
}

func (t *tx) Exec(ctx context.Context, q string, args ...any) error {
	_, err := t.t.Exec(ctx, q, args...)
	return err
}

func (t *tx) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	r, err := t.t.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return txRows{r}, nil
}

func (t *tx) Commit(ctx context.Context) error {
	defer t.once.Do(t.done)
	return t.t.Commit(ctx)
}

func (t *tx) Rollback(ctx context.Context) error {
	defer t.once.Do(t.done)
	return t.t.Rollback(ctx)
}

// txRows are rows of a transaction's connection, which stays with the
// transaction.
type txRows struct{ pgx.Rows }

func (r txRows) Close() { r.Rows.Close() }
