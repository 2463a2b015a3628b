package zwnj

// compoundParse reads key, a word the dictionary does not know, as a
// compound of two words joined by a half-space (نیم‌فصل, سه‌جانبه,
// رشته‌کوه‌ها). Most unknown words in news are foreign and proper names,
// and most of those also cut into two rare dictionary words (بلی|نکنی,
// ماک|رونی, جنتی|لونی), so a split must pass these tests:
//
//   - the first part is a dictionary word of three letters or more (or a
//     productive short one: هم, کم, پر, سه), ending in a letter that
//     joins forward (elsewhere a compound needs no half-space);
//   - the second part is a word in its own right: a dictionary word of
//     three letters or more, perhaps with a plural (ها…), ی or ٔ (see
//     compoundTail); neither part is a function word (کمپ|این);
//   - the dictionary attests the pattern: it writes the first part before
//     a half-space in some word (رشته‌) or the second part after one
//     (‌نویس); a second part with any other suffix (رخ+ان, مار+ت), and
//     a short first part, need the second to be attested;
//   - the word is not an Arabic name with the article (المبارک; no first
//     part is ال and one letter) nor a name with a title (امیرخان): see
//     isNameShape.
//
// Of several splits it keeps the cheapest, then the one with the longer
// first word.
func (r *Restorer) compoundParse(key []byte, req uint64, best *parse) {
	n := len(key) / 2
	if n < 6 || r.isNameShape(key) {
		return
	}
	for a := n - 4; a >= 2; a-- {
		left, right := key[:2*a], key[2*a:]
		if !joinsLeft(lastRune(left)) || isMark(firstRune(right)) {
			continue
		}
		short := a == 2
		if short && !isShortFirstElement(left) || isFunctionWord(left) || isFunctionWord(right) {
			continue
		}
		if a == 3 && hasPrefix(left, "ال") {
			// The Arabic article and one letter (الم|طیری) begin an
			// Arabic name, not a compound.
			continue
		}
		lp, ok := r.headword(left, 0)
		if !ok {
			continue
		}
		rp, plain, attested, ok := r.compoundTail(right)
		if !ok || !attested && (short || !plain || !r.lx.mayBeginCompound(left)) {
			continue
		}
		b := uint64(1) << a
		consider(best, parse{
			zwnj:  lp.zwnj | rp.zwnj<<a | b,
			morph: lp.morph | rp.morph<<a | b,
			score: costCompound + (lp.score+rp.score)/100 + int32(n-a),
			outer: rp.outer,
		}, req)
	}
}

// compoundTail reads right as the second part of a compound. plain is set
// when it is a dictionary word as it stands or with a plural, ی or ٔ
// (دایره, کهکشانی, خانهٔ, نماها); attested when the dictionary writes its
// stem after a half-space in some word. Otherwise it is any reading of
// the dictionary (سالاران) whose stem, up to its first morpheme boundary,
// must be attested.
func (r *Restorer) compoundTail(right []byte) (p parse, plain, attested, ok bool) {
	if hw, ok := r.headword(right, 0); ok {
		return r.respell(right, hw, 0), true, r.lx.mayEndCompound(right), true
	}
	for _, suf := range compoundTailSuffixes {
		if !hasSuffix(right, suf) || len(right)-len(suf) < 6 {
			continue
		}
		stem := right[:len(right)-len(suf)]
		hw, ok := r.headword(stem, 0)
		if !ok || hw.keep {
			continue
		}
		b := uint64(1) << (len(stem) / 2)
		p := parse{zwnj: hw.zwnj, morph: hw.morph | b, score: costAffix}
		if hasPrefixStr(suf, "ها") {
			p.zwnj |= b
			p.outer = true
		}
		return p, true, r.lx.mayEndCompound(stem), true
	}
	p, ok = r.known(right, false)
	if !ok || p.morph == 0 {
		return parse{}, false, false, false
	}
	first := 0
	for p.morph&(1<<first) == 0 {
		first++
	}
	stem := right[:2*first]
	return p, false, len(stem) >= 6 && r.lx.mayEndCompound(stem), true
}

// compoundTailSuffixes are the suffixes a plain second part may carry,
// longest first.
var compoundTailSuffixes = [...]string{"هایشان", "هایتان", "هایمان", "هایش", "هایی", "های", "ها", "ی", "ٔ"}

// isShortFirstElement lists the two-letter words that often begin
// compounds.
func isShortFirstElement(w []byte) bool {
	switch string(w) {
	case "هم", "کم", "پر", "سه":
		return true
	}
	return false
}
