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
}

func newBulk(d *Dialect, table string, columns ...string) *bulk {
	return &bulk{d: d, table: table, columns: strings.Join(columns, ", "), width: len(columns)}
}

// add queues one row, flushing when a statement would get too many
// parameters.
func (b *bulk) add(ctx context.Context, c Conn, row ...any) error {
	b.args = append(b.args, row...)
	if len(b.args)+b.width > b.d.MaxParams {
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
	err := c.Exec(ctx, b.d.rebind(q.String()), b.args...)
	b.args = b.args[:0]
	if err != nil {
		return wrapErr("inserting into "+b.table, err)
	}
	return nil
}
