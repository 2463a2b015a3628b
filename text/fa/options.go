package fa

// Options says which normalization steps run. Start from DefaultOptions.
type Options struct {
	// KeepDiacritics keeps the short-vowel marks (fatha, damma, kasra,
	// tanwin, shadda, sukun, superscript alef). By default they are removed;
	// the hamza above of هٔ is always kept.
	KeepDiacritics bool
	// Spacing applies the punctuation and white-space rules.
	Spacing bool
	// ZWNJ restores half-spaces with the embedded lexicon.
	ZWNJ bool
}

// DefaultOptions is what khabar runs: every step on, diacritics removed.
func DefaultOptions() Options {
	return Options{Spacing: true, ZWNJ: true}
}
