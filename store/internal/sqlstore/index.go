package sqlstore

import (
	"context"
	"strconv"

	"khabar/internal/jsonstr"
)

// indexRows gathers the search index rows of a batch as the JSON array
// Dialect.IndexManySQL takes; without that statement each row is
// inserted as it comes (Dialect.IndexSQL).
type indexRows struct {
	json []byte // "[[key,"terms"],…" without the closing bracket
	n    int
}

// add queues the search terms (searchterms.Join) of article art.
func (x *indexRows) add(ctx context.Context, d *Dialect, c Conn, art int64, terms string) error {
	if d.IndexManySQL == "" {
		if err := c.Exec(ctx, d.rebind(d.IndexSQL), art, terms); err != nil {
			return wrapErr("indexing for search", err)
		}
		return nil
	}
	if x.n == 0 {
		x.json = append(x.json[:0], '[')
	} else {
		x.json = append(x.json, ',')
	}
	x.json = append(x.json, '[')
	x.json = strconv.AppendInt(x.json, art, 10)
	x.json = append(x.json, ',')
	x.json = jsonstr.Append(x.json, terms)
	x.json = append(x.json, ']')
	x.n++
	return nil
}

// flush inserts the queued rows in one statement.
func (x *indexRows) flush(ctx context.Context, d *Dialect, c Conn) error {
	if x.n == 0 {
		return nil
	}
	x.json = append(x.json, ']')
	err := c.Exec(ctx, d.rebind(d.IndexManySQL), string(x.json))
	x.n = 0
	x.json = x.json[:0]
	if err != nil {
		return wrapErr("indexing for search", err)
	}
	return nil
}
