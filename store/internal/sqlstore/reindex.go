package sqlstore

import (
	"context"
	"math"

	"khabar/store/searchterms"
)

// reindexChunk is how many articles reindex reads at a time.
const reindexChunk = 500

// reindex fills the search index, which must be empty, from the stored
// articles, a chunk at a time in key order.
func (db *DB) reindex(ctx context.Context, tx Tx) error {
	type doc struct {
		art  int64
		text string
	}
	from, cmp := int64(math.MinInt64), ">=" // keys made from hashes may be negative
	for {
		rows, err := tx.Query(ctx, db.d.rebind(`SELECT art, title, body FROM articles WHERE art `+cmp+` ? ORDER BY art LIMIT ?`), from, reindexChunk)
		if err != nil {
			return wrapErr("reading articles to index", err)
		}
		var docs []doc
		for rows.Next() {
			var d doc
			var title, body string
			if err := rows.Scan(&d.art, &title, &body); err != nil {
				rows.Close()
				return wrapErr("reading articles to index", err)
			}
			d.text = title + "\n" + body
			docs = append(docs, d)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return wrapErr("reading articles to index", err)
		}
		if len(docs) == 0 {
			return nil
		}
		for _, d := range docs {
			if err := tx.Exec(ctx, db.d.rebind(db.d.IndexSQL), d.art, searchterms.Join(searchterms.Index(d.text))); err != nil {
				return wrapErr("indexing for search", err)
			}
		}
		from, cmp = docs[len(docs)-1].art, ">"
	}
}
