package zwnj

import "math/bits"

// parse is one reading of a word: where its morphemes meet and at which of
// those meetings the written word has a half-space. Bits are letter
// indexes: bit i stands for the boundary before letter i.
type parse struct {
	zwnj  uint64 // boundaries written with ZWNJ
	morph uint64 // all morpheme boundaries (a superset of zwnj)
	score int32  // lower is better; see the cost constants
	// outer is set when the last suffix is a plural (ها…) or comparative
	// (تر, ترین) written with a half-space.
	outer bool
	// keep is set for a dictionary word marked to be kept as written
	// (flagKeepJoined); pluralFirst for a stem marked flagPluralFirst;
	// given for a word given by WithWords, read as given.
	keep, pluralFirst, given bool
}

// Costs order the readings of a word: a dictionary word as it stands beats
// a stem with an affix, which beats one with two affixes, which beats the
// rules used when the dictionary does not know the word.
const (
	costHeadword   = 0
	costAffix      = 10000
	costFallback   = 100000
	costCompound   = 200000
	noParse        = 1 << 30
	maxWordLetters = 64
)

var none = parse{score: noParse}

// consider keeps p in best when p has every boundary in req and beats it.
func consider(best *parse, p parse, req uint64) {
	if p.morph&req == req && p.score < best.score {
		*best = p
	}
}

// analyze finds the best reading of key (a word's letters without ZWNJ)
// that has a morpheme boundary at every bit of req. A word it cannot read
// gets noParse.
func (r *Restorer) analyze(key []byte, req uint64) parse {
	if len(key) > 2*maxWordLetters || len(key) < 4 {
		return none
	}
	if r.words != nil {
		if p, ok := r.words.given(key, req); ok {
			return p
		}
	}
	if hasSuffix(key, "هٔ") && len(key) > 6 && req&(1<<(len(key)/2-1)) == 0 {
		// The ezafe hamza after ه is part of no reading: read the word
		// without it (همیشهٔ as همیشه).
		return r.analyze(key[:len(key)-2], req)
	}
	if hw, ok := r.headword(key, req); ok {
		return r.respell(key, hw, req)
	}
	best := none
	r.affixParses(key, req, &best)
	if best.score < costFallback {
		return best
	}
	r.fallbackParses(key, req, &best)
	return best
}

// respell handles Lilak's many plurals and comparatives listed joined
// (سیاستهای, بزرگتر): when the same letters read as a stem and a
// half-spaced plural or comparative, that standard spelling wins, unless
// the word is marked to be kept joined (بیشتر, تنها) or the dictionary
// spelling has half-spaces of its own (رفته‌ایم is not رفت‌هایم).
func (r *Restorer) respell(key []byte, hw parse, req uint64) parse {
	if hw.keep || hw.given || hw.zwnj != 0 || !endsLikeOuterSuffix(key) {
		return hw
	}
	best := none
	r.affixParses(key, req, &best)
	if best.score >= costFallback || !best.outer {
		best = none
		r.pluralOfKnown(key, req, &best)
	}
	if best.score < noParse && best.outer && visible(key, best.zwnj)&^hw.zwnj != 0 {
		return best
	}
	return hw
}

// preferredPrefixBit reports the boundary after a prefix that is written
// half-spaced even where the dictionary also lists the joined spelling:
// the verbal می and نمی (می‌گوید), the negative بی (بی‌درنگ) and یک
// (یک‌باره). It returns 0 when key starts with none of them.
func preferredPrefixBit(key []byte) uint64 {
	switch {
	case hasPrefix(key, "نمی") && len(key) > len("نمی")+2:
		return 1 << 3
	case hasPrefix(key, "می") && len(key) > len("می")+2,
		hasPrefix(key, "بی") && len(key) > len("بی")+2,
		hasPrefix(key, "یک") && len(key) > len("یک")+2:
		return 1 << 2
	}
	return 0
}

// headword looks key up as a word given by WithWords, else as a
// dictionary word, with the boundaries of req. When the dictionary writes
// the same letters several ways, the spelling with a preferred prefix
// half-spaced wins (see preferredPrefixBit); otherwise the spelling with
// the fewest half-spaces.
func (r *Restorer) headword(key []byte, req uint64) (parse, bool) {
	if r.words != nil {
		if p, ok := r.words.given(key, req); ok {
			return p, true
		}
	}
	found := false
	var best entry
	vb := preferredPrefixBit(key)
	r.lx.entries(key, func(e entry) bool {
		if e.zwnj&req != req {
			return true
		}
		if !found {
			best, found = e, true
		}
		if vb != 0 && e.zwnj&vb != 0 {
			best = e
			return false
		}
		return true
	})
	if !found {
		return parse{}, false
	}
	return parse{zwnj: best.zwnj, morph: best.zwnj, score: costHeadword, keep: best.flags&flagKeepJoined != 0}, true
}

// heFlags are the classes Lilak gives words ending in ه; any of them lets
// such a word take all of them (ویژه‌ای though ویژه lacks the ‌ای flag).
const heFlags = flagSC | flagSP | flagSK | flagSM

