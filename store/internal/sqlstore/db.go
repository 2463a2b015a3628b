package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"khabar/store"
)

// DB is a store.Store over a Backend in a Dialect.
type DB struct {
	b Backend
	d *Dialect
}

var _ store.Store = (*DB)(nil)

// New migrates the schema of b to the newest version d knows and returns
// the store. It fails with store.ErrSchemaTooNew on a database written by a
// newer khabar.
func New(ctx context.Context, b Backend, d *Dialect) (*DB, error) {
	db := &DB{b: b, d: d}
	if err := db.migrate(ctx); err != nil {
		return nil, err
	}
	return db, nil
}

// Backend returns the connection, for tests and tools.
func (db *DB) Backend() Backend { return db.b }

// Close closes the backend.
func (db *DB) Close() error {
	return db.b.Close()
}

// migrate applies the migrations not yet applied, each in a transaction
// that also records it in schema_version.
func (db *DB) migrate(ctx context.Context) error {
	err := db.inTx(ctx, func(tx Tx) error {
		if db.d.MigrateLock != "" {
			if err := tx.Exec(ctx, db.d.MigrateLock); err != nil {
				return err
			}
		}
		return tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	})
	if err != nil {
		return wrapErr("creating schema_version", err)
	}
	have, err := db.schemaVersion(ctx, db.b)
	if err != nil {
		return err
	}
	if have > len(db.d.Migrations) {
		return fmt.Errorf("%w: database has version %d, this khabar knows up to %d", store.ErrSchemaTooNew, have, len(db.d.Migrations))
	}
	for v := have + 1; v <= len(db.d.Migrations); v++ {
		err := db.inTx(ctx, func(tx Tx) error {
			if db.d.MigrateLock != "" {
				if err := tx.Exec(ctx, db.d.MigrateLock); err != nil {
					return err
				}
			}
			// Another process may have migrated meanwhile.
			now, err := db.schemaVersion(ctx, tx)
			if err != nil || now >= v {
				return err
			}
			if err := tx.Exec(ctx, db.d.Migrations[v-1]); err != nil {
				return wrapErr(fmt.Sprintf("migrating to schema version %d", v), err)
			}
			if err := db.migrateData(ctx, tx, v); err != nil {
				return fmt.Errorf("migrating to schema version %d: %w", v, err)
			}
			return tx.Exec(ctx, db.d.rebind(`INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`), v, time.Now().UTC().Format(time.RFC3339))
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// migrateData runs the part of migration v written in Go, if any.
func (db *DB) migrateData(ctx context.Context, tx Tx, v int) error {
	if slices.Contains(db.d.SearchRebuiltAt, v) {
		if err := db.reindex(ctx, tx); err != nil {
			return err
		}
	}
	if v == EntitiesSplitAt {
		return db.migrateEntities(ctx, tx)
	}
	return nil
}

func (db *DB) schemaVersion(ctx context.Context, c Conn) (int, error) {
	var v int
	err := queryRow(ctx, c, `SELECT COALESCE(MAX(version), 0) FROM schema_version`, nil, &v)
	return v, err
}

// inTx runs f in a transaction, committing when it returns nil.
func (db *DB) inTx(ctx context.Context, f func(Tx) error) error {
	tx, err := db.b.Begin(ctx)
	if err != nil {
		return wrapErr("beginning a transaction", err)
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return wrapErr("committing", err)
	}
	return nil
}

// queryRow runs a query expected to return one row and scans it; no row
// is store.ErrNotFound.
func queryRow(ctx context.Context, c Conn, q string, args []any, dest ...any) error {
	rows, err := c.Query(ctx, q, args...)
	if err != nil {
		return wrapErr("query", err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return wrapErr("query", err)
		}
		return store.ErrNotFound
	}
	if err := rows.Scan(dest...); err != nil {
		return wrapErr("reading a row", err)
	}
	return nil
}

// wrapErr says what was being done; context errors stay testable with
// errors.Is.
func wrapErr(what string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, store.ErrInvalid) || errors.Is(err, store.ErrNotFound) {
		return err
	}
	return fmt.Errorf("store: %s: %w", what, err)
}

// Has reports whether the article id is stored.
func (db *DB) Has(ctx context.Context, id string) (bool, error) {
	known, err := db.Known(ctx, []string{id})
	return known[id], err
}

// Known returns which of ids are stored.
func (db *DB) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	if len(ids) > store.MaxKnownIDs {
		return nil, fmt.Errorf("%w: ids: %d, at most %d per call", store.ErrInvalid, len(ids), store.MaxKnownIDs)
	}
	return db.known(ctx, db.b, ids)
}

func (db *DB) known(ctx context.Context, c Conn, ids []string) (map[string]bool, error) {
	out := make(map[string]bool, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, 0, len(ids))
	for _, id := range ids {
		k, err := articleKey(id)
		if err != nil {
			return nil, err
		}
		args = append(args, k)
	}
	for start := 0; start < len(args); start += db.d.MaxParams {
		part := args[start:min(len(args), start+db.d.MaxParams)]
		rows, err := c.Query(ctx, db.d.rebind(`SELECT id FROM articles WHERE `+db.d.idKey()+` IN (`+placeholders(len(part))+`)`), part...)
		if err != nil {
			return nil, wrapErr("looking up articles", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, wrapErr("looking up articles", err)
			}
			out[id] = true
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, wrapErr("looking up articles", err)
		}
	}
	return out, nil
}

// placeholders returns "?, ?, …" with n marks.
func placeholders(n int) string {
	b := make([]byte, 0, 3*n)
	for i := range n {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, '?')
	}
	return string(b)
}
