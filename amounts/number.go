package amounts

import "strings"

// number is a number read from the tokens: digits or words, with scales
// and the parts of a compound (دو هزار و پانصد, two thousand five hundred).
type number struct {
	end      int     // the token after the number
	value    float64 // the whole value
	base     float64 // the value before the last scale (5.5 of 5.5 million)
	scale    float64 // the product of the last group's scale words, 1 when none
	word     bool    // written, at least in part, in words
	compound bool    // made of several parts joined by و, and or a hyphen
	one      bool    // the single word یک, one, a or an
	info     numInfo // how the first digits were written
}

// parseNumber reads the number that starts at token i. money allows the
// scale abbreviations that only follow a currency ($5m, £3k).
func (f *finder) parseNumber(i int, money bool) (number, bool) {
	var n number
	lastScale, topScale := 0.0, 0.0 // the scale of the last group, and the largest so far
	for groups := 0; ; groups++ {
		b, ok := f.parseBase(i)
		if !ok {
			break
		}
		scale, k := f.parseScales(b.end, i, money)
		group := b.value * scale
		switch {
		case groups == 0:
			n.info, n.one = b.info, b.one
			n.value, n.base = group, b.value
		case scale > topScale:
			// a larger scale after a compound scales all of it:
			// دو هزار و پانصد میلیارد, ۵ هزار و ۲۰۰ هزار میلیارد
			n.base = n.value + b.value
			n.value = n.base * scale
			n.compound, n.one = true, false
		case group < lastScale && scale < lastScale:
			n.value += group
			n.base = b.value
			n.compound, n.one = true, false
		default:
			return n, n.end > 0
		}
		n.scale = scale
		topScale = max(topScale, scale)
		n.word = n.word || b.word
		n.compound = n.compound || b.compound
		n.end = k
		lastScale = scale
		if scale <= 1 {
			break
		}
		// و نیم after a scale: دو میلیون و نیم
		if f.has(f.next(k), fAnd) && f.has(f.next(k+1), fHalf) {
			n.value += scale / 2
			n.base += 0.5
			n.end, n.compound = k+2, true
			break
		}
		// the next group: و, and, or, for English words, nothing between
		switch {
		case f.has(f.next(k), fAnd) && f.next(k+1) >= 0:
			i = k + 1
		case f.en && f.has(f.next(k), fNumber):
			i = k
		default:
			return n, true
		}
	}
	return n, n.end > 0
}

// parseScales multiplies the scale words from token k on: هزار, میلیون,
// هزار میلیارد (each larger than the one before), and bn, m or k glued to
// the digits of a sum of money. start is where the number began: a bare
// هزار is its own scale.
func (f *finder) parseScales(k, start int, money bool) (float64, int) {
	scale := 1.0
	for k < len(f.toks) && (k == start || f.next(k) >= 0) {
		e := f.ent(k)
		if e == nil {
			break
		}
		switch {
		case e.flags&fScale != 0:
		case e.flags&fScaleAbbr != 0 && money && f.glued(k):
		default:
			return scale, k
		}
		if scale != 1 && e.value <= scale {
			break
		}
		scale *= e.value
		k++
	}
	return scale, k
}

// maxDigits is the most digits before the decimal point an amount has.
const maxDigits = 15

// base is one group of a number before its scale.
type base struct {
	end      int
	value    float64
	word     bool
	compound bool
	one      bool
	info     numInfo
}

