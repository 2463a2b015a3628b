// Package sqlite is the default store.Store: one SQLite file, through the
// pure-Go driver modernc.org/sqlite, in WAL mode with a busy timeout, its
// full-text index an FTS5 table of pre-folded terms (see
// store/internal/sqlstore). Importing the package registers it with
// store.Open for file paths.
//
// Writes take the database lock at BEGIN (BEGIN IMMEDIATE), so concurrent
// writers wait for each other instead of failing; a Store is safe for
// concurrent use.
package sqlite
