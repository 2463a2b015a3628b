package zwnj

import (
	"math/bits"
	"sync/atomic"
)

// givenWords are the words a restorer was told by WithWords, indexed by
// their letters without ZWNJ. It is immutable after build.
type givenWords struct {
	byKey map[string]givenWord
	// spaced is set when some word is written with a half-space that the
	// dictionary would not give it (see givenWord.own): typed as a space,
	// it is joined (join).
	spaced bool
	// firstParts holds the hashes of the letters before each half-space
	// of the words marked own, as lexicon.firstParts, to find them typed
	// with spaces (جین پینگ); own holds the hashes of those words.
	firstParts, own partSet
	// apart holds the hashes (pairHash) of the pairs of words that follow
	// each other after a single space in a given entry (شوکت ترین): the
	// space between them is never removed.
	apart partSet
	// list keeps the entries as given, for WithWords on this restorer.
	list []string
}

// givenWord is one given word.
type givenWord struct {
	// zwnj holds the letter indexes before which the word as given has a
	// half-space, shown or not (after ر it shows nothing).
	zwnj uint64
	// own is set when the word has half-spaces and the restorer without
	// the given words would read its letters otherwise (هبت‌الله, not
	// کوه‌های): a name of its own, which no word before it joins.
	own bool
}

// cacheSalts numbers the restorers built by WithWords, so that each keeps
// its own entries in the word cache it shares with Default.
var cacheSalts atomic.Uint64

// WithWords returns a restorer that also knows words: names and terms as
// they are written, with their own half-spaces or none, in Restore's input
// form (letters unified). An entry may hold several words separated by
// single spaces (شوکت ترین, جمعیت هلال احمر).
//
// A given word is never split: where its letters appear without ZWNJ, the
// word is restored as given (هبتالله → هبت‌الله; خاندوزی stays as it is),
// and it takes plural and other suffixes as a dictionary word does
// (بلینکن‌ها). The space between two words that follow each other in an
// entry is kept (شوکت ترین, اسماعیل خان). A word that has half-spaces
// the dictionary would not give it is joined where they are typed as
// spaces (جین پینگ → جین‌پینگ, ان بی سی → ان‌بی‌سی), and no word before
// it is joined to it. Where the text has half-spaces a given word lacks,
// the word is read as without WithWords. Where entries spell the same
// letters differently, the spelling with the most half-spaces wins
// (اصول‌گرایان over اصولگرایان), then the first given.
//
// The result shares r's dictionary table, rules and word cache (each
// restorer keeps its own entries in the cache), so it is cheap to build: a
// few milliseconds for thousands of words. Words of r's own WithWords are
// kept, before the new ones. Like r, it is safe for concurrent use.
func (r *Restorer) WithWords(words []string) *Restorer {
	gw := &givenWords{byKey: make(map[string]givenWord, 2*len(words))}
	var pairs []uint64
	if r.words != nil {
		gw.list = append(gw.list, r.words.list...)
	}
	gw.list = append(gw.list, words...)
	for _, w := range gw.list {
		pairs = gw.add(w, pairs)
	}
	gw.apart = newPartSet(pairs)

	// Mark the words whose half-spaces are their own: r without the given
	// words restores them otherwise, from their letters alone or with
	// spaces for the half-spaces (no cache: these readings are not r's).
	base := *r
	base.words, base.cache = nil, nil
	var firsts, owns []uint64
	for key, g := range gw.byKey {
		if g.zwnj == 0 {
			continue
		}
		k := []byte(key)
		written := spell(k, visible(k, g.zwnj), zwnjStr)
		if base.String(key) == written && base.String(spell(k, g.zwnj, " ")) == written {
			continue
		}
		g.own = true
		gw.byKey[key] = g
		gw.spaced = true
		owns = append(owns, partHash(k))
		for b := g.zwnj; b != 0; b &= b - 1 {
			firsts = append(firsts, partHash(k[:2*bits.TrailingZeros64(b)]))
		}
	}
	gw.firstParts = newPartSet(firsts)
	gw.own = newPartSet(owns)

	nr := *r
	nr.words = gw
	nr.salt = cacheSalts.Add(1) * 0xD6E8FEB86659FD93
	return &nr
}

// spell writes key with sep before each letter whose bit is set in zw.
func spell(key []byte, zw uint64, sep string) string {
	out := make([]byte, 0, len(key)+len(sep)*bits.OnesCount64(zw))
	for k := 0; 2*k < len(key); k++ {
		if k > 0 && zw&(1<<k) != 0 {
			out = append(out, sep...)
		}
		out = append(out, key[2*k], key[2*k+1])
	}
	return string(out)
}

