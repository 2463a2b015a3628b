package segment

import (
	"unicode/utf8"

	"khabar/text"
)

// Tokens splits the sentences' text into tokens, each tagged with the Index
// of its sentence. Words are runs of letters and combining marks that keep
// an inner ZWNJ, hyphen or apostrophe; a Latin abbreviation keeps its
// periods (U.S., Mr.) unless its last period ends the sentence. Numbers are
// runs of digits of any script that keep an inner separator (. , ٫ ٬ - / :)
// standing between two digits. A run of periods is one Punct token, every
// other punctuation mark is a token of its own, and anything else (% ٪ $,
// emoji) is a Symbol. No token span begins or ends with white space or a
// half-space.
func Tokens(s string, sents []text.Sentence) []text.Token {
	size := 0
	for _, st := range sents {
		size += st.Len()
	}
	out := make([]text.Token, 0, size/5+len(sents))
	for _, st := range sents {
		out = appendTokens(out, s, st)
	}
	return out
}

// appendTokens appends the tokens of sentence st of s to out.
func appendTokens(out []text.Token, s string, st text.Sentence) []text.Token {
	start, end := max(st.Start, 0), min(st.End, len(s))
	for i := start; i < end; {
		r, w := rune(s[i]), 1 // decode, inlined by hand: the hot loop
		if r >= utf8.RuneSelf {
			r, w = decodeMulti(s[i:])
		}
		c := classOf(r)
		j, kind := i+w, text.Symbol
		switch c {
		case clsSpace, clsJoiner:
			i = j
			continue
		case clsLetter, clsMark:
			j, kind = wordEnd(s, j, end), text.Word
			j = abbrevEnd(s, i, j, end)
		case clsDigit:
			j, kind = numberEnd(s, j, end), text.Number
		case clsPunct:
			kind = text.Punct
			for r == '.' && j < end && s[j] == '.' {
				j++
			}
		default:
			j = marksEnd(s, j, end)
		}
		out = append(out, text.Token{Span: text.Span{Start: i, End: j}, Kind: kind, Sentence: st.Index})
		i = j
	}
	return out
}

// wordEnd returns the end of the word whose letters run on from j: letters
// and marks, and a joiner, hyphen or apostrophe with a letter right after.
func wordEnd(s string, j, end int) int {
	for j < end {
		r, w := rune(s[j]), 1 // decode, inlined by hand: the hot loop
		if r >= utf8.RuneSelf {
			if c := s[j]; c >= 0xC2 && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
				r, w = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2 // Arabic script
			} else {
				r, w = decodeMulti(s[j:])
			}
		}
		c := classOf(r)
		if c.isWordPart() {
			j += w
			continue
		}
		if c != clsJoiner && !isWordInfix(r) || j+w >= end {
			return j
		}
		if next, _ := decode(s, j+w); classOf(next) != clsLetter {
			return j
		}
		j += w
	}
	return j
}

// isWordInfix reports whether r may join two parts of one word.
func isWordInfix(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\'', '’':
		return true
	}
	return false
}

// abbrevEnd extends the word s[i:j] over the periods of a Latin
// abbreviation (U.S., e.g., Mr., J.) and returns its new end. The last
// period is left out when it is the last rune of the sentence.
func abbrevEnd(s string, i, j, end int) int {
	if j >= end || s[j] != '.' || !isASCIILetter(s[i]) {
		return j
	}
	k := j
	for j-i == 1 && k+2 < end && s[k] == '.' && isASCIILetter(s[k+1]) && s[k+2] == '.' && k-i < maxAbbrevLen {
		k += 2
	}
	switch {
	case k+1 >= end:
		return k // the last period ends the sentence
	case k > j || isAbbreviation(s, j):
		return k + 1
	}
	return j
}

// numberEnd returns the end of the number whose digits run on from j: a
// separator is kept when digits stand on both sides of it.
func numberEnd(s string, j, end int) int {
	for j < end {
		r, w := decode(s, j)
		c := classOf(r)
		if c == clsDigit || c == clsMark {
			j += w
			continue
		}
		if !isNumberInfix(r) || j+w >= end {
			return j
		}
		if next, _ := decode(s, j+w); classOf(next) != clsDigit {
			return j
		}
		j += w
	}
	return j
}

// isNumberInfix reports whether r may stand inside a number.
func isNumberInfix(r rune) bool {
	switch r {
	case '.', ',', '٫', '٬', '-', '/', ':':
		return true
	}
	return false
}

// marksEnd returns the end of the combining marks that run on from j
// (a variation selector after an emoji).
func marksEnd(s string, j, end int) int {
	for j < end {
		r, w := decode(s, j)
		if classOf(r) != clsMark {
			return j
		}
		j += w
	}
	return j
}
