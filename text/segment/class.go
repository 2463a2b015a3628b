package segment

import (
	"unicode"
	"unicode/utf8"
)

// class is what the segmenter needs to know about one rune.
type class uint8

const (
	clsOther  class = iota // invalid bytes and unassigned runes: kept, tokenized as symbols
	clsSpace               // white space and invisible format marks (RLM, ZWSP, BOM)
	clsJoiner              // ZWNJ, ZWJ, soft hyphen: kept inside a word, trimmed at its edges
	clsLetter              // any letter, tatweel included
	clsMark                // combining mark (harakat, hamza above, variation selectors)
	clsDigit               // decimal digit of any script
	clsPunct               // punctuation mark
	clsSymbol              // currency, math and percent signs, emoji
)

// Runes below tableLimit, and the General Punctuation block, are classed by
// table lookup; the rest through the unicode package.
const tableLimit = 0x800

var (
	lowTable   [tableLimit]class
	punctTable [0x2070 - 0x2000]class
)

func init() {
	for r := rune(0); r < tableLimit; r++ {
		lowTable[r] = classify(r)
	}
	for r := rune(0x2000); r < 0x2070; r++ {
		punctTable[r-0x2000] = classify(r)
	}
}

// classOf returns the class of r. It is small enough to be inlined.
func classOf(r rune) class {
	if uint32(r) < tableLimit {
		return lowTable[r]
	}
	return classOfHigh(r)
}

// classOfHigh returns the class of a rune outside lowTable.
func classOfHigh(r rune) class {
	if r >= 0x2000 && r < 0x2070 {
		return punctTable[r-0x2000]
	}
	if r < 0 {
		return clsOther
	}
	return classify(r)
}

// symbolPunct holds the marks Unicode calls punctuation that khabar treats
// as symbols: they stand for a unit or a word, not for a pause.
var symbolPunct = map[rune]bool{
	'%': true, '٪': true, '‰': true, '‱': true, '؉': true, '؊': true,
	'#': true, '&': true, '@': true, '*': true, '§': true, '¶': true,
	'†': true, '‡': true,
}

// classify computes the class of r from the Unicode tables.
func classify(r rune) class {
	switch r {
	case '\u200c', '\u200d', '\u00ad':
		return clsJoiner
	case '\u200b', '\u200e', '\u200f', '\ufeff', '\u2060',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069', '\u061c':
		return clsSpace
	case utf8.RuneError:
		return clsOther
	}
	switch {
	case unicode.IsSpace(r):
		return clsSpace
	case unicode.IsLetter(r):
		return clsLetter
	case unicode.IsMark(r):
		return clsMark
	case unicode.IsDigit(r):
		return clsDigit
	case symbolPunct[r]:
		return clsSymbol
	case unicode.IsPunct(r):
		return clsPunct
	case unicode.IsSymbol(r):
		return clsSymbol
	}
	return clsOther
}

// isBlank reports whether a rune of class c is left out of sentence and
// token spans at their edges.
func (c class) isBlank() bool { return c == clsSpace || c == clsJoiner }

// isWordPart reports whether a rune of class c makes up a word.
func (c class) isWordPart() bool { return c == clsLetter || c == clsMark }

// isNewline reports whether r breaks a line.
func isNewline(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// decode returns the rune at s[i] and its width. It is small enough to be
// inlined, for the ASCII fast path.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeMulti(s[i:])
}

// decodeMulti decodes a rune of more than one byte, with a fast path for
// two-byte runes (Arabic script, Cyrillic, Latin accents).
func decodeMulti(s string) (rune, int) {
	if c := s[0]; c >= 0xc2 && c < 0xe0 && len(s) > 1 {
		if c1 := s[1]; c1&0xc0 == 0x80 {
			return rune(c&0x1f)<<6 | rune(c1&0x3f), 2
		}
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLast returns the rune that ends at s[i] (exclusive) and its width,
// or (-1, 0) at the start of s.
func decodeLast(s string, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isASCIIAlnum(r rune) bool {
	return r >= 0 && r < utf8.RuneSelf && (isASCIILetter(byte(r)) || '0' <= r && r <= '9')
}

// isArabicScript reports whether r is a letter of the Arabic script
// (Persian, Dari, Pashto, Arabic, Urdu).
func isArabicScript(r rune) bool {
	switch {
	case r >= 0x0600 && r < 0x0700, r >= 0x0750 && r < 0x0780:
		return lowTable[r] == clsLetter
	case r >= 0x08a0 && r < 0x0900, r >= 0xfb50 && r < 0xfe00, r >= 0xfe70 && r < 0xff00:
		return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
	}
	return false
}
