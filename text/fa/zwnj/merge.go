package zwnj

// shouldMerge decides whether the space between a word group (left, its
// letters) and the next word (the rest of joint) should go. It does when
//
//   - the next word is a plural suffix (ها, های, …), a comparative (تر,
//     ترین) that the joint word reads with, or, after ه or ی, a clitic
//     (ای, ام, اند, …, شان): کتاب ها, بزرگ تر, خانه ای, زندگی شان;
//   - the group is a prefix that never stands alone (می, نمی, and می or
//     نمی after a preverb: برمی) before a verb form, or بی before a known
//     word: می کنیم, بی خبر;
//   - the joint word is a dictionary word (or a dictionary stem with
//     affixes) with a half-space exactly at the space: رئیس جمهور, unless
//     either word is a function word (به دنبال, همین که), the words are
//     the same (دانه دانه), the next word is a light verb (کرد) or a
//     participle (دل بسته, داده شده): those are written apart.
//
// A title after a name (خان, بیگ, بیک: اسماعیل خان) joins nothing. With
// given words (WithWords), pass also keeps apart words that follow each
// other in a given entry; see givenWords.keepsApart.
//
// The decision depends on the letters alone, so restoring twice changes
// nothing more.
func (r *Restorer) shouldMerge(left, joint []byte) bool {
	return r.shouldMergeHashed(left, joint, 0)
}

// shouldMergeHashed is shouldMerge for a left whose partHash is hLeft, or
// not known when hLeft is 0.
func (r *Restorer) shouldMergeHashed(left, joint []byte, hLeft uint64) bool {
	right := joint[len(left):]
	b := uint64(1) << (len(left) / 2)
	if isPluralSuffix(right) {
		return true
	}
	if hasPrefix(right, "تر") && (len(right) == len("تر") || string(right) == "ترین") {
		return r.analyze(joint, b).score < noParse
	}
	if len(right) == len("خان") && isNameTitle(right) {
		return false
	}
	if isClitic(right) {
		l := lastRune(left)
		return l == 'ه' || l == 'ی'
	}
	if isBoundPrefix(left) {
		if isFunctionWord(right) || isFunctionWord(right[:len(right)-len(trailingKe(right))]) {
			return false
		}
		if hasSuffix(left, "می") {
			// Before a verb, or a word the dictionary lacks (most likely
			// a verb it does not list); not before a noun or adjective:
			// "ترزا می نخست وزیر" names May.
			if r.isVerbForm(right) {
				return true
			}
			_, known := r.headword(right, 0)
			return !known
		}
		// بی before a known word of three letters or more, or into a
		// dictionary word (but سی بی اس spells CBS).
		if _, ok := r.headword(joint, b); ok {
			return true
		}
		if len(right) >= 6 {
			_, ok := r.known(right, false)
			return ok
		}
		return false
	}
	if isCompoundHead(right) {
		if _, ok := r.headword(left, 0); ok && len(left) >= 4 && !isFunctionWord(left) {
			return true
		}
	}
	if !r.mayBeginCompoundHashed(left, hLeft) {
		return false
	}
	if isFunctionWord(left) || isFunctionWord(right) || string(left) == string(right) ||
		isLightVerb(right) || isParticiple(right) {
		return false
	}
	return r.cachedCompound(joint, len(left))
}

// cachedCompound is compoundAt through the word cache.
func (r *Restorer) cachedCompound(joint []byte, split int) bool {
	if r.cache == nil {
		return r.compoundAt(joint, split)
	}
	// Mix the split into the hash so the entry differs from the reading
	// of the joint word itself.
	h := partHash(joint) ^ uint64(split+1)*0x9E3779B97F4A7C15 ^ r.salt
	if v, ok := r.cache.get(joint, h); ok {
		return v != 0
	}
	ok := r.compoundAt(joint, split)
	var v uint64
	if ok {
		v = 1
	}
	r.cache.put(joint, h, v)
	return ok
}

// compoundAt reports whether the dictionary reads joint with a boundary
// after its first split bytes.
func (r *Restorer) compoundAt(joint []byte, split int) bool {
	b := uint64(1) << (split / 2)
	if len(joint)-split < 6 {
		// A two-letter word joins only into a dictionary word as such.
		_, ok := r.headword(joint, b)
		return ok
	}
	return r.lexiconReads(joint, b)
}

// lexiconReads reports whether the dictionary alone (a headword, or a
// headword with Lilak suffixes, listed for it or not) reads key with
// every boundary of req.
func (r *Restorer) lexiconReads(key []byte, req uint64) bool {
	if _, ok := r.headword(key, req); ok {
		return true
	}
	p := none
	r.affixParses(key, req, &p)
	if p.score >= noParse {
		r.looseAffixParse(key, req, &p)
	}
	// The boundary must be written with a half-space where one shows:
	// a suffix written joined (شرکت+انی) is never typed apart.
	return p.score < noParse && visible(key, req)&^p.zwnj == 0
}

// trailingKe returns "که" when w ends in it (آنکه), else "".
func trailingKe(w []byte) string {
	if hasSuffix(w, "که") && len(w) > len("که") {
		return "که"
	}
	return ""
}

// isParticiple reports whether w looks like a past participle (داده,
// گرفته), perhaps with a perfect ending (خورده‌اند). Verbal phrases of a
// noun and a participle (دست یافته, دل بسته) are written apart.
func isParticiple(w []byte) bool {
	for _, end := range [...]string{"اند", "ایم", "اید", "ام", "ای", "ٔ"} {
		if hasSuffix(w, end) && len(w) > len(end)+4 {
			w = w[:len(w)-len(end)]
			break
		}
	}
	return hasSuffix(w, "ده") || hasSuffix(w, "ته")
}

func isPluralSuffix(w []byte) bool {
	switch string(w) {
	case "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "هاست":
		return true
	}
	return false
}

func isClitic(w []byte) bool {
	switch string(w) {
	case "ام", "ات", "اش", "اند", "ایم", "اید", "ای", "شان", "مان", "تان":
		return true
	}
	return false
}

// isBoundPrefix reports whether w is a verbal or negative prefix that is
// never a word by itself, possibly after a preverb (برمی, فرونمی).
func isBoundPrefix(w []byte) bool {
	if len(w) > 10 || !hasSuffix(w, "می") && string(w) != "بی" {
		return false
	}
	switch string(w) {
	case "می", "نمی", "بی":
		return true
	}
	for _, pv := range verbPreverbs[1:] {
		if hasPrefix(w, pv) {
			switch string(w[len(pv):]) {
			case "می", "نمی":
				return true
			}
		}
	}
	return false
}

// isFunctionWord lists prepositions, conjunctions, determiners and
// pronouns that the dictionary joins into compounds (به‌دنبال, هیچ‌یک)
// but news text writes apart.
func isFunctionWord(w []byte) bool {
	switch string(w) {
	case "به", "در", "از", "با", "بر", "که", "را", "تا", "نه", "یا", "اگر", "و",
		"این", "آن", "هیچ", "هر", "همه", "چه", "یک", "وقتی", "چون", "پس",
		"همین", "همان", "همچنان", "هنگامی", "بدین", "چنین", "چنان", "آنکه", "اینکه", "توی":
		return true
	}
	return false
}

// isLightVerb lists forms of شدن and کردن, which follow a noun as a
// separate word far more often than they form one word with it.
func isLightVerb(w []byte) bool {
	switch string(w) {
	case "شد", "شود", "شوند", "شدند", "شده", "شدهٔ", "شدن", "کرد", "کرده", "کردن", "کند", "کنند":
		return true
	}
	return false
}
