package recognize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"khabar/text/fa"
)

// Runes of a word that fold to nothing (dropRune) or to several runes
// (multiRune, looked up through slowFold).
const (
	dropRune  = -1
	multiRune = -2
)

// foldTable holds the matching form of every rune below len(foldTable):
// one rune, dropRune or multiRune.
var foldTable [0x800]rune

func init() {
	for r := range foldTable {
		foldTable[r] = foldOne(rune(r))
	}
}

// foldOne computes the matching form of r for foldTable.
func foldOne(r rune) rune {
	f := slowFold(r)
	switch utf8.RuneCountInString(f) {
	case 0:
		return dropRune
	case 1:
		q, _ := utf8.DecodeRuneInString(f)
		return q
	}
	return multiRune
}

// slowFold returns the matching form of one rune as a string: khabar's
// Persian fold (fa.Fold: letters unified, hamza, madda and diacritics
// folded, digits in ASCII, Latin lower-cased), then Latin accents removed,
// and the marks that join or abbreviate the parts of a name (hyphens,
// periods, half-spaces) dropped. Typographic apostrophes become '.
func slowFold(r rune) string {
	switch r {
	case '.', '-', '\u2010', '\u2011', '\u200c', '\u200d', ' ', '\u00ad':
		return ""
	case '\u2019', '\u02bc', '`', '\u2018':
		return "'"
	}
	if isPresentationForm(r) && norm.NFKC.String(string(r)) == string(r) {
		return string(r) // no letter behind it (U+FDD0–U+FDEF): keep as is
	}
	f := fa.Fold(string(r))
	if f == "" {
		return ""
	}
	out := make([]rune, 0, 2)
	for _, q := range norm.NFD.String(f) {
		if unicode.Is(unicode.Mn, q) && q < 0x300+0x70 {
			continue // a combining Latin accent
		}
		out = append(out, q)
	}
	return string(out)
}

// appendFold appends the matching form of s to dst. Runes of one and two
// bytes (ASCII, Arabic script: nearly every rune of the text) are decoded
// here and folded through foldTable.
func appendFold(dst []rune, s string) []rune {
	for i := 0; i < len(s); {
		var r rune
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			r = rune(c)
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		default:
			var w int
			r, w = utf8.DecodeRuneInString(s[i:])
			i += w
			dst = appendFoldRune(dst, r)
			continue
		}
		switch q := foldTable[r]; q {
		case dropRune:
		case multiRune:
			dst = appendFoldRune(dst, r)
		default:
			dst = append(dst, q)
		}
	}
	return dst
}

// appendFoldRune appends the matching form of r to dst.
func appendFoldRune(dst []rune, r rune) []rune {
	if r < rune(len(foldTable)) {
		switch q := foldTable[r]; q {
		case dropRune:
			return dst
		case multiRune:
		default:
			return append(dst, q)
		}
	} else if r == '\u200c' || r == '\u200d' {
		return dst
	}
	for _, q := range slowFold(r) {
		dst = append(dst, q)
	}
	return dst
}

// foldKey returns the matching key of a name: its folded runes, spaces
// left out.
func foldKey(s string) string {
	return string(appendFold(nil, s))
}

// isPresentationForm reports the Arabic presentation forms, which the
// Persian fold replaces by their NFKC letters.
func isPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFC)
}
