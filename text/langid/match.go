package langid

import (
	"slices"
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
	// info is what the vocabulary of the scan knows of the folded word, or
	// nil.
	info *wordInfo
	// end is where the folded word ends in foldedText.buf; it starts where
	// the previous token ends, since numbers add nothing to buf.
	end    int
	digits int32 // number of digits, for numbers, up to math.MaxInt32
	kind   tokenKind
}

// foldedText is a text as a list of folded words and numbers.
type foldedText struct {
	buf    []byte // the folded words, one after the other
	tokens []foldedToken
}

// word returns the folded word of token i ("" for numbers).
func (ft *foldedText) word(i int) []byte {
	start := 0
	if i > 0 {
		start = ft.tokens[i-1].end
	}
	return ft.buf[start:ft.tokens[i].end]
}

// match returns the marker that starts at token i and the number of tokens
// it covers, or 0 when none does. Phrases are tried before single words, and
// a word's exact spelling before its stem without an inflection. ft must
// have been scanned with lx.vocab.
func (lx *lexicon) match(ft *foldedText, i int) (*marker, int) {
	t := &ft.tokens[i]
	if t.kind != tokWord {
		return nil, 0
	}
	if t.info != nil {
		if e := t.info.entry; e != nil {
			for _, m := range e.phrases {
				if phraseAt(m, ft, i) {
					return m, len(m.words)
				}
			}
			if e.word != nil {
				return e.word, 1
			}
		}
	}
	if m := lx.inflected(ft.word(i)); m != nil {
		return m, 1
	}
	return nil, 0
}

// inflected returns the one-word marker that word is, plus an inflection,
// or nil. Inflections are tried in their order in the list.
func (lx *lexicon) inflected(word []byte) *marker {
	if len(word) < lx.minStemBytes+minInflectionBytes {
		return nil
	}
	for _, suffix := range inflectionsEndingIn[word[len(word)-1]] {
		if len(word)-len(suffix) < lx.minStemBytes || !hasSuffix(word, suffix) {
			continue
		}
		stem := word[:len(word)-len(suffix)]
		info := lx.vocab.find(stem)
		if info == nil || info.entry == nil {
			continue
		}
		if m := info.entry.word; m != nil && m.suffixed && utf8.RuneCount(stem) >= minStemRunes {
			return m
		}
	}
	return nil
}

// inflectionsEndingIn lists, for each byte, the inflections that end in it,
// in their order in the list, so that a word is tried only against the
// inflections it could end in.
var inflectionsEndingIn = func() (lists [256][]string) {
	for _, suffix := range inflections {
		last := suffix[len(suffix)-1]
		lists[last] = append(lists[last], suffix)
	}
	return lists
}()

// minInflectionBytes is the length of the shortest inflection.
var minInflectionBytes = len(slices.MinFunc(inflections[:], func(a, b string) int { return len(a) - len(b) }))

// hasSuffix reports whether word ends in suffix. It compares from the end,
// where words differ first, and without the call string comparison makes.
func hasSuffix(word []byte, suffix string) bool {
	if len(word) < len(suffix) {
		return false
	}
	tail := word[len(word)-len(suffix):]
	for k := len(suffix) - 1; k >= 0; k-- {
		if tail[k] != suffix[k] {
			return false
		}
	}
	return true
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
		if prev.kind == tokWord && prev.info != nil && prev.info.folded&inDateWords != 0 {
			return true
		}
	}
	if j := i + n; j < len(ft.tokens) {
		next := ft.tokens[j]
		return next.kind == tokNumber && next.digits == 4
	}
	return false
}
