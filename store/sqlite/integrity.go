package sqlite

import (
	"context"
	"fmt"

	"khabar/store"
	"khabar/store/internal/sqlstore"
)

// IntegrityCheck runs PRAGMA integrity_check on a store opened by this
// package and returns nil when SQLite answers "ok".
func IntegrityCheck(ctx context.Context, s store.Store) error {
	db, ok := s.(*sqlstore.DB)
	if !ok {
		return fmt.Errorf("sqlite: integrity check: %T is not a SQLite store", s)
	}
	b, ok := db.Backend().(backend)
	if !ok {
		return fmt.Errorf("sqlite: integrity check: not a SQLite store")
	}
	var res string
	if err := b.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("sqlite: integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("sqlite: integrity check: %s", res)
	}
	return nil
}
