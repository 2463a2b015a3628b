package zwnj

// isNameShape reports whether key, a word the dictionary does not know,
// has the shape of a name that is written as one word, so that no
// compound reading should cut it:
//
//   - an Arabic name with the article ال before a dictionary word
//     (المبارک, المنصوری: al-Mubarak), written joined;
//   - a name with a title before or after it in one word: خان, بیگ, بیک
//     (امیرخان, علیبیگ, خاندوزی), which a compound reading would cut.
func (r *Restorer) isNameShape(key []byte) bool {
	if hasPrefix(key, "ال") && len(key) >= len("ال")+6 {
		if _, ok := r.known(key[4:], false); ok {
			return true
		}
	}
	for _, t := range nameTitles {
		if len(key) >= len(t)+6 && (hasSuffix(key, t) || hasPrefix(key, t)) {
			return true
		}
	}
	return false
}

// nameTitles are titles that Dari and Persian names carry, often joined
// to the name: امیرخان, الماس‌بیک.
var nameTitles = [...]string{"خان", "بیگ", "بیک"}

// isNameTitle reports whether w is one of nameTitles: a word after a name,
// not the second part of a compound (اسماعیل خان, not اسماعیل‌خان).
func isNameTitle(w []byte) bool {
	for _, t := range nameTitles {
		if string(w) == t {
			return true
		}
	}
	return false
}

// costName is the cost of a nameParse reading, between the prefix rules
// and compounds.
const costName = costCompound - 1000

// nameParse reads key, a word nothing else reads, by the shape of a name:
//
//   - an Arabic compound name whose second part is الله, الدین, الرحمن,
//     الحق, الملک or الاسلام after a first part of two letters or more
//     (هبت‌الله, فصیح‌الدین, سیف‌الرحمن): the half-space goes before ال;
//   - an abbreviation of three Latin letters or more spelled out, each
//     letter name written apart by a half-space (سی‌بی‌اس, ان‌بی‌سی,
//     آی‌اس‌آی).
func (r *Restorer) nameParse(key []byte, req uint64, best *parse) {
	for _, tail := range theophoricTails {
		if hasSuffix(key, tail) && len(key) >= len(tail)+4 {
			b := uint64(1) << ((len(key) - len(tail)) / 2)
			consider(best, parse{zwnj: b, morph: b, score: costName}, req)
			return
		}
	}
	if hasPrefix(key, "ال") {
		// السیسی is al-Sisi, not L-C-C.
		return
	}
	if zw, ok := spelledLetters(key); ok {
		consider(best, parse{zwnj: zw, morph: zw, score: costName}, req)
	}
}

// theophoricTails end Arabic compound names.
var theophoricTails = [...]string{"الله", "الدین", "الرحمن", "الحق", "الملک", "الاسلام"}

// letterNames are the Persian spellings of the names of the Latin letters.
var letterNames = [...]string{
	"ای", "بی", "سی", "دی", "اف", "جی", "اچ", "آی", "کی", "ال", "ام", "ان",
	"او", "پی", "کیو", "آر", "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "وای", "زد",
}

// spelledLetters reports whether key is three letter names or more (see
// letterNames) and returns the boundaries between them.
func spelledLetters(key []byte) (uint64, bool) {
	zw, n, ok := splitLetterNames(key, 0)
	return zw, ok && n >= 3
}

// splitLetterNames splits key[at:] into letter names, trying every name
// that fits (ای before ایکس fails on ایکس); it returns the boundaries
// and the number of names.
func splitLetterNames(key []byte, at int) (uint64, int, bool) {
	if at == len(key) {
		return 0, 0, true
	}
	for _, ln := range letterNames {
		if !hasPrefix(key[at:], ln) {
			continue
		}
		if zw, n, ok := splitLetterNames(key, at+len(ln)); ok {
			if at > 0 {
				zw |= 1 << (at / 2)
			}
			return zw, n + 1, true
		}
	}
	return 0, 0, false
}
