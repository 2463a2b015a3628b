package zwnj

// zwnjRune is the zero-width non-joiner, the Persian half-space.
const (
	zwnjRune = '\u200c'
	zwnjStr  = "\u200c"
)

// Letter classes, indexed by letterIndex of the two UTF-8 bytes of a
// rune in U+0600–U+06FF.
const (
	classLetter = 1 << iota // a letter or mark inside a Persian word
	classMark               // a combining mark (harakat, hamza above)
	classJoins              // a letter that connects to the one after it
)

var letterClass [256]uint8

func init() {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		i := int(r>>6&0x1F-0x18)<<6 | int(r&0x3F)
		var c uint8
		if isLetter(r) {
			c |= classLetter
		}
		if isMark(r) {
			c |= classMark
		}
		if joinsLeft(r) {
			c |= classJoins
		}
		letterClass[i] = c
	}
}

// isLetter reports whether r is a letter or mark that belongs inside a
// Persian word. Digits, punctuation (، ؛ ؟), tatweel and everything outside
// the Arabic block end a word.
func isLetter(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x065F:
		return true
	case r == 0x0670, r >= 0x0671 && r <= 0x06D3, r == 0x06D5:
		return true
	}
	return false
}

// isMark reports whether r is a combining mark (harakat, hamza above,
// superscript alef): it is part of the letter before it.
func isMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670
}

// joinsLeft reports whether letter r connects to the letter after it, so
// that a half-space after it is visible. The right-joining letters
// (ا آ أ إ ؤ د ذ ر ز ژ و ة ۀ) and hamza never connect forward: after
// them a half-space has no effect and is never written.
func joinsLeft(r rune) bool {
	switch r {
	case 'ا', 'آ', 'أ', 'إ', 'ؤ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'ة', 'ۀ', 'ء', 'ە', 'ٱ':
		return false
	}
	return isLetter(r) && !isMark(r)
}

// isWordByte reports whether s[i:i+2] is a word letter; all of them are
// two bytes in UTF-8, lead byte 0xD8–0xDB.
func isWordByte(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	b0, b1 := s[i], s[i+1]
	if b0 < 0xD8 || b0 > 0xDB || b1&0xC0 != 0x80 {
		return false
	}
	return letterClass[int(b0-0xD8)<<6|int(b1&0x3F)]&classLetter != 0
}

// classAt returns the letter class of the two-byte letter at key[2k:].
func classAt(key []byte, k int) uint8 {
	return letterClass[int(key[2*k]-0xD8)<<6|int(key[2*k+1]&0x3F)]
}
