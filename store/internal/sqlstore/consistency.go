package sqlstore

import (
	"context"
	"fmt"
)

// CheckConsistency checks what the transactions should keep true: every
// event's mention count is the number of distinct articles that report
// it, and every report, sentence and search entry belongs to a stored
// article. It returns an error naming what is off, or nil.
func (db *DB) CheckConsistency(ctx context.Context) error {
	checks := []struct{ what, q string }{
		{"events with a wrong mention count", `SELECT COUNT(*) FROM events e WHERE mentions <> (SELECT COUNT(DISTINCT art) FROM event_reports r WHERE r.ev = e.ev)`},
		{"event reports without an article", `SELECT COUNT(*) FROM event_reports r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.art = r.art)`},
		{"sentences without an article", `SELECT COUNT(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.art = s.art)`},
		{"events without a report", `SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.ev = e.ev)`},
	}
	for _, c := range checks {
		var n int
		if err := queryRow(ctx, db.b, c.q, nil, &n); err != nil {
			return wrapErr("checking consistency", err)
		}
		if n != 0 {
			return fmt.Errorf("store: %d %s", n, c.what)
		}
	}
	return nil
}
