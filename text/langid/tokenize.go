package langid

import (
	"unicode"
	"unicode/utf8"
)

// tokenKind says whether a token is a run of letters or of digits.
type tokenKind uint8

const (
	tokNone   tokenKind = iota // end of text
	tokWord                    // letters and the marks on them
	tokNumber                  // digits of any script
)

// token is a word or a number, as a byte range [start, end) of the text.
// Everything else (spaces, punctuation, half-spaces) separates tokens, so a
// word written with a half-space (می‌شود) is two tokens, just as when the
// half-space was typed as a space.
type token struct {
	kind       tokenKind
	start, end int
}

// nextToken returns the first token of s at or after byte i, and the byte
// index to continue from. Its kind is tokNone when s has no more tokens.
func nextToken(s string, i int) (token, int) {
	for i < len(s) {
		p, size := runeAt(s, i)
		kind := p.kind()
		if kind == tokNone {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(s) {
			p, size = runeAt(s, i)
			if p.kind() != kind && !(kind == tokWord && p&propInner != 0) {
				break
			}
			i += size
		}
		return token{kind: kind, start: start, end: i}, i
	}
	return token{}, i
}

// runeKind says which kind of token r starts, or tokNone for a separator.
func runeKind(r rune) tokenKind {
	if r >= 0 && r < rune(len(lowProps)) {
		return lowProps[r].kind()
	}
	return slowRuneKind(r)
}

func slowRuneKind(r rune) tokenKind {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			return tokWord
		case '0' <= r && r <= '9':
			return tokNumber
		}
		return tokNone
	case unicode.IsLetter(r):
		return tokWord
	case unicode.IsDigit(r):
		return tokNumber
	}
	return tokNone
}

// isWordInnerSlow reports whether r continues a word without starting one:
// combining marks and the zero-width joiner.
func isWordInnerSlow(r rune) bool {
	return r == zwj || r >= utf8.RuneSelf && unicode.IsMark(r)
}
