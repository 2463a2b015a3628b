package fa

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DigitValue returns the value of a decimal digit in the Latin, Persian
// (۰–۹) or Arabic-Indic (٠–٩) script, or -1.
func DigitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case '۰' <= r && r <= '۹':
		return int(r - '۰')
	case '٠' <= r && r <= '٩':
		return int(r - '٠')
	}
	return -1
}

// FoldDigits returns s with every Persian and Arabic-Indic digit written as
// an ASCII digit, the Arabic decimal separator ٫ as '.' and the Arabic
// thousands separator ٬ as ','. Everything else is unchanged.
func FoldDigits(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= 0x0660 && (DigitValue(r) >= 0 || r == '٫' || r == '٬') })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r == '٫':
			b.WriteByte('.')
		case r == '٬':
			b.WriteByte(',')
		case r >= 0x0660 && DigitValue(r) >= 0:
			b.WriteByte(byte('0' + DigitValue(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune returns the matching form of one rune, already letter-unified,
// or -1 to drop it.
func foldRune(r rune) rune {
	switch r {
	case 'آ', 'أ', 'إ', 'ٱ':
		return 'ا'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ی'
	case hamzaAbove, zwnjRune, '\u200d':
		return -1
	case '٫':
		return '.'
	case '٬':
		return ','
	}
	if d := DigitValue(r); d >= 0 {
		return '0' + rune(d)
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// Fold returns the matching form of s: letters unified, every diacritic and
// the hamza above dropped, آ أ إ ٱ folded to ا, ؤ to و and ئ to ی, digits
// written in ASCII, half-spaces removed, Latin lower-cased, and every run of
// white space made one space, trimmed at both ends. Two spellings of one
// word that differ only in these ways fold to the same string.
func Fold(s string) string {
	var b strings.Builder
	space := false
	// s[run:i] is a pending run of bytes that fold to themselves, not yet
	// written; out is the length of the output, pending run included. A
	// string that folds to itself is returned without a copy.
	run, out := 0, 0
	flush := func(i int) {
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[run:i])
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && out > 0 && !space:
				// A single space after a word folds to itself.
				space = true
				out++
				i++
				continue
			case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
				flush(i)
				if out > 0 && !space {
					b.WriteByte(' ')
					out++
				}
				space = true
			case 'A' <= c && c <= 'Z':
				flush(i)
				b.WriteByte(c + 'a' - 'A')
				out++
				space = false
			default:
				space = false
				out++
				i++
				continue
			}
			i++
			run = i
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && !foldAttention[c-0xD8][s[i+1]&0x3F] {
			space = false
			out += 2
			i += 2
			continue
		}
		flush(i)
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		run = i
		before := b.Len()
		if rep, ok := unifyRune(r, false); ok {
			for _, q := range rep {
				space = foldInto(&b, q, space)
			}
		} else {
			space = foldInto(&b, r, space)
		}
		out += b.Len() - before
	}
	if run == 0 {
		return strings.TrimRight(s, " ")
	}
	flush(len(s))
	return strings.TrimRight(b.String(), " ")
}

// foldAttention marks the two-byte runes U+0600–U+06FF that Fold changes;
// the others are copied as they are.
var foldAttention = func() (t [4][64]bool) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		_, unified := unifyRune(r, false)
		if unified || foldRune(r) != r || unicode.IsSpace(r) {
			t[(r>>6)-0x18][r&0x3F] = true
		}
	}
	return t
}()

// foldInto writes the folded form of r into b. space says whether b ends in
// a pending space; it returns the new value.
func foldInto(b *strings.Builder, r rune, space bool) bool {
	if unicode.IsSpace(r) {
		if !space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		return true
	}
	q := foldRune(r)
	if q < 0 {
		return space
	}
	b.WriteRune(q)
	return false
}

// FoldKey is Fold with every space removed as well: the key under which
// "رئیس جمهور", "رئیس‌جمهور" and "رئیسجمهور" are one.
func FoldKey(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "")
}
