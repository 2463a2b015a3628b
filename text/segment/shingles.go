package segment

import (
	"cmp"
	"slices"
)

// shingleLen is the length in bytes of the shingles that find candidate
// containers: eight bytes, about four Persian letters, read as one uint64.
const shingleLen = 8

// Bounds on the work of finding containers, so that text made of many
// near-identical sentences stays fast: for one sentence, at most
// maxContainerChecks substring checks among at most maxCandidates sentences
// that share its rarest shingle; for the whole text, substring checks over
// at most checkBudgetFactor times the length of all keys (plus
// minCheckBudget bytes), after which no more containers are sought.
const (
	maxContainerChecks = 64
	maxCandidates      = 512
	checkBudgetFactor  = 32
	minCheckBudget     = 1 << 20
)

// shingleIndex lists, for every distinct shingle, the sentences that have it.
type shingleIndex struct {
	shingles []uint64 // distinct shingles, sorted
	starts   []int32  // the ids of shingles[i] are ids[starts[i]:starts[i+1]]
	ids      []int32  // sentence indexes, increasing within each shingle
}

// posting says that sentence id has a shingle.
type posting struct {
	shingle uint64
	id      int32
}

// findContainers returns, for every sentence, the index of a sentence
// among ids whose longer key contains its key, or -1. Only the sentences
// listed in ids (distinct keys, in increasing order) are compared.
func findContainers(keys []string, ids []int) []int {
	container := make([]int, len(keys))
	for i := range container {
		container[i] = -1
	}
	index := newShingleIndex(keys, ids)
	budget := minCheckBudget
	for _, v := range ids {
		budget += checkBudgetFactor * len(keys[v])
	}
	for _, u := range ids {
		k := keys[u]
		if !longEnough(k) {
			continue
		}
		candidates := index.rarest(k)
		if len(candidates) > maxCandidates {
			candidates = candidates[:maxCandidates]
		}
		checks := 0
		for _, id := range candidates {
			v := int(id)
			if v == u || len(keys[v]) <= len(k) {
				continue
			}
			if checks++; checks > maxContainerChecks {
				break
			}
			if budget -= len(keys[v]); budget < 0 {
				return container
			}
			if containsWords(keys[v], k) {
				container[u] = v
				break
			}
		}
	}
	return container
}

// newShingleIndex indexes every shingle of every key in ids.
func newShingleIndex(keys []string, ids []int) *shingleIndex {
	size := 0
	for _, v := range ids {
		size += max(len(keys[v])-shingleLen+1, 0)
	}
	all := make([]posting, 0, size)
	for _, v := range ids {
		k := keys[v]
		for p := 0; p+shingleLen <= len(k); p++ {
			all = append(all, posting{shingleAt(k, p), int32(v)})
		}
	}
	slices.SortFunc(all, func(a, b posting) int {
		if c := cmp.Compare(a.shingle, b.shingle); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	all = slices.Compact(all)
	ix := &shingleIndex{ids: make([]int32, len(all))}
	for i, p := range all {
		if i == 0 || p.shingle != all[i-1].shingle {
			ix.shingles = append(ix.shingles, p.shingle)
			ix.starts = append(ix.starts, int32(i))
		}
		ix.ids[i] = p.id
	}
	ix.starts = append(ix.starts, int32(len(all)))
	return ix
}

// rarest returns the sentences that share the shingle of k that the fewest
// sentences have; k itself is among them if it was indexed.
func (ix *shingleIndex) rarest(k string) []int32 {
	var best []int32
	for p := 0; p+shingleLen <= len(k); p++ {
		i, found := slices.BinarySearch(ix.shingles, shingleAt(k, p))
		if !found {
			return nil // k has a shingle no indexed key has
		}
		if ids := ix.ids[ix.starts[i]:ix.starts[i+1]]; best == nil || len(ids) < len(best) {
			best = ids
		}
		if len(best) <= 1 {
			break // only k itself has this shingle: nothing contains k
		}
	}
	return best
}

// shingleAt reads the shingle of k that starts at byte p.
func shingleAt(k string, p int) uint64 {
	k = k[p : p+shingleLen]
	return uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24 |
		uint64(k[4])<<32 | uint64(k[5])<<40 | uint64(k[6])<<48 | uint64(k[7])<<56
}
