package segment

import "strings"

// windowWords is the number of words in the windows that find candidate
// containers when keys keep spaces between words. A contained sentence has
// at least minContainedWords words, so its first window is whole.
const windowWords = 3

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

// windowHash hashes (FNV-1a) the words of k at spans[i:i+windowWords],
// ignoring what stands between them. A collision only adds a candidate,
// which the substring check then refuses.
func windowHash(k string, spans [][2]int, i int) uint64 {
	h := uint64(14695981039346656037)
	for _, sp := range spans[i : i+windowWords] {
		for j := sp[0]; j < sp[1]; j++ {
			h ^= uint64(k[j])
			h *= 1099511628211
		}
		h ^= 0xFF
		h *= 1099511628211
	}
	return h
}

// windowIndex lists, for each window hash, the sentences that have it, as
// linked postings in one slice (no allocation per entry).
type windowIndex struct {
	head map[uint64]int32 // hash → first posting + 1
	post []windowPosting
}

type windowPosting struct {
	id   int32
	next int32 // next posting + 1, or 0
}

func (ix *windowIndex) add(h uint64, id int32) {
	first := ix.head[h]
	if first > 0 && ix.post[first-1].id == id {
		return // this sentence already has the window
	}
	ix.post = append(ix.post, windowPosting{id: id, next: first})
	ix.head[h] = int32(len(ix.post))
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
	words := 0
	for _, v := range ids {
		words += strings.Count(keys[v], " ") + 1
	}
	index := windowIndex{head: make(map[uint64]int32, words), post: make([]windowPosting, 0, words)}
	var spans [][2]int
	for _, v := range ids {
		spans = wordSpans(keys[v], spans)
		for i := 0; i+windowWords <= len(spans); i++ {
			index.add(windowHash(keys[v], spans, i), int32(v))
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
		for p := index.head[windowHash(k, spans, 0)]; p > 0; p = index.post[p-1].next {
			v := int(index.post[p-1].id)
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
