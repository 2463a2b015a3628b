package amounts

import "unicode/utf8"

// numInfo describes how a number was written in digits.
type numInfo struct {
	intDigits   int  // digits before the decimal separator
	grouped     bool // has thousands separators (3,500 ۳٬۵۰۰ 360،000)
	decimal     bool // has a decimal part (۱.۱ 5.5 ۵٫۶)
	leadingZero bool // starts with 0 and has more digits before any decimal separator (0799…)
	dotted      bool // dots that are neither one decimal point nor thousands groups: 7.11.2025
}

// plainInt reports a whole number written as bare digits, the shape of a
// year, a phone number or a label.
func (n numInfo) plainInt() bool { return !n.grouped && !n.decimal }

// parseDigits reads the value of a number token made by lexNumber. A '.'
// that occurs more than once, each time before three digits, groups
// thousands (1.000.000); otherwise '.' and '٫' mark the decimals.
func parseDigits(s string) (float64, numInfo) {
	var info numInfo
	dots := 0
	for _, r := range s {
		if r == '.' {
			dots++
		}
	}
	if dots > 1 && !dotGroups(s) {
		info.dotted = true
	}
	var intPart, frac, scale float64 = 0, 0, 1
	inFrac := false
	first := true
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if d := digitValue(r); d >= 0 {
			if inFrac {
				scale /= 10
				frac += float64(d) * scale
				continue
			}
			if first && d == 0 && i < len(s) {
				info.leadingZero = true
			}
			first = false
			intPart = intPart*10 + float64(d)
			info.intDigits++
			continue
		}
		switch {
		case r == '٫' || (r == '.' && dots == 1):
			inFrac = true
			info.decimal = true
			if info.leadingZero && info.intDigits == 1 {
				info.leadingZero = false // 0.5
			}
		default: // , ٬ ، or a grouping '.'
			info.grouped = true
		}
	}
	return intPart + frac, info
}

// dotGroups reports whether every dot of s is followed by exactly three
// digits, as in 1.000.000.
func dotGroups(s string) bool {
	n := -1
	for _, r := range s {
		switch {
		case r == '.':
			if n >= 0 && n != 3 {
				return false
			}
			n = 0
		case n >= 0 && digitValue(r) >= 0:
			n++
		case n >= 0:
			if n != 3 {
				return false
			}
			n = -1
		}
	}
	return n == -1 || n == 3
}
