package zwnj

// The rules below read words the dictionary does not know, in this order
// of preference (each has its own cost band above costFallback):
//
//  0. a dictionary word with a Lilak suffix its flags do not list
//     (یکدیگرند, خویشتنت): the suffix's own spelling decides;
//  1. an outer suffix (plural ها…, comparative تر/ترین, or after ه and ی
//     the clitics ‌ای ‌ام ‌ات ‌اش ‌اند ‌ایم ‌اید) on a stem the dictionary
//     reads: بی‌عدالتی‌ها, رشته‌کوه‌های, حوثی‌ها;
//  2. the verbal prefix می/نمی, possibly after a preverb (بر, فرو, فرا,
//     باز, در, وا), on a known verb form: برمی‌گشت, فرومی‌برد;
//  3. the negative prefix بی on a known word of three letters or more;
//  4. the shape of a name: an Arabic name with الله, الدین … (هبت‌الله),
//     or Latin letters spelled out (سی‌بی‌اس); see nameParse;
//  5. a compound of two known words: نیم‌فصل, سه‌جانبه.
const (
	costLooseAffix  = costFallback - 1000
	costOuterSuffix = costFallback + 1000*iota
	costVerbPrefix
	costBiPrefix
)

// outerSuffixes are the suffixes rule 1 strips, longest first; afterHY
// marks the clitics that are split only after ه or ی, and adjective the
// comparatives, split only after a stem the dictionary reads.
var outerSuffixes = [...]struct {
	add              string
	afterHY, compare bool
}{
	{"هایشان", false, false}, {"هایتان", false, false}, {"هایمان", false, false},
	{"هایش", false, false}, {"هایت", false, false}, {"هایم", false, false},
	{"هایی", false, false}, {"های", false, false}, {"هاست", false, false},
	{"ها", false, false}, {"ترین", false, true}, {"تر", false, true},
	{"اند", true, false}, {"ایم", true, false}, {"اید", true, false},
	{"ای", true, false}, {"ام", true, false}, {"ات", true, false}, {"اش", true, false},
}

// verbPreverbs may stand before می/نمی in one word.
var verbPreverbs = [...]string{"", "بر", "فرو", "فرا", "باز", "در", "وا"}

// verbEndings end the verb forms that rule 2 accepts.
var verbEndings = [...]string{"م", "ی", "د", "یم", "ید", "ند"}

// fallbackParses reads a word the dictionary does not know.
func (r *Restorer) fallbackParses(key []byte, req uint64, best *parse) {
	r.looseAffixParse(key, req, best)
	r.outerSuffixParse(key, req, best, true)
	r.verbPrefixParse(key, req, best)
	r.biPrefixParse(key, req, best)
	if best.score >= noParse {
		r.nameParse(key, req, best)
	}
	if best.score >= noParse {
		r.compoundParse(key, req, best)
	}
}

// known reads key by the dictionary alone: a headword, an affixed word, or
// (when compound is set) a compound of two such.
func (r *Restorer) known(key []byte, compound bool) (parse, bool) {
	if len(key) < 4 {
		return parse{}, false
	}
	if hw, ok := r.headword(key, 0); ok {
		return r.respell(key, hw, 0), true
	}
	p := none
	r.affixParses(key, 0, &p)
	if p.score < noParse {
		return p, true
	}
	if compound {
		r.compoundParse(key, 0, &p)
		if p.score < noParse {
			return p, true
		}
	}
	return parse{}, false
}

// pluralOfKnown reads key as a plural (ها…) of a stem the dictionary
// reads as it stands, whatever its affix flags (سنت‌های).
func (r *Restorer) pluralOfKnown(key []byte, req uint64, best *parse) {
	for _, suf := range outerSuffixList {
		if !hasPrefixStr(suf, "ها") || !hasSuffix(key, suf) || len(key) < len(suf)+4 {
			continue
		}
		stem := key[:len(key)-len(suf)]
		hw, ok := r.headword(stem, 0)
		if !ok || hw.keep {
			return
		}
		b := uint64(1) << (len(stem) / 2)
		consider(best, parse{zwnj: hw.zwnj | b, morph: hw.morph | b, score: costOuterSuffix, outer: true}, req)
		return
	}
}

