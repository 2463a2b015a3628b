package simhash

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"khabar/text/fa"
)

// MaxDistance is the largest Hamming distance at which two fingerprints
// are taken as the same story.
const MaxDistance = 3

// Bands is the number of 16-bit bands Keys splits a fingerprint into. Two
// fingerprints within MaxDistance bits differ in at most MaxDistance bands,
// so with MaxDistance+1 bands at least one band is equal.
const Bands = MaxDistance + 1

// ShingleWords is the number of words in one shingle.
const ShingleWords = 3

// Of returns the SimHash of s: s is folded (fa.Fold), split into words
// (runs of letters and digits), and every run of ShingleWords consecutive
// words is hashed; each bit of the result is the majority of that bit over
// the shingle hashes. A text of fewer words is one shingle. The empty text
// has fingerprint 0.
func Of(s string) uint64 { return OfWords(Words(fa.Fold(s))) }

// OfWords is Of for a text already split into its folded words (Words of
// fa.Fold of it).
func OfWords(words []string) uint64 {
	if len(words) == 0 {
		return 0
	}
	var votes [64]int
	add := func(h uint64) {
		for b := range 64 {
			if h&(1<<b) != 0 {
				votes[b]++
			} else {
				votes[b]--
			}
		}
	}
	if len(words) < ShingleWords {
		add(hashWords(words))
	} else {
		for i := 0; i+ShingleWords <= len(words); i++ {
			add(hashWords(words[i : i+ShingleWords]))
		}
	}
	var out uint64
	for b := range 64 {
		if votes[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

// Distance returns the number of bits in which a and b differ.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Near reports whether a and b are within MaxDistance.
func Near(a, b uint64) bool { return Distance(a, b) <= MaxDistance }

// Keys returns the band keys of h: band i's 16 bits, tagged with i in the
// bits above, so that one index column holds all bands. Any fingerprint
// within MaxDistance of h shares at least one key with it.
func Keys(h uint64) [Bands]int64 {
	var out [Bands]int64
	for i := range Bands {
		out[i] = int64(i)<<16 | int64(h>>(16*i)&0xFFFF)
	}
	return out
}

// Words splits already folded text into runs of letters and digits,
// dropping combining marks inside them.
func Words(s string) []string {
	var out []string
	start := -1
	clean := true
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		if !clean {
			w = dropMarks(w)
		}
		if w != "" {
			out = append(out, w)
		}
		start, clean = -1, true
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case unicode.Is(unicode.Mn, r) && start >= 0:
			clean = false
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

func dropMarks(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range w {
		if !unicode.Is(unicode.Mn, r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// hashWords is FNV-1a over the words, each followed by a 0 byte, then
// mixed so that every output bit depends on every input bit.
func hashWords(words []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= prime
		}
		h *= prime // the 0 separator
	}
	// splitmix64 finalizer
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
