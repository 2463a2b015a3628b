// Package postgres is the PostgreSQL store.Store, through
// github.com/jackc/pgx/v5, chosen with a postgres:// or postgresql:// DSN.
// Importing the package registers it with store.Open.
//
// The full-text index is a tsvector built from the pre-folded terms with
// array_to_tsvector (no parser, no stemming), under a GIN index; queries
// are tsquery values of the same terms. Every table is keyed so that it can
// be distributed with Citus: the per-article tables by art, the events by
// ev, the near-duplicate bands by band_key (see store/internal/sqlstore).
//
// A Store holds a small pool of connections (MaxConns) and is safe for
// concurrent use. A search_path parameter in the DSN selects the schema.
package postgres
