package searchterms

import (
	"slices"

	"khabar/store/simhash"
	"khabar/text/fa"
)

// Index returns the terms under which a text is indexed: every word
// of its folded form (fa.Fold; see simhash.Words for what a word is) and
// every pair of adjacent words written together, each once. The pairs let
// "رئیس جمهور" be found as "رئیسجمهور" and the other way round.
func Index(s string) []string { return IndexWords(simhash.Words(fa.Fold(s))) }

// IndexWords is Index for a text already split into its folded words.
func IndexWords(words []string) []string {
	seen := make(map[string]struct{}, 2*len(words))
	out := make([]string, 0, 2*len(words))
	add := func(t string) {
		if _, ok := seen[t]; !ok {
			seen[t] = struct{}{}
			out = append(out, t)
		}
	}
	for i, w := range words {
		add(w)
		if i > 0 {
			add(words[i-1] + w)
		}
	}
	return out
}

// Query returns the term groups a query matches with: one group per
// folded word of q, holding the word itself and the word written together
// with the word before it and the word after it. An article matches when
// every group has one of its terms in the article's Index. Repeated
// groups are dropped.
func Query(q string) [][]string {
	words := simhash.Words(fa.Fold(q))
	var out [][]string
	for i, w := range words {
		g := []string{w}
		if i > 0 {
			g = append(g, words[i-1]+w)
		}
		if i+1 < len(words) {
			g = append(g, w+words[i+1])
		}
		if !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, g) }) {
			out = append(out, g)
		}
	}
	return out
}

// Join writes terms as the one space-separated string the search index
// takes.
func Join(ts []string) string {
	n := 0
	for _, t := range ts {
		n += len(t) + 1
	}
	b := make([]byte, 0, n)
	for i, t := range ts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t...)
	}
	return string(b)
}