// stemWith finds key as a stem that takes the affixes of flag: a
// dictionary word with that flag, or (when cont is set) a word with one
// suffix whose continuation flags include flag (cost costAffix).
func (r *Restorer) stemWith(key []byte, flag uint32, cont bool) (parse, bool) {
	found := false
	var p parse
	he := lastRune(key) == 'ه'
	r.lx.entries(key, func(e entry) bool {
		fl := e.flags
		if he && fl&heFlags != 0 {
			fl |= heFlags
		}
		if fl&flag != 0 {
			p = parse{zwnj: e.zwnj, morph: e.zwnj, keep: e.flags&flagKeepJoined != 0, pluralFirst: e.flags&flagPluralFirst != 0}
			found = true
			return false
		}
		return true
	})
	if found {
		return r.respell(key, p, 0), true
	}
	if !cont {
		return parse{}, false
	}
	for i := range r.continued {
		rule := &r.continued[i]
		if rule.cont&flag == 0 || !hasSuffix(key, rule.add) || len(key)-len(rule.add) < 4 {
			continue
		}
		stem := key[:len(key)-len(rule.add)]
		if sp, ok := r.stemWith(stem, rule.flag, false); ok {
			b := uint64(1) << (len(stem) / 2)
			sp.morph |= b
			if rule.zwnj {
				sp.zwnj |= b
			}
			sp.score = costAffix
			sp.pluralFirst = false
			return sp, true
		}
	}
	return parse{}, false
}

// affixParses tries every Lilak suffix and prefix on key, keeping the best
// reading in best.
func (r *Restorer) affixParses(key []byte, req uint64, best *parse) {
	for _, i := range r.suffixesByLast[lastLetterIndex(key)] {
		rule := &r.suffixes[i]
		if !hasSuffix(key, rule.add) {
			continue
		}
		stem := key[:len(key)-len(rule.add)]
		if len(stem) < 4 {
			continue
		}
		sp, ok := r.stemWith(stem, rule.flag, true)
		if !ok {
			continue
		}
		b := uint64(1) << (len(stem) / 2)
		sp.morph |= b
		if rule.zwnj {
			sp.zwnj |= b
		}
		sp.outer = rule.zwnj && (hasPrefixStr(rule.add, "ها") || hasPrefixStr(rule.add, "تر"))
		pluralFirst := sp.pluralFirst || !joinsLeft(lastRune(stem))
		sp.score += costAffix + r.rank(rule, len(stem)/2, pluralFirst)
		sp.keep = false
		consider(best, sp, req)
	}
	for i := range r.prefixes {
		rule := &r.prefixes[i]
		if !hasPrefix(key, rule.add) || len(key)-len(rule.add) < 4 {
			continue
		}
		stem := key[len(rule.add):]
		sp, ok := r.stemWith(stem, rule.flag, false)
		if !ok {
			continue
		}
		shift := len(rule.add) / 2
		p := parse{zwnj: sp.zwnj << shift, morph: sp.morph<<shift | 1<<shift, score: costAffix + 500}
		if rule.zwnj {
			p.zwnj |= 1 << shift
		}
		consider(best, p, req)
	}
}

// rank orders readings of the same cost: longer stems first, except that
// the plural of a stem marked plural-first comes before all (pluralFirst:
// the stem is marked KP, or ends in a letter that does not join forward,
// where the plural needs no half-space: کارهای, not کاره‌ای); and of two
// spellings of the same split, the half-spaced one.
func (r *Restorer) rank(rule *affixRule, stemLetters int, pluralFirst bool) int32 {
	s := int32(1000)
	if pluralFirst && hasPrefixStr(rule.add, "ها") {
		s = 0
	}
	s += int32(2 * (maxWordLetters - stemLetters))
	if !rule.zwnj {
		s++
	}
	return s
}

// outerSuffixList are the plural and comparative endings, longest first.
var outerSuffixList = [...]string{"هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "هاست", "ها", "ترین", "تر"}

// endsLikeOuterSuffix reports whether key ends in letters that may be a
// plural or comparative suffix after a stem of two letters or more.
func endsLikeOuterSuffix(key []byte) bool {
	for _, suf := range outerSuffixList {
		if hasSuffix(key, suf) && len(key) >= len(suf)+4 {
			return true
		}
	}
	return false
}

// visible keeps the boundaries of bits where a half-space shows: after a
// letter that joins forward and before a letter (not a mark).
func visible(key []byte, set uint64) uint64 {
	var out uint64
	for b := set; b != 0; b &= b - 1 {
		k := bits.TrailingZeros64(b)
		if k == 0 || 2*k >= len(key) {
			continue
		}
		if classAt(key, k-1)&classJoins != 0 && classAt(key, k)&classMark == 0 {
			out |= 1 << k
		}
	}
	return out
}

// runeAt decodes letter k of key (every letter is two bytes).
func runeAt(key []byte, k int) rune {
	return rune(key[2*k]&0x1F)<<6 | rune(key[2*k+1]&0x3F)
}

// lastRune decodes the last letter of key, firstRune the first.
func lastRune(key []byte) rune {
	if len(key) < 2 {
		return 0
	}
	return runeAt(key, len(key)/2-1)
}

func firstRune(key []byte) rune {
	if len(key) < 2 {
		return 0
	}
	return runeAt(key, 0)
}

func hasSuffix(key []byte, s string) bool {
	return len(key) >= len(s) && string(key[len(key)-len(s):]) == s
}

func hasPrefix(key []byte, s string) bool {
	return len(key) >= len(s) && string(key[:len(s)]) == s
}

func hasPrefixStr(a, s string) bool { return len(a) >= len(s) && a[:len(s)] == s }

// lastLetterIndex buckets a word by the two UTF-8 bytes of its last letter.
func lastLetterIndex(key []byte) int {
	if len(key) < 2 {
		return 0
	}
	return letterIndex(key[len(key)-2], key[len(key)-1])
}

func letterIndex(b0, b1 byte) int {
	if b0 < 0xD8 || b0 > 0xDB || b1 < 0x80 || b1 > 0xBF {
		return 0
	}
	return int(b0-0xD8)<<6 | int(b1-0x80)
}
