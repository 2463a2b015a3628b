package amounts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"khabar/text/fa"
)

// tokKind says what a token is made of.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, with inner half-spaces and marks
	tNum                  // digits of any script with inner separators (3,500 ۱٫۱ 360،000)
	tPunct                // any other single rune (. , - / : % $ ٪ …)
)

// gap says what lies between a token and the one before it.
type gap uint8

const (
	gapNone  gap = iota // glued: no white space between
	gapSpace            // spaces or tabs
	gapLine             // a line break: no rule looks across it
)

// token is one token of the text, as byte offsets.
type token struct {
	start, end int
	kind       tokKind
	gap        gap
	latin      bool // a word of Latin letters
	upper      bool // a Latin word that starts with a capital
}

const (
	zwnj       = '\u200c'
	zwj        = '\u200d'
	hamzaAbove = '\u0654'
)

// digitValue returns the value of a Latin, Persian or Arabic-Indic digit,
// or -1.
func digitValue(r rune) int { return fa.DigitValue(r) }

// isWordRune reports letters and the marks and joiners that live inside words.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x0600 && r <= 0x06FF:
		return arabicWord[r-0x0600]
	}
	return r == zwnj || r == zwj || unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// arabicWord says, for each rune of the Arabic block U+0600–U+06FF, whether
// it is a letter or a mark, so that Persian text needs no Unicode tables.
var arabicWord = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString with a fast path for the one- and
// two-byte runes of Latin and Persian text.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// digitsAt returns how many digits start s[i:], and the bytes they take.
func digitsAt(s string, i int) (n, size int) {
	for j := i; j < len(s); {
		r, w := decodeRune(s, j)
		if digitValue(r) < 0 {
			break
		}
		n++
		j += w
		size += w
	}
	return n, size
}

// lex appends the tokens of s to toks.
func lex(s string, toks []token) []token {
	g := gapLine
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		switch {
		case r == ' ':
			if g == gapNone {
				g = gapSpace
			}
			i += w
		case r == zwnj || r == zwj:
			i += w // a joiner outside a word joins nothing
		case isWordRune(r):
			t := token{start: i, kind: tWord, gap: g}
			t.latin = r < 0x250
			t.upper = 'A' <= r && r <= 'Z'
			j := i + w
			for j < len(s) {
				q, qw := decodeRune(s, j)
				if !isWordRune(q) {
					// an apostrophe inside a Latin word: it's, don't
					if t.latin && (q == '\'' || q == '’') && j+qw < len(s) && isASCIILetter(s[j+qw]) {
						j += qw
						continue
					}
					break
				}
				j += qw
			}
			// trailing joiners belong to no word
			for j > i && (s[j-1] == 0x8C || s[j-1] == 0x8D) && (strings.HasSuffix(s[i:j], "\u200c") || strings.HasSuffix(s[i:j], "\u200d")) {
				j -= len("\u200c")
			}
			t.end = j
			toks = append(toks, t)
			g, i = gapNone, j
		case digitValue(r) >= 0:
			end := lexNumber(s, i)
			toks = append(toks, token{start: i, end: end, kind: tNum, gap: g})
			g, i = gapNone, end
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			g = gapLine
			i += w
		case unicode.IsSpace(r):
			if g == gapNone {
				g = gapSpace
			}
			i += w
		default:
			toks = append(toks, token{start: i, end: i + w, kind: tPunct, gap: g})
			g = gapNone
			i += w
		}
	}
	return toks
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// lexNumber returns the end of the number that starts at i: digits, with
// inner decimal separators (. ٫ before a digit) and thousands separators
// (, ٬ ، before exactly three digits).
func lexNumber(s string, i int) int {
	_, size := digitsAt(s, i)
	j := i + size
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		switch r {
		case '.', '٫':
			n, sz := digitsAt(s, j+w)
			if n == 0 {
				return j
			}
			j += w + sz
		case ',', '٬', '،':
			n, sz := digitsAt(s, j+w)
			if n != 3 {
				return j
			}
			j += w + sz
		default:
			return j
		}
	}
	return j
}
