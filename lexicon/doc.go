// Package lexicon holds khabar's actor lexicon: countries, international
// organisations, people with their offices, organisations, places, named
// events, and agents (common nouns such as پولیس or وزارت خارجه that name a
// sector of whatever country the context gives).
//
// The lexicon is plain text, one file per theme, in data/ (see FORMAT.md),
// embedded in the binary. Load reads the embedded files and then any user
// directories, whose records override or extend the built-in ones by id,
// without rebuilding.
//
// A Lexicon is immutable once loaded and safe for concurrent use.
package lexicon
