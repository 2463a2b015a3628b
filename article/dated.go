package article

import (
	"strings"
	"unicode/utf8"
)

// header is the "date YYYY-MM-DD" that opens a dated text.
type header struct {
	date      string // the date token as written
	line      int    // 1-based line of the header
	bodyStart int    // offset of the first body character, or len(text)
}

// parseHeader finds a date header at the start of text: optional white
// space (blank lines, BOM), the word "date", spaces or tabs, a date-shaped
// token (three groups of digits joined by '-'), then white space or the
// end. The token may still be impossible (2025-13-45) or written in
// Persian digits; ParseDate judges it. The body starts at the first
// character after the token that is not white space.
func parseHeader(text string) (header, bool) {
	start := skipSpace(text)
	rest, ok := strings.CutPrefix(text[start:], "date")
	if !ok {
		return header{}, false
	}
	gap := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if gap == 0 {
		return header{}, false
	}
	rest = rest[gap:]
	n := dateTokenLen(rest)
	if n == 0 {
		return header{}, false
	}
	if n < len(rest) {
		if r, _ := utf8.DecodeRuneInString(rest[n:]); !isSpaceRune(r) {
			return header{}, false
		}
	}
	tokenStart := len(text) - len(rest)
	after := tokenStart + n
	return header{
		date:      rest[:n],
		line:      lineAt(text, start, 1),
		bodyStart: after + skipSpace(text[after:]),
	}, true
}

// dateTokenLen returns the length of the date-shaped token at the start
// of s: digit groups separated by exactly two '-', digits being ASCII,
// Persian (۰–۹) or Arabic-Indic (٠–٩). It returns 0 when s does not start
// with one.
func dateTokenLen(s string) int {
	groups, digitsInGroup, i := 1, 0, 0
scan:
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isDigitRune(r):
			digitsInGroup++
		case r == '-' && digitsInGroup > 0 && groups < 3:
			groups++
			digitsInGroup = 0
		default:
			break scan
		}
		i += size
	}
	if groups != 3 || digitsInGroup == 0 {
		return 0
	}
	return i
}

// isDigitRune reports whether r is an ASCII, Persian or Arabic-Indic digit.
func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '۰' && r <= '۹' || r >= '٠' && r <= '٩'
}

// yieldDated yields the article of a dated text whose header is h. An
// impossible date yields the article with Date "" and then an ErrBadDate
// error, so no text is lost and the batch still reports the fault. A
// header with no text after it yields only an ErrNoText error.
func yieldDated(text string, h header, source string, yield func(Article, error) bool) bool {
	body := trimLineBreaks(text[h.bodyStart:])
	if body == "" {
		return yield(Article{}, recordErr(source, h.line, ErrNoText))
	}
	date, dateErr := ParseDate(h.date)
	a := Article{Source: source, Line: h.line, Date: date, Title: titleOf(body), Body: body}
	if !yield(a, nil) {
		return false
	}
	if dateErr != nil {
		return yield(Article{}, recordErr(source, h.line, dateErr))
	}
	return true
}
