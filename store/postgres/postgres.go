package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"khabar/store"
	"khabar/store/internal/sqlstore"
)

func init() {
	store.Register("postgres", func(ctx context.Context, dsn string) (store.Store, error) { return Open(ctx, dsn) })
}

// MaxConns is the size of a Store's connection pool.
const MaxConns = 8

var dialect = &sqlstore.Dialect{
	Name: "postgres",
	Migrations: []string{
		sqlstore.SharedSchemaV1("BIGINT", "BIGINT PRIMARY KEY", "DOUBLE PRECISION", "") + `
CREATE TABLE search (art BIGINT PRIMARY KEY, terms TSVECTOR NOT NULL);
CREATE INDEX search_terms ON search USING GIN (terms);
`,
		sqlstore.SchemaV2,
		sqlstore.SchemaV3("BIGINT", "BIGINT PRIMARY KEY", ""),
		// Version 4 keys SQLite's articles in order (sqlstore.Dialect.OrderedKeys);
		// here they stay the hash of their id, which concurrent workers
		// compute without a sequence.
		`SELECT 1`,
		sqlstore.SchemaV5("BIGINT"),
		// Version 6 makes SQLite's search index again; PostgreSQL's is
		// unchanged.
		`SELECT 1`,
		sqlstore.SchemaV7("BIGINT", ""),
	},
	Dollar: true,
	// One lock for every khabar process on the server ("khabar" in hex).
	MigrateLock:  `SELECT pg_advisory_xact_lock(6825145645618)`,
	IndexSQL:     `INSERT INTO search (art, terms) VALUES (?, COALESCE(array_to_tsvector(string_to_array(NULLIF(?, ''), ' ')), ''::tsvector))`,
	IndexManySQL: `INSERT INTO search (art, terms) SELECT (e ->> 0)::bigint, COALESCE(array_to_tsvector(string_to_array(NULLIF(e ->> 1, ''), ' ')), ''::tsvector) FROM jsonb_array_elements(?::jsonb) e`,
	MatchSQL:     `SELECT art FROM search WHERE terms @@ ?::tsquery`,
	MatchArg:     matchArg,
	MaxParams:    10000,
}

// matchArg writes term groups as a tsquery: ('a' | 'ab') & ('b' | 'ab').
func matchArg(groups [][]string) string {
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString(" & ")
		}
		b.WriteByte('(')
		for j, t := range g {
			if j > 0 {
				b.WriteString(" | ")
			}
			b.WriteByte('\'')
			b.WriteString(strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(t))
			b.WriteByte('\'')
		}
		b.WriteByte(')')
	}
	return b.String()
}

// Open connects to the database dsn names and migrates its schema.
func Open(ctx context.Context, dsn string) (*sqlstore.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: %w", err)
	}
	p := newPool(cfg, MaxConns)
	// Connect once now, so that a wrong DSN fails here.
	c, err := p.get(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: connecting to %s:%d: %w", cfg.Host, cfg.Port, err)
	}
	p.put(c)
	s, err := sqlstore.New(ctx, p, dialect)
	if err != nil {
		p.Close()
		return nil, err
	}
	return s, nil
}
