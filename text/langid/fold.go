package langid

import (
	"unicode"
	"unicode/utf8"
)

// Code points the fold and the tokenizer treat specially.
const (
	zwnj    = '\u200c' // zero-width non-joiner, the Persian half-space
	zwj     = '\u200d'
	tatweel = '\u0640'
)

// isArabicMark reports whether r is an Arabic diacritic (harakat, shadda,
// sukun, hamza above or below, superscript alef), which the folds drop.
func isArabicMark(r rune) bool {
	return r >= '\u064b' && r <= '\u065f' || r == '\u0670'
}

// foldRune maps r to the form variant markers and Persian function words are
// matched in: Arabic yeh, alef maksura and kaf to Persian ی and ک; teh
// marbuta, heh with yeh above, heh goal and heh doachashmee to ه; alef with
// hamza or wasla to ا (alef with madda, آ, is kept: امریکا and آمریکا are
// different markers); Latin to lower case. It returns -1 for runes the fold
// drops: diacritics, tatweel and joiners.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case isArabicMark(r), r == tatweel, r == zwj:
		return -1
	}
	switch r {
	case 'ي', 'ى':
		return 'ی'
	case 'ك':
		return 'ک'
	case 'ة', 'ۀ', 'ۂ', 'ہ', 'ھ':
		return 'ه'
	case 'أ', 'إ', 'ٱ':
		return 'ا'
	}
	if r >= 0x600 && r <= 0x6ff { // Arabic script has no case
		return r
	}
	return unicode.ToLower(r)
}

// appendFolded appends the fold of word to dst.
func appendFolded(dst []byte, word string) []byte {
	for _, r := range word {
		if f := foldRune(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// appendLight appends word without diacritics, tatweel and joiners, but with
// its letters unchanged: Pashto, Arabic and Urdu function words are told
// apart by letters the full fold would merge (Pashto دي and Persian دی).
func appendLight(dst []byte, word string) []byte {
	for _, r := range word {
		if isArabicMark(r) || r == tatweel || r == zwj {
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// fold returns the fold of s; for building lookup tables, not for hot paths.
func fold(s string) string { return string(appendFolded(nil, s)) }
