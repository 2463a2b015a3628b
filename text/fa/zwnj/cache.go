package zwnj

import (
	"encoding/binary"
	"sync/atomic"
)

// wordCache remembers the half-spaces of words already read, so that the
// common words of a text are analysed once per process. It is a fixed-size
// direct-mapped table: it never allocates after creation and is safe for
// concurrent use. An entry is overwritten by any later word that maps to
// the same slot.
//
// Each slot is a sequence lock over atomic words: a reader takes the slot
// only when its sequence number is even and unchanged across the read, and
// a writer that finds the slot being written skips it (a cache may forget).
// Lookups so take no lock and write nothing.
type wordCache struct {
	slots [cacheSlots]cacheSlot
}

const (
	cacheSlots  = 64 * 1024 // 64Ki words in all
	cacheKeyMax = 40        // longer words are not cached
	cacheWords  = cacheKeyMax / 8
)

// cacheSlot fills one 64-byte cache line, so a lookup touches one line.
type cacheSlot struct {
	meta atomic.Uint64 // sequence<<8 | key length; the sequence is odd while a writer fills the slot, a length 0 marks an empty slot
	hash atomic.Uint64
	zwnj atomic.Uint64 // the visible half-spaces of the word's best reading
	key  [cacheWords]atomic.Uint64
}

// packKey returns the key bytes as little-endian words, zero-padded.
func packKey(key []byte) (w [cacheWords]uint64) {
	var buf [cacheKeyMax]byte
	copy(buf[:], key)
	for i := range w {
		w[i] = binary.LittleEndian.Uint64(buf[8*i:])
	}
	return w
}

// get returns the cached half-spaces of key, whose partHash is h.
func (c *wordCache) get(key []byte, h uint64) (uint64, bool) {
	if len(key) > cacheKeyMax {
		return 0, false
	}
	sl := &c.slots[(h^h>>32)%cacheSlots]
	meta := sl.meta.Load()
	if meta&0x100 != 0 || meta&0xFF != uint64(len(key)) || sl.hash.Load() != h {
		return 0, false
	}
	w := packKey(key)
	for i := 0; 8*i < len(key); i++ {
		if sl.key[i].Load() != w[i] {
			return 0, false
		}
	}
	zw := sl.zwnj.Load()
	if sl.meta.Load() != meta {
		return 0, false
	}
	return zw, true
}

// put records the half-spaces of key.
func (c *wordCache) put(key []byte, h uint64, zw uint64) {
	if len(key) > cacheKeyMax || len(key) == 0 {
		return
	}
	sl := &c.slots[(h^h>>32)%cacheSlots]
	meta := sl.meta.Load()
	seq := meta >> 8
	if seq&1 != 0 || !sl.meta.CompareAndSwap(meta, (seq+1)<<8) {
		return // another writer holds the slot
	}
	w := packKey(key)
	sl.hash.Store(h)
	sl.zwnj.Store(zw)
	for i := range w {
		sl.key[i].Store(w[i])
	}
	sl.meta.Store((seq+2)<<8 | uint64(len(key)))
}
