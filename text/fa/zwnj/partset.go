package zwnj

// partSet is a set of 64-bit letter-run hashes (partHash; never 0) in an
// open-addressing table with load ≤ 0.5. False positives are possible
// (two runs with one hash), false negatives are not. It is immutable after
// newPartSet and safe for concurrent reads.
//
// A bit filter of about eight bits a hash, indexed by the hash's high bits
// (the table uses the low ones), answers most absent runs without touching
// the table, which for the dictionary is too big for the fast caches.
type partSet struct {
	slots  []uint64
	mask   uint64
	filter []uint64
	fshift uint // 64 minus log2 of the filter's bit count
}

// newPartSet indexes the hashes (duplicates allowed).
func newPartSet(hashes []uint64) partSet {
	size := 1
	for size < 2*len(hashes) {
		size <<= 1
	}
	s := partSet{slots: make([]uint64, size), mask: uint64(size - 1)}
	bitsLog := 6
	for 1<<bitsLog < 8*len(hashes) {
		bitsLog++
	}
	s.filter, s.fshift = make([]uint64, (1<<bitsLog)/64), uint(64-bitsLog)
	for _, h := range hashes {
		f := h >> s.fshift
		s.filter[f/64] |= 1 << (f % 64)
		for i := h & s.mask; ; i = (i + 1) & s.mask {
			if s.slots[i] == h {
				break
			}
			if s.slots[i] == 0 {
				s.slots[i] = h
				break
			}
		}
	}
	return s
}

// has reports whether the run with hash h is in the set.
func (s partSet) has(h uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	if f := h >> s.fshift; s.filter[f/64]&(1<<(f%64)) == 0 {
		return false
	}
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}
