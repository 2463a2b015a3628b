package sqlstore

import (
	"context"

	"khabar/store"
)

// Stats sums up the database.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	s := store.Stats{Backend: db.d.Name, ByLang: map[string]int{}, ByType: map[string]int{}}
	v, err := db.schemaVersion(ctx, db.b)
	if err != nil {
		return s, err
	}
	s.SchemaVersion = v
	counts := []struct {
		q    string
		dest *int
	}{
		{`SELECT COUNT(*) FROM articles`, &s.Articles},
		{`SELECT COUNT(DISTINCT story) FROM articles`, &s.Stories},
		{`SELECT COUNT(*) FROM sentences`, &s.Sentences},
		{`SELECT COUNT(*) FROM mentions`, &s.Entities},
		{`SELECT COUNT(*) FROM amounts`, &s.Amounts},
		{`SELECT COUNT(*) FROM quotes`, &s.Quotes},
		{`SELECT COUNT(*) FROM events`, &s.Events},
		{`SELECT COUNT(*) FROM event_reports`, &s.EventReports},
		{`SELECT COUNT(DISTINCT code) FROM event_actors`, &s.Actors},
	}
	for _, c := range counts {
		if err := queryRow(ctx, db.b, c.q, nil, c.dest); err != nil {
			return s, wrapErr("counting", err)
		}
	}
	if err := queryRow(ctx, db.b, `SELECT COALESCE(MIN(date), ''), COALESCE(MAX(date), '') FROM articles WHERE date <> ''`, nil, &s.FirstDate, &s.LastDate); err != nil {
		return s, wrapErr("reading the date range", err)
	}
	groups := []struct {
		q string
		m map[string]int
	}{
		{`SELECT lang, COUNT(*) FROM articles GROUP BY lang`, s.ByLang},
		{`SELECT type, COUNT(*) FROM events GROUP BY type`, s.ByType},
	}
	for _, g := range groups {
		err := db.each(ctx, g.q, nil, func(r Rows) error {
			var k string
			var n int
			if err := r.Scan(&k, &n); err != nil {
				return err
			}
			g.m[k] = n
			return nil
		})
		if err != nil {
			return s, wrapErr("counting by group", err)
		}
	}
	return s, nil
}
