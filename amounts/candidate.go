package amounts

import "strings"

// reason says why a number is not an amount.
type reason uint8

const (
	rOK        reason = iota // an amount
	rOrdinal                 // 50مین, 40th
	rAge                     // ۲۰ ساله, aged 45, Simpson, 20,
	rDuration                // شش ماه, seven-year
	rDate                    // ۲۶ دسامبر, Oct. 2, 2025-11-07
	rYear                    // سال ۲۰۱۷, in 2011, 2004:
	rTime                    // ساعت ۱, 1 p.m., 10:30
	rMeasure                 // ۳۰۰ کیلومتر, 7.5 magnitude
	rLabel                   // ماده ۵, F-16, Boeing 737
	rPhone                   // 0799…, +93
	rFraction                // دو سوم, two-thirds
	rVague                   // چند صد, several hundred, صد ها
	rRefer                   // این دو دولت, the two governments
	rArticle                 // یک شرکت: a company, not one
	rBareWord                // a number word with nothing counted after it
	rAdjective               // دو جانبه, three-fold
)

// cand is a number found in the text, with what it turned out to be.
type cand struct {
	first, last int // tokens [first, last) of the whole amount, currency and unit included
	num, numEnd int // tokens [num, numEnd) of the number and its scale
	number
	kind   string
	unit   string
	factor float64 // currency factor, 1 when none
	thing  string
	reason reason
}

// candidateAt reads the amount that starts at token i, if a number starts there.
func (f *finder) candidateAt(i int) (cand, bool) {
	code, j := f.currencyBefore(i)
	n, ok := f.parseNumber(j, code != "")
	if !ok {
		return cand{}, false
	}
	c := cand{first: i, last: n.end, num: j, numEnd: n.end, number: n, factor: 1, kind: Count}
	if code != "" {
		c.kind, c.unit = Money, code
	}
	f.unitAfter(&c)
	if c.kind == Count && c.first == c.num && isPercentSign(f.punct(c.num-1)) && f.glued(c.num) && !f.isNum(c.num-2) && f.free(c.num-1) {
		c.kind, c.first = Percent, c.num-1 // ٪۵۰, %50 in right-to-left typing
	}
	switch c.kind {
	case Money:
		c.value = n.value * c.factor
	case Percent:
		c.value = n.value
	default:
		c.value = n.value
		c.reason = f.classify(&c)
		if c.reason == rOK || c.reason == rBareWord || c.reason == rArticle {
			c.thing = f.thingAt(c.numEnd)
		}
	}
	return c, true
}

// free reports whether token i lies after the last candidate read.
func (f *finder) free(i int) bool {
	return len(f.cands) == 0 || f.cands[len(f.cands)-1].last <= i
}

// currencyBefore reads a currency written before a number: a sign ($ € £),
// a country and $ (US$, HK$), an ISO code in capitals (USD 5 million) or
// Rs. It returns the code and the token where the number starts, or "" and i.
func (f *finder) currencyBefore(i int) (string, int) {
	if r := f.punct(i); r != 0 {
		if code, ok := symbolCodes[r]; ok && f.isNumberStart(f.next(i+1)) {
			if r == '₨' {
				code = f.rupeeCode()
			}
			return code, i + 1
		}
		return "", i
	}
	if !f.isWord(i) || !f.toks[i].latin {
		return "", i
	}
	w := f.text(i)
	if f.punct(i+1) == '$' && f.glued(i+1) && f.isNumberStart(f.next(i+2)) {
		if code, ok := dollarPrefixes[lowerASCII(w)]; ok {
			return code, i + 2
		}
	}
	if f.has(i, fCurrencyCode) && isUpperASCII(w) && f.isNumberStart(f.next(i+1)) {
		return f.ent(i).code, i + 1
	}
	if w == "Rs" || w == "RS" {
		j := i + 1
		if f.punct(j) == '.' && f.glued(j) {
			j++
		}
		if f.isNumberStart(f.next(j)) {
			return f.rupeeCode(), j
		}
	}
	return "", i
}

// isNumberStart reports whether token i is digits or a number word.
func (f *finder) isNumberStart(i int) bool {
	return f.isNum(i) || f.has(i, fNumber|fArticle)
}

// unitAfter reads the percent sign or word, or the currency, after the
// number of c, and extends c over it.
func (f *finder) unitAfter(c *cand) {
	k := f.next(c.numEnd)
	if k < 0 {
		return
	}
	// a sign: 5% ۷۰٪ 350000$
	if r := f.punct(k); r != 0 {
		if isPercentSign(r) && c.kind == Count {
			c.kind, c.last = Percent, k+1
		} else if code, ok := symbolCodes[r]; ok && c.kind == Count && f.glued(k) {
			if r == '₨' {
				code = f.rupeeCode()
			}
			c.kind, c.unit, c.last = Money, code, k+1
		}
		return
	}
	if !f.isWord(k) {
		return
	}
	w := f.text(k)
	// percent, per cent, percentage point(s), درصد, درصدی
	if c.kind == Count {
		if e := words.lookupUnit(w, fPercent); e != nil {
			c.kind, c.last = Percent, k+1
			if strings.EqualFold(w, "percentage") {
				if nx := f.text(f.next(k + 1)); !f.isWord(f.next(k+1)) || !strings.EqualFold(strings.TrimSuffix(nx, "s"), "point") {
					c.kind, c.last = Count, c.numEnd
				} else {
					c.last = k + 2
				}
			}
			return
		}
		// واحد درصد: percentage points, in Iranian usage
		if w == "واحد" && f.has(f.next(k+1), fPercent) {
			c.kind, c.last = Percent, k+2
			return
		}
		if strings.EqualFold(w, "per") && strings.EqualFold(f.text(f.next(k+1)), "cent") {
			c.kind, c.last = Percent, k+2
			return
		}
	}
	// an English qualifier before the currency word: US dollars, Saudi riyals
	if f.en || f.toks[k].latin {
		if f.has(k, fCurrencyQual) && f.has(f.next(k+1), fCurrency) {
			if code := qualify(f.text(k+1), w); code != "" {
				c.kind, c.unit, c.factor, c.last = Money, code, 1, k+2
				return
			}
		}
	}
	// a currency word, with a Persian qualifier after it: دالر, دلار آمریکا, ریال سعودی
	if e := words.lookupUnit(w, fCurrency|fCurrencyCode); e != nil {
		if e.flags&fCurrencyCode != 0 && e.flags&fCurrency == 0 && !isUpperASCII(w) {
			return
		}
		code := e.code
		if e.flags&fRupee != 0 {
			code = f.rupeeCode()
		}
		last := k + 1
		if q := f.next(k + 1); f.has(q, fCurrencyQual) && !f.toks[k].latin {
			if qc := qualify(w, f.text(q)); qc != "" {
				code, last = qc, q+1
			}
		}
		if c.kind == Money && c.unit != "" && e.flags&fCurrency != 0 {
			// $5 million dollars: the sign said it already
			c.last = last
			return
		}
		factor := e.factor
		if factor == 0 {
			factor = 1
		}
		c.kind, c.unit, c.factor, c.last = Money, code, factor, last
	}
}

// rupeeCode decides, once per text, what an unqualified rupee is.
func (f *finder) rupeeCode() string {
	if f.rupee == "" {
		f.rupee = rupeeCode(f.s)
	}
	return f.rupee
}

// lowerASCII returns s with ASCII capitals lower-cased.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// isUpperASCII reports whether s has letters and all of them are ASCII capitals.
func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if !('A' <= s[i] && s[i] <= 'Z') {
			return false
		}
	}
	return s != ""
}
