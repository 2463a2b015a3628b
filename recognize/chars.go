package recognize

import (
	"unicode"
	"unicode/utf8"
)

// isLetter reports whether r is a letter of any script.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// isLatin reports whether r is a Latin letter.
func isLatin(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return r < 0x250 && unicode.IsLetter(r)
}

// isUpper reports whether r is an upper-case letter.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// firstLetter returns the first letter of s, or 0.
func firstLetter(s string) rune {
	for _, r := range s {
		if isLetter(r) {
			return r
		}
	}
	return 0
}

// capitalized reports whether s begins with an upper-case Latin letter.
func capitalized(s string) bool {
	r := firstLetter(s)
	return isLatin(r) && isUpper(r)
}

// allCaps reports whether every letter of s is upper-case and there are
// at least two.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if isLetter(r) {
			if !isUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