// add indexes one entry: each word in it (a run of letters with ZWNJs
// between them) and each pair of words with a single space between them,
// whose hashes it appends to pairs.
func (gw *givenWords) add(entry string, pairs []uint64) []uint64 {
	var buf [2 * maxWordLetters]byte
	var prevHash uint64
	prevEnd := -2
	for i := 0; i < len(entry); {
		if !isWordByte(entry, i) {
			i++
			continue
		}
		end := wordEnd(entry, i)
		key, zw, ok := appendKey(buf[:0], 0, entry[i:end])
		if !ok {
			i, prevEnd = end, -2
			continue
		}
		if old, seen := gw.byKey[string(key)]; !seen || bits.OnesCount64(zw) > bits.OnesCount64(old.zwnj) {
			gw.byKey[string(key)] = givenWord{zwnj: zw}
		}
		h := partHash(key)
		if prevEnd == i-1 && entry[prevEnd] == ' ' {
			pairs = append(pairs, pairHash(prevHash, h))
		}
		prevHash, prevEnd, i = h, end, end
	}
	return pairs
}

// pairHash combines the partHash of two words that follow each other.
func pairHash(left, right uint64) uint64 {
	h := left*0x9E3779B97F4A7C15 ^ right
	if h == 0 {
		h = 1
	}
	return h
}

// given returns the reading of key as a given word with every boundary of
// req, if it is one.
func (gw *givenWords) given(key []byte, req uint64) (parse, bool) {
	g, ok := gw.byKey[string(key)]
	if !ok || g.zwnj&req != req {
		return parse{}, false
	}
	// A half-space after a letter that does not join forward shows
	// nothing and is never written (تی‌آر‌تی is written تی‌آرتی).
	zw := visible(key, g.zwnj)
	return parse{zwnj: zw, morph: zw, score: costHeadword, given: true}, true
}

// join reads the words that follow the word at parts[0] (ending at end,
// with letters key and half-spaces zw), each after a single space, and
// joins the longest run of them that spells a given word marked own whose
// half-spaces stand at every space (ان بی سی → ان‌بی‌سی). The caller has
// checked that key is in firstParts. It returns the group as pass keeps
// it: the number of parts, the group's end, letters and half-spaces, the
// boundaries at the joined spaces, and where the last part's letters begin
// in key. With no such run, the group is the first word alone.
func (gw *givenWords) join(s string, parts []span, end int, key []byte, zw uint64) (np, gEnd int, gKey []byte, gZW, merges uint64, last int) {
	np, gEnd, gKey, gZW = 1, end, key, zw
	n, at, spaces, lastAt := 1, end, uint64(0), 0
	for at+1 < len(s) && s[at] == ' ' && isWordByte(s, at+1) && n < len(parts) && (n == 1 || gw.firstParts.has(partHash(key))) {
		next := wordEnd(s, at+1)
		joint, jzw, ok := appendKey(key, zw, s[at+1:next])
		if !ok {
			break
		}
		spaces |= 1 << (len(key) / 2)
		lastAt = len(key)
		parts[n] = span{at + 1, next}
		n++
		at, key, zw = next, joint, jzw
		if g, ok := gw.byKey[string(key)]; ok && g.own && g.zwnj&spaces == spaces {
			np, gEnd, gKey, gZW, merges, last = n, at, key, zw, spaces, lastAt
		}
	}
	return np, gEnd, gKey, gZW, merges, last
}

// keepsApart reports whether the space before a word must stay, the word
// being right (its letters and half-spaces rightZW, ending at s[end:],
// partHash hRight) and the last word before it having partHash hLeft:
// the two follow each other in a given entry (شوکت ترین; pair is then
// set), or right is a given word marked own or begins one typed with
// spaces (join), so that خبرگزاری ای اف پی does not become خبرگزاری‌ای
// اف پی; the joined spelling of such a word is treated like the spaced
// one, so restoring twice changes nothing more.
func (gw *givenWords) keepsApart(s string, end int, hLeft, hRight uint64, right []byte, rightZW uint64) (stop, pair bool) {
	if gw.apart.has(pairHash(hLeft, hRight)) {
		return true, true
	}
	if !gw.spaced {
		return false, false
	}
	if gw.own.has(hRight) {
		return true, false
	}
	if !gw.firstParts.has(hRight) {
		return false, false
	}
	var buf [2 * maxWordLetters]byte
	var parts [maxWordLetters]span
	np, _, _, _, _, _ := gw.join(s, parts[:], end, append(buf[:0], right...), rightZW)
	return np > 1, false
}

// keptApart reports whether the words left and right (their letters)
// follow each other after a space in a given entry. r.words must not be
// nil.
func (r *Restorer) keptApart(left, right []byte) bool {
	return r.words.apart.has(pairHash(partHash(left), partHash(right)))
}

// mayBeginCompoundHashed reports whether a dictionary word or a given word
// marked own has a half-space right after the letters of part. h is
// partHash(part), or 0 when the caller has not computed it.
func (r *Restorer) mayBeginCompoundHashed(part []byte, h uint64) bool {
	if h == 0 {
		h = partHash(part)
	}
	if r.lx.firstParts.has(h) {
		return true
	}
	return r.words != nil && r.words.firstParts.has(h)
}
