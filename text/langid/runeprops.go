package langid

import "unicode/utf8"

// runeProps is all the scan needs to know about one rune: how it tokenizes,
// whether the folds change it and what it counts for, packed in one word so
// that the scan's loop keeps it in one register and tests several
// properties at once. It is computed once, by propsOf, and tabulated for
// the runes that fill news text (see runeAt).
//
// Bits 0–1 hold the rune's tokenKind, 2–5 its flags (below), 6–7 its
// script and 8–15 its letterClass.
type runeProps uint32

// The flags of a rune: its yes-or-no properties.
const (
	// propInner: the rune continues a word without starting one
	// (isWordInner): combining marks and ZWJ.
	propInner runeProps = 1 << (2 + iota)
	// propDropped: both folds drop the rune and it is not counted as a
	// letter: Arabic diacritics, tatweel and ZWJ.
	propDropped
	// propMapped: the fold turns the rune into another (ي into ی, A into
	// a: see foldRune), so a word holding it has a light form unlike its
	// fold.
	propMapped
	// propInWord: the rune belongs to a word it follows: a letter, or
	// propInner.
	propInWord
)

// The multi-bit fields of runeProps.
const (
	propKindBits    = 0b11
	propScriptBits  = 0b11 << propScriptShift
	propScriptShift = 6
	propClassShift  = 8
)

func (p runeProps) kind() tokenKind    { return tokenKind(p & propKindBits) }
func (p runeProps) script() script     { return script(p >> propScriptShift & 0b11) }
func (p runeProps) class() letterClass { return letterClass(p >> propClassShift) }
func scriptProps(sc script) runeProps  { return runeProps(sc) << propScriptShift }

// propsOf computes the props of r from the package's per-rune rules.
func propsOf(r rune) runeProps {
	kind := slowRuneKind(r)
	p := runeProps(kind) | scriptProps(scriptOf(r)) | runeProps(letterClassOf(r))<<propClassShift
	if isWordInnerSlow(r) {
		p |= propInner
	}
	if kind == tokWord || isWordInnerSlow(r) {
		p |= propInWord
	}
	switch {
	case isArabicMark(r) || r == zwj || r == tatweel:
		p |= propDropped
	case foldRune(r) != r:
		p |= propMapped
	}
	return p
}

// Tabulated props: every rune of one or two bytes in UTF-8 (ASCII, Latin,
// Cyrillic and the Arabic blocks), and General Punctuation (U+2000–U+207F:
// spaces, dashes, quotes, and the half-space ZWNJ and ZWJ).
var (
	lowProps = func() (table [0x800]runeProps) {
		tabulateProps(table[:], 0)
		return table
	}()
	punctProps = func() (table [0x80]runeProps) {
		tabulateProps(table[:], 0x2000)
		return table
	}()
)

// tabulateProps fills table with the props of the runes from first on.
func tabulateProps(table []runeProps, first rune) {
	for i := range table {
		table[i] = propsOf(first + rune(i))
	}
}

// runeAt returns the props of the rune at s[i] and its length in bytes. A
// byte that does not start valid UTF-8 is read as utf8.RuneError of length
// 1, as utf8.DecodeRuneInString does.
func runeAt(s string, i int) (runeProps, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return lowProps[c], 1
	}
	if c-0xc2 < 0xe0-0xc2 && i+1 < len(s) {
		if c1 := s[i+1]; c1&0xc0 == 0x80 {
			return lowProps[uint(c&0x1f)<<6|uint(c1&0x3f)], 2
		}
	}
	return runeAtSlow(s, i)
}

// runeAtSlow is runeAt for runes of three bytes or more, and invalid bytes.
func runeAtSlow(s string, i int) (runeProps, int) {
	if s[i] == 0xe2 && i+2 < len(s) && s[i+1]&0xfe == 0x80 && s[i+2]&0xc0 == 0x80 {
		return punctProps[uint(s[i+1]&1)<<6|uint(s[i+2]&0x3f)], 3
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return propsOf(r), size
}
