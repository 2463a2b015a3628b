package zwnj

import (
	_ "embed"
	"encoding/binary"
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
	// record (رئیس of رئیس‌جمهور): a cheap test of whether a word may
	// begin a compound of the dictionary. laterParts holds the hashes of
	// the letter runs that follow a ZWNJ, up to the next or the end (جمهور;
	// کوه and ها of رشته‌کوه‌ها): whether a word ends compounds.
	firstParts, laterParts partSet
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
	var parts, later []uint64
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
		zs := data[p+1 : next]
		for j := 0; j < len(zs); j++ {
			z := int(zs[j])
			if z > len(key) {
				continue
			}
			parts = append(parts, partHash([]byte(key[:z])))
			end := len(key)
			if j+1 < len(zs) && int(zs[j+1]) <= len(key) {
				end = int(zs[j+1])
			}
			if z < end {
				later = append(later, partHash([]byte(key[z:end])))
			}
		}
		off = next
		if i == n-1 && off != len(data) {
			return nil, fmt.Errorf("zwnj: lexicon table: %d trailing bytes after %d records", len(data)-off, n)
		}
	}
	lx.firstParts = newPartSet(parts)
	lx.laterParts = newPartSet(later)
	return lx, nil
}

// mayBeginCompound reports whether some dictionary word has a ZWNJ right
// after the letters of part. False positives are possible, false
// negatives are not.
func (lx *lexicon) mayBeginCompound(part []byte) bool {
	return lx.firstParts.has(partHash(part))
}

// mayEndCompound reports whether some dictionary word has the letters of
// part right after a ZWNJ, followed by its end or another ZWNJ (جمهور of
// رئیس‌جمهور). False positives are possible, false negatives are not.
func (lx *lexicon) mayEndCompound(part []byte) bool {
	return lx.laterParts.has(partHash(part))
}

// partHash is a 64-bit hash of a letter run that is never 0: eight bytes
// at a time, multiplied and folded, with murmur3's finalizer. It keys the
// part sets and the word cache, so it runs for every word of a text.
func partHash(b []byte) uint64 {
	h := uint64(len(b)) * 0x9E3779B97F4A7C15
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)) * 0xFF51AFD7ED558CCD
		h ^= h >> 31
		b = b[8:]
	}
	var t uint64
	shift := 0
	if len(b) >= 4 {
		t, b, shift = uint64(binary.LittleEndian.Uint32(b)), b[4:], 32
	}
	if len(b) >= 2 {
		t |= uint64(binary.LittleEndian.Uint16(b)) << shift
		b, shift = b[2:], shift+16
	}
	if len(b) == 1 {
		t |= uint64(b[0]) << shift
	}
	h ^= t
	h ^= h >> 33
	h *= 0xFF51AFD7ED558CCD
	h ^= h >> 33
	h *= 0xC4CEB9FE1A85EC53
	h ^= h >> 33
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
