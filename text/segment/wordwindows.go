package segment

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
	var spans [][2]int
	queries := map[uint64][]int32{}
	for _, u := range ids {
		if !longEnough(keys[u]) {
			continue
		}
		spans = wordSpans(keys[u], spans)
		if len(spans) >= windowWords {
			h := windowHash(keys[u], spans, 0)
			queries[h] = append(queries[h], int32(u))
		}
	}
	if len(queries) == 0 {
		return container
	}
	checks := make([]int, len(keys))
	for _, v := range ids {
		spans = wordSpans(keys[v], spans)
		for i := 0; i+windowWords <= len(spans); i++ {
			us, ok := queries[windowHash(keys[v], spans, i)]
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
