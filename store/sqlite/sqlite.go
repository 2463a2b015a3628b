package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"khabar/store"
	"khabar/store/internal/sqlstore"
)

func init() {
	store.Register("file", func(ctx context.Context, dsn string) (store.Store, error) { return Open(ctx, dsn) })
}

// BusyTimeoutMillis is how long a statement waits for a lock held by
// another connection or process before failing.
const BusyTimeoutMillis = 10000

// dialect is SQLite's: the shared schema with an FTS5 index.
var dialect = &sqlstore.Dialect{
	Name: "sqlite",
	Migrations: []string{
		sqlstore.SharedSchemaV1("INTEGER", "INTEGER PRIMARY KEY", "REAL", "WITHOUT ROWID") + searchTable,
		sqlstore.SchemaV2,
		sqlstore.SchemaV3("INTEGER", "INTEGER PRIMARY KEY", "WITHOUT ROWID"),
		orderedKeysV4,
		sqlstore.SchemaV5("INTEGER"),
		searchV6,
		sqlstore.SchemaV7("INTEGER", "WITHOUT ROWID"),
	},
	OrderedKeys:     true,
	SearchRebuiltAt: []int{4, 6},
	IndexSQL:        `INSERT INTO search (rowid, terms) VALUES (?, ?)`,
	IndexManySQL:    `INSERT INTO search (rowid, terms) SELECT value ->> 0, value ->> 1 FROM json_each(?)`,
	MatchSQL:        `SELECT rowid FROM search WHERE search MATCH ?`,
	MatchArg:        matchArg,
	MaxParams:       32000, // SQLite allows 32766 since 3.32
}

// matchArg writes term groups as an FTS5 query: ("a" OR "ab") AND ("b" OR
// "ab"). Terms hold only letters and digits (searchterms.Query), so
// quoting them is enough.
func matchArg(groups [][]string) string {
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString(" AND ")
		}
		b.WriteByte('(')
		for j, t := range g {
			if j > 0 {
				b.WriteString(" OR ")
			}
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(t, `"`, `""`))
			b.WriteByte('"')
		}
		b.WriteByte(')')
	}
	return b.String()
}

// Open opens (creating if needed) the SQLite database at path, a file
// path or a file: URI, and migrates its schema.
func Open(ctx context.Context, path string) (*sqlstore.DB, error) {
	if path == "" {
		path = store.DefaultPath
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	s, err := sqlstore.New(ctx, backend{db: db, cache: &stmtCache{stmts: map[string]*sql.Stmt{}}}, dialect)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// dsn adds the connection settings to path.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeoutMillis))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(0)")
	// A 64 MB page cache and reads through mmap (up to 256 MB, which counts
	// in the resident size as file cache): a batch's inserts touch
	// the same index pages again and again, and each page read or written
	// through the file is a system call.
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_pragma", "mmap_size(268435456)")
	q.Add("_pragma", "temp_store(MEMORY)")
	// A checkpoint every 64 MB of log rather than every 4 MB: a page
	// written by many commits is copied into the database once, and the
	// database file is synced less often.
	q.Add("_pragma", "wal_autocheckpoint(16384)")
	q.Set("_txlock", "immediate")
	name := path
	if !strings.HasPrefix(name, "file:") {
		name = "file:" + (&url.URL{Path: path}).EscapedPath()
	}
	sep := "?"
	if strings.Contains(name, "?") {
		sep = "&"
	}
	return name + sep + q.Encode()
}
