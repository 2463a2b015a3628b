package langid

import (
	"bytes"
	"unicode/utf8"
)

// inflections are the suffixes a marker word may carry and still count:
// plural, ezafe, adjective, indefinite and possessive endings, as written
// when the half-space before them was dropped (دالرها, امریکایی).
var inflections = [...]string{
	"هایشان", "هایش", "هایی", "هاشان", "های", "ها",
	"ایی", "یان", "شان", "ای", "ئی", "یی", "اش", "یش", "ان", "ی", "ش",
}

// foldedToken is a token of the folded text: a word or a number.
type foldedToken struct {
	kind       tokenKind
	start, end int // of the folded word in foldedText.buf
	digits     int // number of digits, for numbers
}

// foldedText is a text as a list of folded words and numbers.
type foldedText struct {
	buf    []byte // the folded words, one after the other
	tokens []foldedToken
}

// word returns the folded word of token i ("" for numbers).
func (ft *foldedText) word(i int) []byte {
	t := ft.tokens[i]
	return ft.buf[t.start:t.end]
}

// foldTokens splits s into words and numbers, folding the words.
func foldTokens(s string) *foldedText {
	ft := &foldedText{buf: make([]byte, 0, len(s)), tokens: make([]foldedToken, 0, len(s)/8)}
	for i := 0; ; {
		var t token
		t, i = nextToken(s, i)
		switch t.kind {
		case tokNone:
			return ft
		case tokNumber:
			ft.tokens = append(ft.tokens, foldedToken{kind: tokNumber, digits: utf8.RuneCountInString(s[t.start:t.end])})
		case tokWord:
			start := len(ft.buf)
			ft.buf = appendFolded(ft.buf, s[t.start:t.end])
			ft.tokens = append(ft.tokens, foldedToken{kind: tokWord, start: start, end: len(ft.buf)})
		}
	}
}

// match returns the marker that starts at token i and the number of tokens
// it covers, or 0 when none does. Phrases are tried before single words, and
// a word's exact spelling before its stem without an inflection.
func (lx *lexicon) match(ft *foldedText, i int) (*marker, int) {
	if ft.tokens[i].kind != tokWord {
		return nil, 0
	}
	word := ft.word(i)
	if e := lx.entries[string(word)]; e != nil {
		for _, m := range e.phrases {
			if phraseAt(m, ft, i) {
				return m, len(m.words)
			}
		}
		if e.word != nil {
			return e.word, 1
		}
	}
	for _, suffix := range inflections {
		if !bytes.HasSuffix(word, []byte(suffix)) {
			continue
		}
		stem := word[:len(word)-len(suffix)]
		if utf8.RuneCount(stem) < minStemRunes {
			continue
		}
		if e := lx.entries[string(stem)]; e != nil && e.word != nil && e.word.suffixed {
			return e.word, 1
		}
	}
	return nil, 0
}

// phraseAt reports whether the words of phrase m stand at token i.
func phraseAt(m *marker, ft *foldedText, i int) bool {
	if i+len(m.words) > len(ft.tokens) {
		return false
	}
	last := len(m.words) - 1
	for k, w := range m.words {
		if ft.tokens[i+k].kind != tokWord {
			return false
		}
		word := ft.word(i + k)
		if string(word) == w {
			continue
		}
		if k < last || !m.suffixed || !hasInflection(word, w) {
			return false
		}
	}
	return true
}

// hasInflection reports whether word is stem plus one of the inflections.
func hasInflection(word []byte, stem string) bool {
	if len(word) <= len(stem) || string(word[:len(stem)]) != stem {
		return false
	}
	suffix := word[len(stem):]
	for _, inflection := range inflections {
		if string(suffix) == inflection {
			return true
		}
	}
	return false
}

// dateWords are the words after which a month name is a month name.
var dateWords = newWordSet("ماه", "برج")

// inDate reports whether the n tokens from token i stand in a date: after a
// day number or a word like ماه, or before a year.
func inDate(ft *foldedText, i, n int) bool {
	if i > 0 {
		prev := ft.tokens[i-1]
		if prev.kind == tokNumber && prev.digits <= 2 {
			return true
		}
		if prev.kind == tokWord && dateWords.has(ft.word(i-1)) {
			return true
		}
	}
	if j := i + n; j < len(ft.tokens) {
		next := ft.tokens[j]
		return next.kind == tokNumber && next.digits == 4
	}
	return false
}
