package sqlstore

import (
	"context"
	"math"

	"khabar/store/searchterms"
)

// migrateChunk is how many articles a migration reads at a time.
const migrateChunk = 500

// articleChunks calls f with the keys of the stored articles, a chunk at a
// time in key order. Each chunk is read whole before f runs, as a
// connection runs one statement at a time.
func articleChunks(ctx context.Context, db *DB, tx Tx, f func(arts []any) error) error {
	from, cmp := int64(math.MinInt64), ">=" // keys made from hashes may be negative
	for {
		var arts []any
		err := func() error {
			rows, err := tx.Query(ctx, db.d.rebind(`SELECT art FROM articles WHERE art `+cmp+` ? ORDER BY art LIMIT ?`), from, migrateChunk)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var art int64
				if err := rows.Scan(&art); err != nil {
					return err
				}
				arts = append(arts, art)
			}
			return rows.Err()
		}()
		if err != nil {
			return wrapErr("reading the stored articles", err)
		}
		if len(arts) == 0 {
			return nil
		}
		if err := f(arts); err != nil {
			return err
		}
		from, cmp = arts[len(arts)-1].(int64), ">"
	}
}

// reindex fills the search index, which must be empty, from the stored
// articles.
func (db *DB) reindex(ctx context.Context, tx Tx) error {
	return articleChunks(ctx, db, tx, func(arts []any) error {
		type doc struct {
			art  int64
			text string
		}
		var docs []doc
		err := db.eachIn(ctx, tx, `SELECT art, title, body FROM articles WHERE art IN (`+placeholders(len(arts))+`)`, arts, func(r Rows) error {
			var d doc
			var title, body string
			if err := r.Scan(&d.art, &title, &body); err != nil {
				return err
			}
			d.text = title + "\n" + body
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			return wrapErr("reading articles to index", err)
		}
		for _, d := range docs {
			if err := tx.Exec(ctx, db.d.rebind(db.d.IndexSQL), d.art, searchterms.Join(searchterms.Index(d.text))); err != nil {
				return wrapErr("indexing for search", err)
			}
		}
		return nil
	})
}
