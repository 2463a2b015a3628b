package segment

import "strings"

// windowWords is the number of words in the windows that find candidate
// containers when keys keep spaces between words. A contained sentence has
// at least minContainedWords words, so its first window is whole.
const windowWords = 3

// wordSpans returns the [start, end) byte spans of the words of k: the
// space-separated pieces of k with what is not a letter, mark or digit
// trimmed from their edges (so «کشاورزان and کشاورزان are one word). Only
// the runes at the edges are decoded.
func wordSpans(k string, into [][2]int) [][2]int {
	into = into[:0]
	for i := 0; i < len(k); {
		for i < len(k) && k[i] == ' ' {
			i++
		}
		j := len(k)
		if n := strings.IndexByte(k[i:], ' '); n >= 0 {
			j = i + n
		}
		st, en := i, j
		for st < en {
			r, w := firstRune2(k, st)
			if isWordRune(r) {
				break
			}
			st += w
		}
		for en > st {
			r, w := lastRune2(k, en)
			if isWordRune(r) {
				break
			}
			en -= w
		}
		if st < en {
			into = append(into, [2]int{st, en})
		}
		i = j
	}
	return into
}

// wordHashes appends the hash (FNV-1a) of each word of k at spans to into.
func wordHashes(k string, spans [][2]int, into []uint64) []uint64 {
	for _, sp := range spans {
		h := uint64(14695981039346656037)
		for j := sp[0]; j < sp[1]; j++ {
			h ^= uint64(k[j])
			h *= 1099511628211
		}
		into = append(into, h)
	}
	return into
}

// windowHash combines the hashes of the windowWords words from i. A
// collision only adds a candidate, which the substring check then refuses.
func windowHash(words []uint64, i int) uint64 {
	const p = 0x9E3779B97F4A7C15
	return (words[i]*p+words[i+1])*p + words[i+2]
}

// findContainersByWords is findContainers for keys that keep spaces: a
// sentence that may be contained in another (long enough) is looked for by
// its first three words, which must stand at some word of the container.
// Only those first windows are put in a map, and every window of every
// sentence is looked up in it, so the work is one small-map lookup per
// word and a substring check only where the three words agree.
func findContainersByWords(keys []string, ids []int) []int {
	container := make([]int, len(keys))
	for i := range container {
		container[i] = -1
	}
	// One pass splits every sentence into words and hashes them.
	var spans [][2]int
	hashes := make([]uint64, 0, len(ids)*16)
	first := make([]int, len(ids)+1) // hashes[first[n]:first[n+1]] are the words of ids[n]
	queries := map[uint64][]int32{}
	for n, u := range ids {
		spans = wordSpans(keys[u], spans)
		first[n] = len(hashes)
		hashes = wordHashes(keys[u], spans, hashes)
		if len(spans) >= max(minContainedWords, windowWords) {
			queries[windowHash(hashes[first[n]:], 0)] = append(queries[windowHash(hashes[first[n]:], 0)], int32(u))
		}
	}
	first[len(ids)] = len(hashes)
	if len(queries) == 0 {
		return container
	}
	checks := make([]int, len(keys))
	for n, v := range ids {
		words := hashes[first[n]:first[n+1]]
		for i := 0; i+windowWords <= len(words); i++ {
			us, ok := queries[windowHash(words, i)]
			if !ok {
				continue
			}
			for _, id := range us {
				u := int(id)
				if u == v || container[u] >= 0 || len(keys[v]) <= len(keys[u]) || checks[u] >= maxContainerChecks {
					continue
				}
				checks[u]++
				if containsWords(keys[v], keys[u]) {
					container[u] = v
				}
			}
		}
	}
	return container
}

// firstRune2 is decode with the two-byte runes of Persian text decoded
// inline.
func firstRune2(s string, i int) (rune, int) {
	if c := s[i]; c < 0x80 {
		return rune(c), 1
	} else if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return decode(s, i)
}

// lastRune2 is decodeLast with the two-byte runes of Persian text decoded
// inline.
func lastRune2(s string, i int) (rune, int) {
	if i >= 2 && s[i-1]&0xC0 == 0x80 && s[i-2] >= 0xC2 && s[i-2] < 0xE0 {
		return rune(s[i-2]&0x1F)<<6 | rune(s[i-1]&0x3F), 2
	}
	return decodeLast(s, i)
}
