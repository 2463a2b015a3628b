// Package text holds the small types that every text stage shares: byte
// spans into an article body, sentences and tokens, and the Alignment that
// maps offsets in a normalized string back to the string it was made from.
//
// Normalizers change text (they unify letters, insert half-spaces, drop
// tatweel), but every fact khabar reports must point into the body as it was
// read. A stage that edits text therefore writes through a Builder, which
// records each edit; the resulting Alignment turns any span of the output
// into the span of the input it came from.
//
// The types here have no dependencies beyond the standard library. An
// Alignment is immutable once built and safe for concurrent use; a Builder
// is not.
package text
