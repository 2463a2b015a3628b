package triggers

import (
	"bytes"
)

// formRef says which entry a surface form belongs to, and what form it is.
type formRef struct {
	entry int32 // index into Lexicon.entries
	form  Form
	en    bool // an English form
}

// formGroup is every ref of one surface form.
type formGroup struct {
	hash           uint64
	keyOff, keyLen int32 // the form's key in formIndex.blob
	first, n       int32 // its refs in formIndex.refs
}

// formIndex maps folded surface forms (with no spaces) to their triggers.
// It holds no pointer per form — keys live in one byte slice, maps have
// integer keys and values — so that the garbage collector, which scans the
// whole live heap of a long run, has little to do here.
type formIndex struct {
	blob   []byte
	groups []formGroup
	byHash map[uint64]int32 // hash → the first group with that hash
	// more holds the other groups of a hash that two keys share (none, but
	// for a 64-bit collision).
	more  map[uint64][]int32
	refs  []formRef // grouped by form
	heads []uint64  // a bit set over the hashes of every form prefix of up to headBytes bytes
	whole []uint64  // a bit set over the hashes of the whole forms
	// cont is a bit set over the hashes of every form's beginnings that
	// end where a text may end a token — at a space or a half-space — and
	// that the form goes on past: the matcher reads no further token
	// when what it holds is none of them.
	cont []uint64
}

// headBits is the size of the heads bit set: 8 Mbit (1 MB), so that a
// word no form begins with is turned away by one bit test, wrongly let
// through only a few times in a hundred.
const headBits = 1 << 23

func (ix *formIndex) setHead(h uint64) { setBit(ix.heads, h) }

func (ix *formIndex) hasHead(h uint64) bool { return hasBit(ix.heads, h) }

// setBit and hasBit use a bit set whose length in words is a power of two.
func setBit(set []uint64, h uint64) { set[(h/64)&uint64(len(set)-1)] |= 1 << (h % 64) }

func hasBit(set []uint64, h uint64) bool { return set[(h/64)&uint64(len(set)-1)]&(1<<(h%64)) != 0 }

// bitSet returns a bit set for about n hashes: 32 bits each, a power of
// two, at most headBits.
func bitSet(n int) []uint64 {
	words := 1
	for words*64 < n*32 && words*64 < headBits {
		words *= 2
	}
	return make([]uint64, words)
}

// hashSeed starts an FNV-1a hash.
const hashSeed = uint64(14695981039346656037)

// hashKey is FNV-1a over a key's bytes.
func hashKey(b []byte) uint64 { return hashMore(hashSeed, b) }

// hashMore goes on hashing with more bytes: hashMore(hashKey(a), b) is
// hashKey of a and b joined.
func hashMore[T string | []byte](h uint64, b T) uint64 {
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return h
}

// newFormIndex freezes a map of forms into an index.
func newFormIndex(forms map[string][]formRef, cont map[uint64]bool) *formIndex {
	keys := make([]string, 0, len(forms))
	size := 0
	for k := range forms {
		keys = append(keys, k)
		size += len(k)
	}
	ix := &formIndex{
		blob:   make([]byte, 0, size),
		groups: make([]formGroup, 0, len(keys)),
		byHash: make(map[uint64]int32, len(keys)),
		heads:  bitSet(len(keys) * 2),
		whole:  bitSet(len(keys)),
		cont:   bitSet(len(cont) + 1),
	}
	for h := range cont {
		setBit(ix.cont, h)
	}
	for _, k := range keys {
		rs := forms[k]
		g := formGroup{
			hash: hashKey([]byte(k)), keyOff: int32(len(ix.blob)), keyLen: int32(len(k)),
			first: int32(len(ix.refs)), n: int32(len(rs)),
		}
		ix.blob = append(ix.blob, k...)
		ix.refs = append(ix.refs, rs...)
		if _, ok := ix.byHash[g.hash]; ok {
			if ix.more == nil {
				ix.more = map[uint64][]int32{}
			}
			ix.more[g.hash] = append(ix.more[g.hash], int32(len(ix.groups)))
		} else {
			ix.byHash[g.hash] = int32(len(ix.groups))
		}
		ix.groups = append(ix.groups, g)
		setBit(ix.whole, g.hash)
		for n := 1; n <= len(k) && n <= headBytes; n++ {
			ix.setHead(hashKey([]byte(k[:n])))
		}
	}
	return ix
}

// lookup returns the refs of the form key, or nil.
func (ix *formIndex) lookup(key []byte) []formRef { return ix.lookupHashed(hashKey(key), key) }

// continues reports whether some form goes on past a beginning with hash h
// that ends at a token boundary; false means certainly none does.
func (ix *formIndex) continues(h uint64) bool { return hasBit(ix.cont, h) }

// lookupHashed is lookup of a key whose hash is h.
func (ix *formIndex) lookupHashed(h uint64, key []byte) []formRef {
	if !hasBit(ix.whole, h) {
		return nil // most keys: one bit test, no map lookup
	}
	g, ok := ix.byHash[h]
	if !ok {
		return nil
	}
	if rs, ok := ix.refsIf(g, key); ok {
		return rs
	}
	for _, g := range ix.more[h] {
		if rs, ok := ix.refsIf(g, key); ok {
			return rs
		}
	}
	return nil
}

// refsIf returns the refs of group g when its key is key.
func (ix *formIndex) refsIf(g int32, key []byte) ([]formRef, bool) {
	gr := ix.groups[g]
	if !bytes.Equal(ix.blob[gr.keyOff:gr.keyOff+gr.keyLen], key) {
		return nil, false
	}
	return ix.refs[gr.first : gr.first+gr.n], true
}

// mayBegin reports whether some form begins with key (up to headBytes of
// it); false means certainly none does.
func (ix *formIndex) mayBegin(key []byte) bool {
	return ix.hasHead(hashKey(key[:min(len(key), headBytes)]))
}

// len is the number of distinct forms.
func (ix *formIndex) len() int { return len(ix.groups) }
