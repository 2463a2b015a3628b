package zwnj

import "sync"

// wordCache remembers the half-spaces of words already read, so that the
// common words of a text are analysed once per process. It is a fixed-size
// direct-mapped table split into shards, each behind its own mutex: it
// never allocates after creation and is safe for concurrent use. An entry
// is overwritten by any later word that maps to the same slot.
type wordCache struct {
	shards [cacheShards]cacheShard
}

const (
	cacheShards = 64
	cacheSlots  = 1024 // per shard: 64Ki words in all
	cacheKeyMax = 46   // longer words are not cached
)

type cacheShard struct {
	mu    sync.Mutex
	slots [cacheSlots]cacheSlot
}

type cacheSlot struct {
	hash uint64
	zwnj uint64 // the visible half-spaces of the word's best reading
	n    uint8  // key length; 0 marks an empty slot
	key  [cacheKeyMax]byte
}

// get returns the cached half-spaces of key, whose partHash is h.
func (c *wordCache) get(key []byte, h uint64) (uint64, bool) {
	if len(key) > cacheKeyMax {
		return 0, false
	}
	sh := &c.shards[h%cacheShards]
	sl := &sh.slots[(h/cacheShards)%cacheSlots]
	sh.mu.Lock()
	ok := sl.hash == h && int(sl.n) == len(key) && string(sl.key[:sl.n]) == string(key)
	zw := sl.zwnj
	sh.mu.Unlock()
	return zw, ok
}

// put records the half-spaces of key.
func (c *wordCache) put(key []byte, h uint64, zw uint64) {
	if len(key) > cacheKeyMax || len(key) == 0 {
		return
	}
	sh := &c.shards[h%cacheShards]
	sl := &sh.slots[(h/cacheShards)%cacheSlots]
	sh.mu.Lock()
	sl.hash, sl.zwnj, sl.n = h, zw, uint8(len(key))
	copy(sl.key[:], key)
	sh.mu.Unlock()
}
