package sqlstore

import (
	"context"
	"strconv"
	"unicode/utf8"
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
	x.json = appendJSONString(x.json, terms)
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

// appendJSONString appends s as a JSON string. Control characters, the
// quote and the backslash are escaped; every other byte is copied, so
// valid UTF-8 stays as it is (invalid bytes are replaced by U+FFFD, which
// both databases' JSON readers would otherwise refuse).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
			i++
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			i++
		case c < 0x80:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, "\ufffd"...)
			} else {
				b = append(b, s[i:i+size]...)
			}
			i += size
		}
	}
	return append(b, '"')
}
