// Package simhash fingerprints texts so that near-duplicates (the same
// story syndicated with small edits) can be found: a 64-bit SimHash over
// the word 3-shingles of the folded text, and a banded index key set that
// finds every stored fingerprint within Hamming distance 3 by exact
// lookups.
//
// Everything here is a pure function and safe for concurrent use.
package simhash
