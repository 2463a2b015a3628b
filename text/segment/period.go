package segment

import (
	"unicode"
)

// periodEnds decides whether the single period s[i] (j = i+1) ends a
// sentence. It does not inside a number (۱۴۰۳.۸, 3.5), between Latin
// letters or digits (reuters.com, e-mail addresses, U.S), after a listed
// abbreviation or a capital initial (Mr., J. Smith), between the letters of
// Persian initials (ه.ش), or when the text goes on in lower case or after a
// comma. Between other letters it does, even without a space (است.او).
func (sp *splitter) periodEnds(i, j int) bool {
	s := sp.s
	prev, _ := decodeLast(s, i)
	next := rune(-1)
	if j < len(s) {
		next, _ = decode(s, j)
	}
	switch {
	case unicode.IsDigit(prev) && unicode.IsDigit(next):
		return false
	case isASCIIAlnum(prev) && isASCIIAlnum(next):
		return false
	case isAbbreviation(s, i):
		return false
	case isArabicScript(prev) && isArabicScript(next) && isSingleLetterBefore(s, i):
		return false
	}
	return sp.startsSentence(j)
}

// ellipsisEnds decides whether the ellipsis s[i:j] (… or two or more
// periods) ends a sentence: it does when followed by a space and a new
// sentence, not when it marks an omission inside brackets, "(...)", or runs
// straight into the next word.
func (sp *splitter) ellipsisEnds(i, j int) bool {
	s := sp.s
	if prev, _ := decodeLast(s, i); prev == '(' || prev == '[' {
		return false
	}
	if j < len(s) {
		next, _ := decode(s, j)
		if c := classOf(next); c == clsLetter || c == clsDigit {
			return false
		}
	}
	return sp.startsSentence(j)
}

// startsSentence reports whether the text from j on may begin a new
// sentence: not when its first word is lower-case Latin or it begins with
// a comma, semicolon or colon.
func (sp *splitter) startsSentence(j int) bool {
	s := sp.s
	k := skipSpaces(s, j)
	if k == len(s) {
		return true
	}
	r, _ := decode(s, k)
	switch r {
	case ',', '،', ';', '؛', ':':
		return false
	}
	return !unicode.IsLower(r)
}

// isAbbreviation reports whether the period s[i] closes a Latin
// abbreviation: one listed in abbreviations.txt, a capital initial (J.) or
// a chain of single letters (U.S., e.g., a.m.).
func isAbbreviation(s string, i int) bool {
	k := abbrevStart(s, i)
	if k == i {
		return false
	}
	word := s[k : i+1]
	if rule, ok := abbreviations[word]; ok {
		return rule == abbrevAlways || numberFollows(s, i+1)
	}
	return isInitial(word) || isLetterChain(word)
}

// maxAbbrevLen bounds how far back isAbbreviation looks, so that a long
// run of letters and periods costs linear time.
const maxAbbrevLen = 12

// abbrevStart returns where the Latin word (letters and inner periods)
// that ends at the period s[i] begins, or i if there is none or it is
// glued to a letter of another script.
func abbrevStart(s string, i int) int {
	k := i
	for k > 0 && i-k < maxAbbrevLen && (isASCIILetter(s[k-1]) || s[k-1] == '.') {
		k--
	}
	for k < i && s[k] == '.' {
		k++
	}
	if k > 0 && (isASCIILetter(s[k-1]) || s[k-1] == '.') {
		return i // longer than any abbreviation
	}
	if prev, _ := decodeLast(s, k); classOf(prev) == clsLetter {
		return i
	}
	return k
}

// isInitial reports whether word is one capital letter and a period (J.).
func isInitial(word string) bool {
	return len(word) == 2 && 'A' <= word[0] && word[0] <= 'Z'
}

// isLetterChain reports whether word is single letters each followed by a
// period, at least two of them (U.S., e.g., a.m.).
func isLetterChain(word string) bool {
	if len(word) < 4 || len(word)%2 != 0 {
		return false
	}
	for k := 0; k < len(word); k += 2 {
		if !isASCIILetter(word[k]) || word[k+1] != '.' {
			return false
		}
	}
	return true
}

// numberFollows reports whether the next word after j is a number.
func numberFollows(s string, j int) bool {
	k := skipSpaces(s, j)
	if k == len(s) {
		return false
	}
	r, _ := decode(s, k)
	return unicode.IsDigit(r)
}

// isSingleLetterBefore reports whether the word that ends at s[i] is a
// single letter, as in Persian initials (ه.ش، ق.م).
func isSingleLetterBefore(s string, i int) bool {
	_, w := decodeLast(s, i)
	before, _ := decodeLast(s, i-w)
	c := classOf(before)
	return c != clsLetter && c != clsMark
}
