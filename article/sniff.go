package article

import "unicode/utf8"

// sniffBytes is how much of a file's start is looked at to tell binary
// data from text.
const sniffBytes = 8 << 10

// utf8BOM is the byte order mark some editors put at the start of UTF-8.
const utf8BOM = "\uFEFF"

// looksBinary reports whether head, the start of a file, is binary: it
// holds a NUL byte, or more than one byte in ten is a control byte other
// than white space (tab, line feed, vertical tab, form feed, carriage
// return) and escape. Bytes that are not UTF-8 do not count here: a file in
// a legacy encoding is text, reported as ErrInvalidUTF8 with its line.
func looksBinary(head []byte) bool {
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b, c == 0x7f:
			controls++
		}
	}
	return controls*10 > len(head)
}

// isSpaceRune reports whether r is white space that may come before a
// dated-text header or a JSON line: Unicode white space and the BOM.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A || r == 0x1680 || r == 0x2028 || r == 0x2029 ||
		r == 0x202F || r == 0x205F || r == 0x3000
}

// skipSpace returns the offset of the first character of s that is not
// isSpaceRune, or len(s). Invalid UTF-8 stops the skip.
func skipSpace(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) || (r == utf8.RuneError && size == 1) {
			return i
		}
		i += size
	}
	return len(s)
}
