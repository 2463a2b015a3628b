package zwnjeval

import "unicode"

const zwnjRune = '\u200c'

// Boundary is what stands between two adjacent characters.
type Boundary uint8

const (
	None  Boundary = iota // the characters touch
	Space                 // white space between them
	ZWNJ                  // a half-space between them
)

func (b Boundary) String() string {
	return [...]string{"none", "space", "zwnj"}[b]
}

// chars splits s into its characters other than white space and ZWNJ, and
// the boundary before each (the first one's is None).
func chars(s string) (cs []rune, before []Boundary) {
	pending := None
	for _, r := range s {
		switch {
		case r == zwnjRune:
			if pending == None {
				pending = ZWNJ
			}
		case unicode.IsSpace(r):
			pending = Space
		default:
			if len(cs) == 0 {
				pending = None
			}
			cs = append(cs, fold(r))
			before = append(before, pending)
			pending = None
		}
	}
	return cs, before
}

// fold maps the letter variants a normalizer may unify to one form, so
// that alignment does not count unification as a difference.
func fold(r rune) rune {
	switch r {
	case 'ي', 'ى':
		return 'ی'
	case 'ك':
		return 'ک'
	case 'ۀ':
		return 'ه'
	}
	if r >= '۰' && r <= '۹' {
		return '0' + r - '۰'
	}
	if r >= '٠' && r <= '٩' {
		return '0' + r - '٠'
	}
	return r
}
