package sqlstore

import (
	"context"
	"strings"
)

// bulk gathers rows for one table and inserts them with multi-row INSERT
// statements.
type bulk struct {
	d       *Dialect
	table   string
	columns string
	width   int
	args    []any
	suffix  string // after the VALUES: a conflict clause, or ""
}

func newBulk(d *Dialect, table string, columns ...string) *bulk {
	return &bulk{d: d, table: table, columns: strings.Join(columns, ", "), width: len(columns)}
}

// bulkRows is the most rows one INSERT takes: statements of that size
// repeat the same SQL text, so the prepared-statement cache serves them.
const bulkRows = 64

// add queues one row, flushing when the statement is full: bulkRows rows,
// or as many as the database's parameter limit allows.
func (b *bulk) add(ctx context.Context, c Conn, row ...any) error {
	b.args = append(b.args, row...)
	if len(b.args) >= bulkRows*b.width || len(b.args)+b.width > b.d.MaxParams {
		return b.flush(ctx, c)
	}
	return nil
}

// flush inserts the queued rows.
func (b *bulk) flush(ctx context.Context, c Conn) error {
	if len(b.args) == 0 {
		return nil
	}
	var q strings.Builder
	q.WriteString("INSERT INTO ")
	q.WriteString(b.table)
	q.WriteString(" (")
	q.WriteString(b.columns)
	q.WriteString(") VALUES ")
	row := "(" + strings.Repeat("?, ", b.width-1) + "?)"
	for i := 0; i < len(b.args)/b.width; i++ {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(row)
	}
	if b.suffix != "" {
		q.WriteString(" ")
		q.WriteString(b.suffix)
	}
	err := c.Exec(ctx, b.d.rebind(q.String()), b.args...)
	b.args = b.args[:0]
	if err != nil {
		return wrapErr("inserting into "+b.table, err)
	}
	return nil
}

// newBulkWith is newBulk with a clause after the VALUES (ON CONFLICT …).
func newBulkWith(d *Dialect, suffix, table string, columns ...string) *bulk {
	b := newBulk(d, table, columns...)
	b.suffix = suffix
	return b
}
