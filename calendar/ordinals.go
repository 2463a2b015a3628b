package calendar

import "strings"

// ordinalWords are the Persian ordinals of a day of the month that are one
// word, compacted (no spaces or half-spaces: سی‌ام → سیام).
var ordinalWords = map[string]int{
	"اول": 1, "یکم": 1,
	"دوم": 2, "دوهم": 2,
	"سوم": 3, "سیوم": 3,
	"چهارم":   4,
	"پنجم":    5,
	"ششم":     6,
	"هفتم":    7,
	"هشتم":    8,
	"نهم":     9,
	"دهم":     10,
	"یازدهم":  11,
	"دوازدهم": 12,
	"سیزدهم":  13,
	"چهاردهم": 14,
	"پانزدهم": 15, "پونزدهم": 15,
	"شانزدهم": 16, "شونزدهم": 16,
	"هفدهم": 17, "هفتدهم": 17,
	"هجدهم": 18, "هژدهم": 18, "هیجدهم": 18, "هیژدهم": 18,
	"نوزدهم": 19,
	"بیستم":  20,
	"سیام":   30,
}

// unitOrdinals may follow بیست و / سی و.
var unitOrdinals = map[string]int{
	"یکم": 1, "دوم": 2, "سوم": 3, "سیوم": 3, "چهارم": 4, "پنجم": 5,
	"ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9,
}

// ParseOrdinal reads a Persian ordinal that can number a day of the month
// (1–31): a word (ششم, اول, یکم, بیستم, سی‌ام), a compound written with
// spaces or half-spaces or neither (بیست و یکم, سی‌ویکم, بیستوششم), or
// digits of any script followed by م or ام (۶م, ۶ام, 21م). The whole of s
// must be the ordinal.
func ParseOrdinal(s string) (int, bool) {
	s = compact(StripEzafe(s))
	if n, ok := digitOrdinal(s); ok {
		return n, n >= 1 && n <= 31
	}
	if n, ok := ordinalWords[s]; ok {
		return n, true
	}
	for _, tens := range [...]struct {
		word  string
		value int
	}{{"بیستو", 20}, {"سیو", 30}} {
		if rest, ok := strings.CutPrefix(s, tens.word); ok {
			if unit, ok := unitOrdinals[rest]; ok && tens.value+unit <= 31 {
				return tens.value + unit, true
			}
		}
	}
	return 0, false
}

// digitOrdinal reads digits followed by م or ام.
func digitOrdinal(s string) (int, bool) {
	n, digits := 0, 0
	i := 0
	for i < len(s) {
		v, size := DigitAt(s[i:])
		if size == 0 {
			break
		}
		n = n*10 + v
		digits++
		i += size
		if digits > 2 {
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	switch s[i:] {
	case "م", "ام":
		return n, true
	}
	return 0, false
}

// DigitAt reads one decimal digit at the start of s, in Latin, Persian
// (۰–۹) or Arabic-Indic (٠–٩) script, returning its value and its length
// in bytes; the length is 0 when s does not start with a digit.
func DigitAt(s string) (value, size int) {
	if s == "" {
		return 0, 0
	}
	if c := s[0]; c >= '0' && c <= '9' {
		return int(c - '0'), 1
	}
	if len(s) < 2 {
		return 0, 0
	}
	// ۰–۹ are U+06F0–U+06F9 (DB B0–DB B9); ٠–٩ are U+0660–U+0669 (D9 A0–D9 A9).
	switch c0, c1 := s[0], s[1]; {
	case c0 == 0xDB && c1 >= 0xB0 && c1 <= 0xB9:
		return int(c1 - 0xB0), 2
	case c0 == 0xD9 && c1 >= 0xA0 && c1 <= 0xA9:
		return int(c1 - 0xA0), 2
	}
	return 0, 0
}
