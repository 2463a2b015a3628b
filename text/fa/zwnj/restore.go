package zwnj

import (
	"strings"

	"khabar/text"
)

// span is a word's bytes in the input: letters and the ZWNJs between them.
type span struct{ start, end int }

// change is one edit of a pass: at input byte pos, insert a half-space
// (zwnjInsert), or replace the space there by a half-space (spaceToZWNJ)
// or by nothing (spaceDrop).
type change struct {
	pos  int
	kind uint8
}

const (
	zwnjInsert uint8 = iota
	spaceToZWNJ
	spaceDrop
)

// Restore reads s — Persian text whose letters are already unified (Persian
// ی and ک, no tatweel, ۀ written as ه+U+0654) — and writes the restored text
// through b, which records every change so offsets stay mapped to s. Text
// that is not Persian letters passes through unchanged.
//
// Half-spaces already in s are kept, and a word that has some is read only
// in ways that agree with them. Inside a word, a half-space is added at each
// morpheme boundary that the best reading writes with one. A single space
// between two words is removed, or made a half-space after a letter that
// joins forward, when the words are one word split (see shouldMerge).
//
// Joining words can make the word before them join too (a compound read
// only with its plural), so when a pass joins words, passes repeat until
// one joins none: the result is a fixed point, and restoring it again
// changes nothing.
func (r *Restorer) Restore(s string, b *text.Builder) {
	plan, again := r.pass(s, nil)
	if !again {
		apply(s, plan, b)
		return
	}
	out := applyString(s, plan)
	for again && len(plan) > 0 {
		plan, again = r.pass(out, plan[:0])
		out = applyString(out, plan)
	}
	diff(s, out, b)
}

// pass reads s once and returns the changes it makes (appended to plan),
// and whether another pass could join more words: that is so when a group
// of joined words follows a word, after a space, that would join the whole
// group though it did not join the group's first word, or (with given
// words) when a group of joined words stands next to a pair of words kept
// apart. With given words, a group may begin with a given word typed with
// spaces (givenWords.join).
func (r *Restorer) pass(s string, plan []change) ([]change, bool) {
	var keyBuf, prevBuf [2 * maxWordLetters]byte
	var parts [maxWordLetters]span
	var prevKey []byte
	prevEnd, prevLast := -2, 0
	// With given words: the partHash of the word at carryAt, computed
	// while deciding whether it joins the group before it.
	var carry uint64
	carryAt := -1
	// pairBefore is set when the group before was kept apart from the
	// next one by a pair of words of a given entry (شوکت ترین).
	pairBefore := false
	again := false
	i := 0
	for i < len(s) {
		if !isWordByte(s, i) {
			i++
			continue
		}
		end := wordEnd(s, i)
		key, zw, ok := appendKey(keyBuf[:0], 0, s[i:end])
		if !ok {
			i, prevEnd = end, -2
			continue
		}
		parts[0] = span{i, end}
		np := 1
		var merges uint64
		first, last := len(key), 0 // the first part's end, the last part's start
		var hLast uint64           // with given words: partHash(key[last:])
		pairAfter := false
		// hKey is partHash(key) while the group is its first word alone,
		// 0 (never a partHash) once it is not: the word cache and the
		// part sets take it instead of hashing the word again.
		var hKey uint64
		if r.words != nil && carryAt == i {
			hKey = carry
		} else {
			hKey = partHash(key)
		}
		if r.words != nil {
			hLast = hKey
			if r.words.spaced && r.words.firstParts.has(hLast) {
				np, end, key, zw, merges, last = r.words.join(s, parts[:], end, key, zw)
				hLast = partHash(key[last:])
				if np > 1 {
					hKey = 0
				}
			}
		}
		for end+1 < len(s) && s[end] == ' ' && isWordByte(s, end+1) {
			next := wordEnd(s, end+1)
			joint, jzw, ok := appendKey(key, zw, s[end+1:next])
			if !ok {
				break
			}
			var hNext uint64
			if r.words != nil {
				right := joint[len(key):]
				hNext = partHash(right)
				carry, carryAt = hNext, end+1
				if stop, pair := r.words.keepsApart(s, next, hLast, hNext, right, jzw>>(len(key)/2)); stop {
					pairAfter = pair
					break
				}
			}
			if !r.shouldMergeHashed(key, joint, hKey) {
				break
			}
			hKey = 0
			last, hLast = len(key), hNext
			merges |= 1 << (len(key) / 2)
			parts[np] = span{end + 1, next}
			np++
			end, key, zw = next, joint, jzw
		}
		if np > 1 && prevEnd == i-1 && s[prevEnd] == ' ' && len(prevKey)+len(key) <= len(prevBuf) &&
			(r.words == nil || !r.keptApart(prevKey[prevLast:], key[:first])) {
			joint := append(prevKey, key...)
			again = again || r.shouldMerge(prevKey, joint)
		}
		// A pair kept apart next to a group of joined words is read
		// again once joined (بی شوکت ترین: بی‌شوکت is not شوکت), until
		// nothing changes.
		again = again || np > 1 && (pairBefore || pairAfter)
		pairBefore = pairAfter
		merges = visible(key, merges)
		plan = plan1(s, parts[:np], r.halfSpacesHashed(key, hKey, zw|merges)|merges, plan)
		prevKey = append(prevBuf[:0], key...)
		i, prevEnd, prevLast = end, end, last
	}
	return plan, again
}