func (r *Restorer) outerSuffixParse(key []byte, req uint64, best *parse, compound bool) {
	for _, suf := range outerSuffixes {
		if !hasSuffix(key, suf.add) {
			continue
		}
		stem := key[:len(key)-len(suf.add)]
		if len(stem) < 4 || isFunctionWord(stem) {
			continue
		}
		if suf.afterHY {
			if l := lastRune(stem); l != 'ه' && l != 'ی' {
				continue
			}
		}
		// A stem read by the dictionary, else by a prefix rule, else as a
		// compound: بی‌خیالی‌ام is not بیخ‌یالی‌ام.
		sp, ok := r.known(stem, false)
		if !ok && !suf.compare {
			sp, ok = r.prefixedStem(stem)
			if !ok && compound {
				sp, ok = r.known(stem, true)
			}
		}
		if !ok || sp.keep {
			continue
		}
		b := uint64(1) << (len(stem) / 2)
		p := parse{zwnj: sp.zwnj | b, morph: sp.morph | b, score: costOuterSuffix + sp.score/100, outer: !suf.afterHY}
		consider(best, p, req)
		return // the longest suffix that applies decides
	}
}

// prefixedStem reads a stem of rule 1 by rules 2 and 3 (بی‌عدالتی‌ها).
func (r *Restorer) prefixedStem(key []byte) (parse, bool) {
	p := none
	r.verbPrefixParse(key, 0, &p)
	r.biPrefixParse(key, 0, &p)
	return p, p.score < noParse
}

func (r *Restorer) verbPrefixParse(key []byte, req uint64, best *parse) {
	for _, pv := range verbPreverbs {
		if !hasPrefix(key, pv) {
			continue
		}
		for _, mi := range [...]string{"نمی", "می"} {
			pre := len(pv) + len(mi)
			if !hasPrefix(key[len(pv):], mi) || len(key)-pre < 6 {
				continue
			}
			if !r.isVerbForm(key[pre:]) {
				continue
			}
			b := uint64(1) << (pre / 2)
			morph := b
			if pv != "" {
				morph |= 1 << (len(pv) / 2)
			}
			consider(best, parse{zwnj: b, morph: morph, score: costVerbPrefix}, req)
			return
		}
	}
}

// isVerbForm reports whether rest, the part of a word after می, is a
// verb form: می+rest is a known half-spaced verb, or rest is a known word
// ending in a personal ending.
func (r *Restorer) isVerbForm(rest []byte) bool {
	var buf [2*maxWordLetters + 4]byte
	mk := append(append(buf[:0], "می"...), rest...)
	if hw, ok := r.headword(mk, 1<<2); ok && hw.zwnj&(1<<2) != 0 {
		return true
	}
	if _, ok := r.headword(rest, 0); !ok {
		return false
	}
	for _, e := range verbEndings {
		if hasSuffix(rest, e) {
			return true
		}
	}
	return false
}

func (r *Restorer) biPrefixParse(key []byte, req uint64, best *parse) {
	if !hasPrefix(key, "بی") || len(key) < 4+6 {
		return
	}
	sp, plain, _, ok := r.compoundTail(key[4:])
	if !ok || !plain {
		return
	}
	p := parse{zwnj: sp.zwnj<<2 | 1<<2, morph: sp.morph<<2 | 1<<2, score: costBiPrefix + sp.score/100}
	consider(best, p, req)
}

// looseAffixParse reads key as a dictionary word plus any Lilak suffix,
// whatever the word's flags: Lilak leaves many inflections unlisted.
func (r *Restorer) looseAffixParse(key []byte, req uint64, best *parse) {
	for _, i := range r.suffixesByLast[lastLetterIndex(key)] {
		rule := &r.suffixes[i]
		if !hasSuffix(key, rule.add) || len(key)-len(rule.add) < 6 {
			continue
		}
		stem := key[:len(key)-len(rule.add)]
		if rule.zwnj && !isOuterAffix(rule.add) {
			// A half-spaced clitic (‌ام, ‌اش, ‌ای, ‌شان) follows ه or ی
			// only: after other letters it is written joined, so the
			// reading would be a misread name (قرق‌اش, بول‌ات).
			if l := lastRune(stem); l != 'ه' && l != 'ی' {
				continue
			}
		}
		if isFunctionWord(stem) {
			continue
		}
		hw, ok := r.headword(stem, 0)
		if !ok || hw.keep {
			continue
		}
		b := uint64(1) << (len(stem) / 2)
		p := parse{zwnj: hw.zwnj, morph: hw.morph | b, score: costLooseAffix + r.rank(rule, len(stem)/2, false)}
		if rule.zwnj {
			p.zwnj |= b
		}
		consider(best, p, req)
	}
}

// isOuterAffix reports whether a suffix is a plural (ها…) or comparative
// (تر, ترین), written half-spaced after any letter that joins forward.
func isOuterAffix(add string) bool {
	return hasPrefixStr(add, "ها") || hasPrefixStr(add, "تر")
}
