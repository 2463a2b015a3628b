package dates

import (
	"unicode"
	"unicode/utf8"

	"khabar/calendar"
)

type tokenKind uint8

const (
	wordToken   tokenKind = iota + 1 // letters, marks and inner half-spaces
	numberToken                      // decimal digits of any script
	punctToken                       // one other character
	breakToken                       // a line break: no expression crosses it
)

// token is one piece of the text. Tokens follow each other separated by
// nothing (adjacent) or by spaces and tabs only.
type token struct {
	start, end int
	kind       tokenKind
	digits     int    // number of digits, for numberToken
	value      int    // the number's value (capped), for numberToken
	key        string // the word without a written ezafe, for wordToken; the character, for punctToken
}

// maxNumber caps token.value so that long digit runs cannot overflow.
const maxNumber = 1 << 40

// tokenize appends the tokens of s to toks.
func tokenize(s string, toks []token) []token {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case c == '\n' || c == '\r':
			j := i + 1
			if n := len(toks); n > 0 && toks[n-1].kind == breakToken {
				toks[n-1].end = j
			} else {
				toks = append(toks, token{start: i, end: j, kind: breakToken})
			}
			i = j
			continue
		}
		if _, size := calendar.DigitAt(s[i:]); size > 0 {
			t := token{start: i, kind: numberToken}
			for {
				v, size := calendar.DigitAt(s[i:])
				if size == 0 {
					break
				}
				if t.value < maxNumber {
					t.value = t.value*10 + v
				}
				t.digits++
				i += size
			}
			t.end = i
			toks = append(toks, t)
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = decodeRune(s[i:])
		}
		if !isWordRune(r) || r == '\u200c' {
			if !unicode.IsSpace(r) && r != '\u200c' {
				toks = append(toks, token{start: i, end: i + size, kind: punctToken, key: s[i : i+size]})
			}
			i += size
			continue
		}
		start := i
		i += size
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				i++
				continue
			}
			r, size := decodeRune(s[i:])
			if r == '\u200c' { // a half-space inside a word, not at its end
				if n, _ := decodeRune(s[i+size:]); !isWordRune(n) || n == '\u200c' {
					break
				}
			} else if !isWordRune(r) {
				break
			}
			i += size
		}
		toks = append(toks, token{start: start, end: i, kind: wordToken, key: calendar.StripEzafe(s[start:i])})
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isWordRune reports letters, combining marks and the half-space. Digits
// are not word runes: they make their own tokens.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	if r >= 0x0600 && r <= 0x06FF {
		return arabicBlockWord[r-0x0600]
	}
	if r == '\u200c' {
		return true
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Mn)
}

// arabicBlockWord caches isWordRune for the Arabic block, where nearly all
// Persian text lies.
var arabicBlockWord = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = unicode.IsLetter(r) || unicode.In(r, unicode.Mn)
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString with a fast path for the two-byte
// runes of the Arabic block (U+0600–U+06FF, lead bytes D8–DB).
func decodeRune(s string) (rune, int) {
	if len(s) >= 2 && s[0] >= 0xD8 && s[0] <= 0xDB && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}