// parseBase reads the digits or number words at token i.
func (f *finder) parseBase(i int) (base, bool) {
	if i < 0 || i >= len(f.toks) {
		return base{}, false
	}
	if f.toks[i].kind == tNum {
		v, info := parseDigits(f.text(i))
		if info.intDigits > maxDigits {
			return base{}, false // a serial number or garbage, not an amount
		}
		b := base{end: i + 1, value: v, info: info}
		f.slashDecimal(&b)
		return b, true
	}
	e := f.ent(i)
	if e == nil {
		return base{}, false
	}
	switch {
	case e.flags&fNumber != 0:
		b := f.parseWords(i)
		b.one = b.value == 1 && !b.compound
		return b, true
	case e.flags&fArticle != 0: // a million, a dozen, a hundred
		if f.has(f.next(i+1), fScale) {
			return base{end: i + 1, value: 1, word: true, one: true}, true
		}
		if f.has(f.next(i+1), fHundred) {
			return base{end: i + 2, value: 100, word: true}, true
		}
	case e.flags&fHalf != 0: // نیم میلیون
		if f.has(f.next(i+1), fScale) {
			return base{end: i + 1, value: 0.5, word: true}, true
		}
	case e.flags&fScale != 0 && e.value == 1e3 && !f.toks[i].latin: // هزار نفر
		return base{end: i, value: 1, word: true}, true
	}
	return base{}, false
}

// slashDecimal reads the Iranian decimal slash, ۱/۵ میلیون = 1.5 million:
// two glued digit groups with a scale, percent or currency after them.
func (f *finder) slashDecimal(b *base) {
	i := b.end
	if f.en || f.punct(i) != '/' || !f.glued(i) || !f.isNum(i+1) || !f.glued(i+1) {
		return
	}
	if f.punct(i+2) == '/' && f.glued(i+2) {
		return // a date: ۱۴۰۴/۸/۱۵
	}
	if !f.has(f.next(i+2), fScale|fPercent|fCurrency) && !isPercentSign(f.punct(i+2)) {
		return
	}
	frac := f.text(i + 1)
	v, _ := parseDigits("0." + foldASCII(frac))
	b.value = float64(int64(b.value)) + v
	b.info.decimal = true
	b.end = i + 2
}

// foldASCII writes Persian and Arabic-Indic digits as ASCII digits.
func foldASCII(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if d := digitValue(r); d >= 0 {
			sb.WriteByte(byte('0' + d))
		}
	}
	return sb.String()
}

// parseWords reads a number below a thousand written in words: سی و هفت,
// دو صد و پنجاه, یک و نیم, thirty-seven, two hundred and five.
func (f *finder) parseWords(i int) base {
	b := base{end: i, word: true}
	place := 0.0 // the next part must be below it; 0 before the first part
	for {
		e := f.ent(i)
		if e == nil || e.flags&fNumber == 0 {
			break
		}
		v := e.value
		switch {
		case place == 0:
			b.value = v
		case e.flags&fHundred != 0 && b.value >= 1 && b.value < 10 && place == 1:
			b.value *= 100 // دو صد, two hundred
			v = 100
		case v < place:
			b.value += v
			b.compound = true
		default:
			return b
		}
		place = placeOf(v)
		b.end = i + 1
		// what joins the next part
		nx := f.next(i + 1)
		switch {
		case f.has(nx, fHundred) && place == 1:
			i = nx
		case f.has(nx, fAnd) && f.has(f.next(nx+1), fHalf) && !f.en && place <= 100:
			b.value += 0.5 // یک و نیم
			b.end, b.compound = nx+2, true
			return b
		case f.has(nx, fAnd) && f.has(f.next(nx+1), fNumber) && f.ent(nx+1).value < place:
			i = nx + 1
		case f.en && f.punct(nx) == '-' && f.glued(nx) && f.glued(nx+1) && f.has(nx+1, fNumber) && place == 10:
			i = nx + 1 // thirty-seven
		case f.en && f.has(nx, fNumber) && f.ent(nx).value < place:
			i = nx // two hundred five
		default:
			return b
		}
	}
	return b
}

// placeOf returns the bound below which the next part of a written number
// must lie: after a hundreds word a tens or units word, after a tens word a
// unit, after a unit or teen nothing.
func placeOf(v float64) float64 {
	switch {
	case v >= 100:
		return 100
	case v >= 20:
		return 10
	}
	return 1
}

func isPercentSign(r rune) bool { return r == '%' || r == '٪' }
