package segment

import (
	"strings"
	"unicode/utf8"

	"khabar/text"
)

// Thresholds for marking a sentence contained in another.
const (
	// minContainedWords is the fewest words a sentence needs to be marked
	// contained in a longer one, when its key keeps spaces between words.
	minContainedWords = 4
	// minContainedRunes stands in for minContainedWords when the key has
	// no spaces (a fold that drops them): about four Persian words.
	minContainedRunes = 16
)

// MarkDuplicates sets DuplicateOf on every sentence that repeats another,
// after folding by key; key(i) returns the matching form of sents[i].
// Punctuation and spaces at the edges of a key are ignored.
//
//   - Of two or more sentences with equal keys, each later one is marked a
//     duplicate of the first.
//   - A sentence whose key is contained in the key of a longer sentence,
//     earlier or later, is marked a duplicate of the longer one: a pull
//     quote repeats one sentence of a quotation, and the quotation, where
//     the speaker is named, is the one to keep. Sentences of fewer than four
//     words (minContainedWords) are never marked contained. When the key
//     keeps spaces, the match must begin and end at word edges.
//
// DuplicateOf always names a sentence that is not itself a duplicate, by
// its Index. Every sentence's DuplicateOf is reset first, so calling
// MarkDuplicates again gives the same result.
//
// Exact repeats are found by hashing. Containment is checked only against
// candidates: with keys that keep spaces, the sentences that hold the
// sentence's first three words; otherwise those that share its rarest
// 8-byte shingle; at most maxContainerChecks of them, so the cost grows
// with the text length, not its square.
func MarkDuplicates(sents []text.Sentence, key func(i int) string) {
	keys := make([]string, len(sents))
	for i := range sents {
		sents[i].DuplicateOf = -1
		keys[i] = trimKey(key(i))
	}
	firstWithKey := make(map[string]int, len(sents))
	var distinct []int
	for i, k := range keys {
		if k == "" {
			continue
		}
		if f, ok := firstWithKey[k]; ok {
			sents[i].DuplicateOf = f
			continue
		}
		firstWithKey[k] = i
		distinct = append(distinct, i)
	}
	var container []int
	if spaced(keys) {
		container = findContainersByWords(keys, distinct)
	} else {
		container = findContainers(keys, distinct)
	}
	root := func(i int) int {
		r := i
		for container[r] >= 0 {
			r = container[r]
		}
		for i != r { // point the whole chain at its root
			next := container[i]
			container[i] = r
			i = next
		}
		return r
	}
	for _, u := range distinct {
		if container[u] >= 0 {
			sents[u].DuplicateOf = root(u)
		}
	}
	for i := range sents {
		if d := sents[i].DuplicateOf; d >= 0 {
			sents[i].DuplicateOf = sents[root(d)].Index
		}
	}
}

// spaced reports whether the keys keep spaces between words (most do; a
// key function may also drop them).
func spaced(keys []string) bool {
	for _, k := range keys {
		if strings.IndexByte(k, ' ') >= 0 {
			return true
		}
	}
	return false
}

// trimKey drops what is not a letter, mark or digit from both ends of k.
func trimKey(k string) string {
	return strings.TrimFunc(k, func(r rune) bool {
		c := classOf(r)
		return c != clsLetter && c != clsMark && c != clsDigit
	})
}

// longEnough reports whether key k may be marked contained in another.
func longEnough(k string) bool {
	if len(k) < shingleLen {
		return false
	}
	if strings.IndexByte(k, ' ') < 0 {
		return utf8.RuneCountInString(k) >= minContainedRunes
	}
	words, inWord := 0, false
	for i := 0; i < len(k); i++ {
		space := k[i] == ' '
		if !space && !inWord {
			words++
		}
		inWord = !space
	}
	return words >= minContainedWords
}

// containsWords reports whether long contains short; when short holds a
// space, the match must not begin or end inside a word of long.
func containsWords(long, short string) bool {
	if strings.IndexByte(short, ' ') < 0 {
		return strings.Contains(long, short)
	}
	for from := 0; from <= len(long)-len(short); {
		at := strings.Index(long[from:], short)
		if at < 0 {
			return false
		}
		at += from
		before, _ := decodeLast(long, at)
		after := rune(-1)
		if end := at + len(short); end < len(long) {
			after, _ = decode(long, end)
		}
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		_, w := decode(long, at)
		from = at + w
	}
	return false
}

// isWordRune reports whether r is part of a word or number.
func isWordRune(r rune) bool {
	if r < 0 {
		return false
	}
	c := classOf(r)
	return c == clsLetter || c == clsMark || c == clsDigit
}
