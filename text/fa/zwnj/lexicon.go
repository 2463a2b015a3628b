package zwnj

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
)

//go:embed lilak_2.0.0.bin
var lilakTable string

const tableMagic = "ZWNJLEX1"

// lexicon is the loaded record table: the embedded bytes, unchanged, and an
// open-addressing hash index over them. It is immutable after load.
type lexicon struct {
	// data holds the records back to back (see the package doc).
	data string
	// slots maps a key's hash to the offset+1 of its first record in data
	// (low 32 bits; 0 is an empty slot) and the key's hash (high 32 bits,
	// compared before the key). Records with the same key are adjacent.
	slots []uint64
	mask  uint32
	// firstParts holds the hashes of the letters before each ZWNJ of each
	// record (رئیس of رئیس‌جمهور), 0 marking an empty slot: a cheap test of
	// whether a word may begin a compound of the dictionary.
	firstParts []uint64
	partMask   uint64
	// records counts the records, keys the distinct keys.
	records, keys int
}

// loadLexicon indexes a table in the format the generator writes.
func loadLexicon(table string) (*lexicon, error) {
	nl := strings.IndexByte(table, '\n')
	if nl < 0 || !strings.HasPrefix(table, "// Code generated") {
		return nil, errors.New("zwnj: lexicon table: missing generated-code header line")
	}
	body := table[nl+1:]
	if !strings.HasPrefix(body, tableMagic) || len(body) < len(tableMagic)+4 {
		return nil, errors.New("zwnj: lexicon table: bad magic after header")
	}
	n := int(le32(body, len(tableMagic)))
	data := body[len(tableMagic)+4:]
	size := 1
	for size < 2*n {
		size <<= 1
	}
	lx := &lexicon{data: data, slots: make([]uint64, size), mask: uint32(size - 1), records: n}
	var parts []uint64
	prevKey := ""
	for off, i := 0, 0; i < n; i++ {
		if off >= len(data) {
			return nil, fmt.Errorf("zwnj: lexicon table: truncated at record %d of %d", i, n)
		}
		key, next, ok := recordKey(data, off)
		if !ok {
			return nil, fmt.Errorf("zwnj: lexicon table: record %d at byte %d is malformed", i, off)
		}
		if key != prevKey {
			lx.insert(key, off)
			lx.keys++
			prevKey = key
		}
		p := off + 1 + len(key) + 4
		for _, z := range []byte(data[p+1 : next]) {
			if int(z) <= len(key) {
				parts = append(parts, partHash([]byte(key[:z])))
			}
		}
		off = next
		if i == n-1 && off != len(data) {
			return nil, fmt.Errorf("zwnj: lexicon table: %d trailing bytes after %d records", len(data)-off, n)
		}
	}
	lx.indexFirstParts(parts)
	return lx, nil
}

// indexFirstParts builds the firstParts set.
func (lx *lexicon) indexFirstParts(parts []uint64) {
	size := 1
	for size < 2*len(parts) {
		size <<= 1
	}
	lx.firstParts = make([]uint64, size)
	lx.partMask = uint64(size - 1)
	for _, h := range parts {
		for i := h & lx.partMask; ; i = (i + 1) & lx.partMask {
			if lx.firstParts[i] == h {
				break
			}
			if lx.firstParts[i] == 0 {
				lx.firstParts[i] = h
				break
			}
		}
	}
}

// mayBeginCompound reports whether some dictionary word has a ZWNJ right
// after the letters of part. False positives are possible, false
// negatives are not.
func (lx *lexicon) mayBeginCompound(part []byte) bool {
	h := partHash(part)
	for i := h & lx.partMask; ; i = (i + 1) & lx.partMask {
		switch lx.firstParts[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// partHash is a 64-bit FNV-1a hash that is never 0.
func partHash(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	if h == 0 {
		h = 1
	}
	return h
}

// recordKey returns the key of the record at off and where the next begins.
func recordKey(data string, off int) (key string, next int, ok bool) {
	kl := int(data[off])
	p := off + 1 + kl + 4
	if p >= len(data) {
		return "", 0, false
	}
	nz := int(data[p])
	next = p + 1 + nz
	if next > len(data) {
		return "", 0, false
	}
	return data[off+1 : off+1+kl], next, true
}

func hashKey(key []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range key {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func (lx *lexicon) insert(key string, off int) {
	h := hashKey([]byte(key))
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		if lx.slots[i] == 0 {
			lx.slots[i] = uint64(h)<<32 | uint64(off+1)
			return
		}
	}
}

// find returns the offset of the first record whose key is key, or -1.
func (lx *lexicon) find(key []byte) int {
	h := hashKey(key)
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		s := lx.slots[i]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) != h {
			continue
		}
		off := int(uint32(s) - 1)
		kl := int(lx.data[off])
		if kl == len(key) && lx.data[off+1:off+1+kl] == string(key) {
			return off
		}
	}
}

// entry is one record seen through the index.
type entry struct {
	flags uint32
	// zwnj holds the letter indexes (byte offset / 2) before which the
	// written word has a half-space, as a bit set.
	zwnj uint64
}

// entries calls fn for each record of key, in table order (fewest ZWNJ
// first); fn returns false to stop.
func (lx *lexicon) entries(key []byte, fn func(entry) bool) {
	off := lx.find(key)
	if off < 0 {
		return
	}
	for off < len(lx.data) {
		kl := int(lx.data[off])
		if kl != len(key) || lx.data[off+1:off+1+kl] != string(key) {
			return
		}
		p := off + 1 + kl
		e := entry{flags: le32(lx.data, p)}
		nz := int(lx.data[p+4])
		for _, b := range []byte(lx.data[p+5 : p+5+nz]) {
			if b/2 < 64 {
				e.zwnj |= 1 << (b / 2)
			}
		}
		if !fn(e) {
			return
		}
		off = p + 5 + nz
	}
}

// le32 reads a little-endian uint32 at s[p:p+4].
func le32(s string, p int) uint32 {
	return uint32(s[p]) | uint32(s[p+1])<<8 | uint32(s[p+2])<<16 | uint32(s[p+3])<<24
}