// plan1 appends the changes of one word group: the spaces between its parts
// dropped, or made half-spaces where zw has the boundary, and a half-space
// inserted before each letter whose bit is set in zw unless one is there
// already. zw must hold only visible boundaries.
func plan1(s string, parts []span, zw uint64, plan []change) []change {
	k := 0
	for pi, ps := range parts {
		have := false
		if pi > 0 {
			if zw&(1<<k) != 0 {
				plan = append(plan, change{ps.start - 1, spaceToZWNJ})
			} else {
				plan = append(plan, change{ps.start - 1, spaceDrop})
			}
			have = true
		}
		for pos := ps.start; pos < ps.end; {
			if s[pos] == 0xE2 { // a ZWNJ inside the word
				pos += 3
				have = true
				continue
			}
			if k > 0 && !have && zw&(1<<k) != 0 {
				plan = append(plan, change{pos, zwnjInsert})
			}
			have = false
			k++
			pos += 2
		}
	}
	return plan
}

// apply writes s with the changes of plan through b.
func apply(s string, plan []change, b *text.Builder) {
	at := 0
	for _, c := range plan {
		b.Copy(s[at:c.pos])
		switch c.kind {
		case zwnjInsert:
			b.Replace(0, zwnjStr)
			at = c.pos
		case spaceToZWNJ:
			b.Replace(1, zwnjStr)
			at = c.pos + 1
		case spaceDrop:
			b.Replace(1, "")
			at = c.pos + 1
		}
	}
	b.Copy(s[at:])
}

// applyString returns s with the changes of plan.
func applyString(s string, plan []change) string {
	var sb strings.Builder
	sb.Grow(len(s) + 3*len(plan))
	at := 0
	for _, c := range plan {
		sb.WriteString(s[at:c.pos])
		switch c.kind {
		case zwnjInsert:
			sb.WriteString(zwnjStr)
			at = c.pos
		case spaceToZWNJ:
			sb.WriteString(zwnjStr)
			at = c.pos + 1
		case spaceDrop:
			at = c.pos + 1
		}
	}
	sb.WriteString(s[at:])
	return sb.String()
}

// diff writes out through b as edits of s, where out is s with half-spaces
// inserted and single spaces dropped or made half-spaces (the only changes
// a pass makes).
func diff(s, out string, b *text.Builder) {
	i, j := 0, 0
	for i < len(s) || j < len(out) {
		switch {
		case i < len(s) && j < len(out) && s[i] == out[j]:
			k := 1
			for i+k < len(s) && j+k < len(out) && s[i+k] == out[j+k] {
				k++
			}
			b.Copy(s[i : i+k])
			i, j = i+k, j+k
		case i < len(s) && s[i] == ' ' && strings.HasPrefix(out[j:], zwnjStr):
			b.Replace(1, zwnjStr)
			i, j = i+1, j+len(zwnjStr)
		case strings.HasPrefix(out[j:], zwnjStr):
			b.Replace(0, zwnjStr)
			j += len(zwnjStr)
		case i < len(s) && s[i] == ' ':
			b.Replace(1, "")
			i++
		default:
			// Unreachable for outputs of pass; keep the rest aligned as one
			// replacement rather than fail.
			b.Replace(len(s)-i, out[j:])
			return
		}
	}
}

// wordEnd returns the end of the word starting at i: letters, with single
// ZWNJs allowed between letters.
func wordEnd(s string, i int) int {
	for i < len(s) {
		if isWordByte(s, i) {
			i += 2
			continue
		}
		if i+3 < len(s) && s[i:i+3] == zwnjStr && isWordByte(s, i+3) {
			i += 3
			continue
		}
		break
	}
	return i
}

// appendKey appends the letters of word (dropping ZWNJ) to key and marks in
// zw the letters a ZWNJ stands before; ok is false when the result would
// not fit the analysis limit.
func appendKey(key []byte, zw uint64, word string) ([]byte, uint64, bool) {
	for i := 0; i < len(word); {
		if word[i] == 0xE2 {
			zw |= 1 << (len(key) / 2)
			i += 3
			continue
		}
		if len(key)+2 > 2*maxWordLetters {
			return key, zw, false
		}
		key = append(key, word[i], word[i+1])
		i += 2
	}
	return key, zw, true
}

// halfSpacesHashed returns the visible half-spaces of the best reading of
// key with the boundaries of req, through the word cache. hKey is
// partHash(key), or 0 when the caller has not computed it.
func (r *Restorer) halfSpacesHashed(key []byte, hKey, req uint64) uint64 {
	if r.cache == nil {
		return r.readZWNJ(key, req)
	}
	if hKey == 0 {
		hKey = partHash(key)
	}
	// Mix req into the hash so each set of required boundaries has its
	// own entry (and none collides with the merge entries of shouldMerge,
	// whose mix is odd multiples of a different constant).
	h := hKey ^ req*0xC2B2AE3D27D4EB4F ^ r.salt
	if zw, ok := r.cache.get(key, h); ok {
		return zw
	}
	zw := r.readZWNJ(key, req)
	r.cache.put(key, h, zw)
	return zw
}

// readZWNJ analyses key and returns its visible half-spaces (none for a
// word it cannot read).
func (r *Restorer) readZWNJ(key []byte, req uint64) uint64 {
	p := r.analyze(key, req)
	if p.score >= noParse {
		return 0
	}
	return visible(key, p.zwnj)
}
