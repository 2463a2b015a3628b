// Package hunspell reads the parts of a Hunspell dictionary that the ZWNJ
// lexicon is built from: the PFX/SFX affix classes of an .aff file (with
// strip, add, condition and continuation flags, FLAG long or single-char
// flags) and the word list of a .dic file, and expands a word by its affix
// flags the way Hunspell would.
//
// It is internal to khabar/text/fa/zwnj: the generator uses it to build the
// embedded table and the tests use it to check the table against the source.
// Compounding, suggestion and the other .aff directives are ignored. All
// types are immutable once parsed and safe for concurrent use.
package hunspell
