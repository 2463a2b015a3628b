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
		r, size := utf8.DecodeRuneInString(s[i:])
		kind := runeKind(r)
		if kind == tokNone {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			k := runeKind(r)
			if k != kind && !(kind == tokWord && isWordInner(r)) {
				break
			}
			i += size
		}
		return token{kind: kind, start: start, end: i}, i
	}
	return token{}, i
}

// arabicKinds caches runeKind for the Arabic block, the bulk of Persian
// text, and isWordInner in its high bit.
var arabicKinds = func() (kinds [0x100]tokenKind) {
	for i := range kinds {
		r := rune(0x600 + i)
		kinds[i] = slowRuneKind(r)
		if isWordInnerSlow(r) {
			kinds[i] |= innerBit
		}
	}
	return kinds
}()

const innerBit tokenKind = 0x80

// runeKind says which kind of token r starts, or tokNone for a separator.
func runeKind(r rune) tokenKind {
	if r >= 0x600 && r <= 0x6ff {
		return arabicKinds[r-0x600] &^ innerBit
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

// isWordInner reports whether r continues a word without starting one:
// combining marks and the zero-width joiner.
func isWordInner(r rune) bool {
	if r >= 0x600 && r <= 0x6ff {
		return arabicKinds[r-0x600]&innerBit != 0
	}
	return isWordInnerSlow(r)
}

func isWordInnerSlow(r rune) bool {
	return r == zwj || r >= utf8.RuneSelf && unicode.IsMark(r)
}
