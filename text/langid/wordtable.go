package langid

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// wordInfo is what Detect knows about one spelling: the markers that start
// with it and the function-word lists that hold it.
type wordInfo struct {
	key string
	// entry holds the markers whose first folded word is key, or nil.
	entry *lexEntry
	// light is the languages whose function words (matched in light form)
	// include key.
	light langMask
	// folded says which lists matched in folded form hold key.
	folded foldedLists
}

// foldedLists is a set of the word lists matched in folded form.
type foldedLists uint8

const (
	inPersianWords foldedLists = 1 << iota
	inEnglishWords
	inDateWords
)

// wordTable finds the wordInfo of a word given as bytes, without
// allocating: an open-addressing hash table whose slots hold a tag of the
// word's hash and the index of its wordInfo. A tag match is confirmed by
// comparing the words, so a hash collision costs time, never a wrong answer.
// It is not changed once built.
type wordTable struct {
	slots []wordSlot // a power of two of them, at most a quarter used
	infos []wordInfo
	shift uint // 64 - log2(len(slots)): a hash's top bits pick its first slot
}

type wordSlot struct {
	tag   uint32 // the low bits of the word's hash
	index uint32 // 1 + the index of the word's info; 0 for an empty slot
}

// newWordTable indexes infos, whose keys must be distinct.
func newWordTable(infos []wordInfo) *wordTable {
	n := 16
	for n < 4*len(infos) {
		n *= 2
	}
	t := &wordTable{
		slots: make([]wordSlot, n),
		infos: slices.Clone(infos),
		shift: uint(64 - bits.TrailingZeros(uint(n))),
	}
	mask := uint64(n - 1)
	for k := range t.infos {
		h := wordHash([]byte(t.infos[k].key))
		i := h >> t.shift
		for t.slots[i].index != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{tag: uint32(h), index: uint32(k + 1)}
	}
	return t
}

// find returns the info of word, or nil when the table does not hold it.
func (t *wordTable) find(word []byte) *wordInfo {
	h := wordHash(word)
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		slot := t.slots[i]
		if slot.index == 0 {
			return nil
		}
		if slot.tag == uint32(h) {
			if info := &t.infos[slot.index-1]; info.key == string(word) {
				return info
			}
		}
	}
}

// wordHash hashes a word from its length and its first and last 8 bytes
// (which cover words of up to 8 Persian letters whole), with one 128-bit
// multiplication to mix them. Words that share those but differ in the
// middle collide, which find resolves.
func wordHash(word []byte) uint64 {
	n := len(word)
	var head, tail uint64
	switch {
	case n >= 8:
		head = binary.LittleEndian.Uint64(word)
		tail = binary.LittleEndian.Uint64(word[n-8:])
	case n >= 4:
		head = uint64(binary.LittleEndian.Uint32(word))
		tail = uint64(binary.LittleEndian.Uint32(word[n-4:]))
	case n > 0:
		head = uint64(word[0])<<16 | uint64(word[n/2])<<8 | uint64(word[n-1])
	}
	hi, lo := bits.Mul64(head^0xa0761d6478bd642f, tail^0xe7037ed1a0b428db^uint64(n))
	return hi ^ lo
}
