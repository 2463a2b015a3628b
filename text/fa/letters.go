package fa

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"khabar/text"
)

// Letters and marks the letters step looks at.
const (
	arabicYeh       = 'ي' // U+064A
	alefMaksura     = 'ى' // U+0649
	arabicKaf       = 'ك' // U+0643
	persianYeh      = 'ی' // U+06CC
	persianKeheh    = 'ک' // U+06A9
	hehYehAbove     = 'ۀ' // U+06C0
	hehGoal         = 'ە' // U+06D5, the Kurdish ae; with hamza it is ۀ decomposed
	tehMarbuta      = 'ة' // U+0629
	heh             = 'ه' // U+0647
	hamzaAbove      = '\u0654'
	tatweel         = '\u0640'
	zwnjRune        = '\u200c'
	replacementRune = '\uFFFD'
)

const (
	yehStr      = "ی"
	kehehStr    = "ک"
	hehHamzaStr = "ه\u0654"
	hehStr      = "ه"
	spaceStr    = " "
	replaceStr  = "\uFFFD"
	zwnjStr     = "\u200c"
)

// isDiacritic reports the short-vowel marks that the letters step may drop:
// tanwin, fatha, damma, kasra, shadda, sukun, maddah above and superscript
// alef. The hamza above (U+0654) is a letter part, not a vowel, and stays.
func isDiacritic(r rune) bool {
	return (r >= 0x064B && r <= 0x0653) || r == 0x0655 || r == 0x0656 || r == 0x0670
}

// isInvisible reports the format characters the letters step drops: tatweel,
// zero-width space, word joiner, byte order mark, and bidi marks and
// embeddings. ZWNJ and ZWJ are kept.
func isInvisible(r rune) bool {
	switch {
	case r == tatweel, r == 0x200B, r == 0x2060, r == 0xFEFF, r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// isOddSpace reports white space other than the ASCII space, tab and line
// breaks, which the letters step turns into a plain space.
func isOddSpace(r rune) bool {
	return r == 0x00A0 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000
}

// isPresentationForm reports the Arabic presentation forms that NFKC maps
// back to ordinary letters.
func isPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFC)
}

// unifyRune returns the replacement of one rune by the letters step, and
// whether the rune changes at all.
func unifyRune(r rune, keepDiacritics bool) (string, bool) {
	switch {
	case r == arabicYeh, r == alefMaksura:
		return yehStr, true
	case r == arabicKaf:
		return kehehStr, true
	case r == hehYehAbove:
		return hehHamzaStr, true
	case r == tehMarbuta:
		return hehStr, true
	case isInvisible(r):
		return "", true
	case isOddSpace(r):
		return spaceStr, true
	case !keepDiacritics && isDiacritic(r):
		return "", true
	case isPresentationForm(r):
		if d := norm.NFKC.String(string(r)); d != string(r) {
			return unifyString(d, keepDiacritics), true
		}
		// Code points NFKC leaves as they are (unassigned, noncharacters)
		// stay too.
	}
	return "", false
}

// unifyString applies unifyRune to every rune of a short string.
func unifyString(s string, keepDiacritics bool) string {
	out := make([]byte, 0, len(s)+2)
	for _, r := range s {
		if rep, ok := unifyRune(r, keepDiacritics); ok {
			out = append(out, rep...)
		} else {
			out = utf8.AppendRune(out, r)
		}
	}
	return string(out)
}

// attention2 marks, for the two-byte runes U+0600–U+06FF (lead bytes
// 0xD8–0xDB), those the letters step may change; every other Arabic-script
// letter is copied without being decoded.
var attention2 = func() (t [4][64]bool) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if _, changed := unifyRune(r, false); changed || r == hehGoal {
			t[(r>>6)-0x18][r&0x3F] = true
		}
	}
	return t
}()

// unifyLetters runs the letters step over s, writing through b. Runs of
// unchanged bytes are copied in one call.
func unifyLetters(s string, keepDiacritics bool, b *text.Builder) {
	b.Grow(len(s) + len(s)/16)
	run := 0 // start of the pending unchanged run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && !attention2[c-0xD8][s[i+1]&0x3F] {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var rep string
		var changed bool
		if r == utf8.RuneError && size == 1 {
			rep, changed = replaceStr, true
		} else if r == hehGoal && strings.HasPrefix(s[i+size:], "\u0654") {
			// ە + hamza above is ۀ decomposed: write it as ه + hamza.
			rep, changed = hehStr, true
		} else {
			rep, changed = unifyRune(r, keepDiacritics)
		}
		if !changed {
			i += size
			continue
		}
		b.Copy(s[run:i])
		b.Replace(size, rep)
		i += size
		run = i
	}
	b.Copy(s[run:])
}
