// Package sqlstore is the one implementation of store.Store over SQL that
// both store/sqlite and store/postgres use. What differs between the two
// databases (schema types, placeholders, the full-text index) is given by
// a Dialect; the connection by a Backend.
//
// A DB is safe for concurrent use as far as its Backend is.
package sqlstore
