package segment

import "hash/maphash"

// windowWords is the number of words in the windows that find candidate
// containers when keys keep spaces between words. A contained sentence has
// at least minContainedWords words, so its first window is whole.
const windowWords = 3

var windowSeed = maphash.MakeSeed()

// wordSpans returns the [start, end) byte spans of the words of k: maximal
// runs of letters, marks and digits.
func wordSpans(k string, into [][2]int) [][2]int {
	into = into[:0]
	start := -1
	for i := 0; i < len(k); {
		r, w := decode(k, i)
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			into = append(into, [2]int{start, i})
			start = -1
		}
		i += w
	}
	if start >= 0 {
		into = append(into, [2]int{start, len(k)})
	}
	return into
}

// windowHash hashes the words of k at spans[i:i+windowWords], ignoring what
// stands between them.
func windowHash(k string, spans [][2]int, i int) uint64 {
	var h maphash.Hash
	h.SetSeed(windowSeed)
	for _, sp := range spans[i : i+windowWords] {
		h.WriteString(k[sp[0]:sp[1]])
		h.WriteByte(0)
	}
	return h.Sum64()
}

// findContainersByWords is findContainers for keys that keep spaces: the
// candidates for containing a sentence are the sentences that have, at
// some word, the same three words that the sentence starts with. Indexing
// is one map insert per word, so the cost is linear in the text.
func findContainersByWords(keys []string, ids []int) []int {
	container := make([]int, len(keys))
	for i := range container {
		container[i] = -1
	}
	index := make(map[uint64][]int32, len(ids)*8)
	var spans [][2]int
	for _, v := range ids {
		spans = wordSpans(keys[v], spans)
		for i := 0; i+windowWords <= len(spans); i++ {
			h := windowHash(keys[v], spans, i)
			if l := index[h]; len(l) == 0 || l[len(l)-1] != int32(v) {
				index[h] = append(l, int32(v))
			}
		}
	}
	for _, u := range ids {
		k := keys[u]
		if !longEnough(k) {
			continue
		}
		spans = wordSpans(k, spans)
		if len(spans) < windowWords {
			continue
		}
		checks := 0
		for _, id := range index[windowHash(k, spans, 0)] {
			v := int(id)
			if v == u || len(keys[v]) <= len(k) {
				continue
			}
			if checks++; checks > maxContainerChecks {
				break
			}
			if containsWords(keys[v], k) {
				container[u] = v
				break
			}
		}
	}
	return container
}
