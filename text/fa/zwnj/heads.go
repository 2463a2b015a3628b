package zwnj

// compoundHeads are second elements of compounds that do not stand alone
// as words in news text: agent nouns and adjectives made from a present
// stem (کننده, نگار, پرداز), and their inflected forms. A word of the
// dictionary followed by one of them, after a space, is one compound:
// مصرف کنندگان → مصرف‌کنندگان. Heads that are also common free words
// (کار, نامه, بند, دار, ساز, بخش, مانند, فروش, خواهی, زنی) are left
// out.
var compoundHeads = map[string]bool{}

// headFirst and headLast hold, for the first and for the last letter of
// the compound heads (by letterIndex), a bit per head length in letters:
// a cheap test that rules out most words before the map lookup.
var headFirst, headLast [256]uint32

func init() {
	for _, h := range [...]string{
		// present-stem heads; each also takes ی, ان, انی, ها, های
		"نشین", "سالار", "نگار", "پرداز", "گرا", "ناپذیر", "پذیر",
		"انگیز", "اندیش", "پرست", "نویس", "آسا", "آسای",
		"شناس", "رسان", "گذار", "آمیز", "پرور", "خوار",
		"یاب", "افکن", "آفرین", "کوش", "ریز", "گزار",
	} {
		for _, inf := range [...]string{"", "ی", "ان", "انی", "ها", "های", "هایی", "یان", "ٔ"} {
			compoundHeads[h+inf] = true
		}
	}
	for _, w := range [...]string{
		// heads ending in ه, with their own plural and abstract forms
		"کننده", "کنندهٔ", "کنندگان", "کنندگی", "دهنده", "دهندهٔ", "دهندگان",
		"گیرنده", "گیرندگان", "زدگی", "زدگان", "دیدگان", "دیدگی", "شدگان",
		"خواهانه", "خواهانهٔ",
		// nominalizations of free stems, which alone are compound tails
		"داران", "بندی", "سازی", "گیری", "گری", "گرایی",
		"پذیری", "کشی", "ریزی", "گذاری", "شناسی", "رسانی", "نگاری", "پردازی",
	} {
		compoundHeads[w] = true
	}
	for h := range compoundHeads {
		headFirst[letterIndex(h[0], h[1])] |= 1 << (len(h) / 2)
		headLast[lastLetterIndex([]byte(h))] |= 1 << (len(h) / 2)
	}
}

// isCompoundHead reports whether w is a compound head of compoundHeads.
func isCompoundHead(w []byte) bool {
	if len(w) < 4 || len(w) > 20 {
		return false
	}
	n := uint32(1) << (len(w) / 2)
	return headFirst[letterIndex(w[0], w[1])]&n != 0 && headLast[lastLetterIndex(w)]&n != 0 && compoundHeads[string(w)]
}
