package amounts

import "strings"

// linkRanges lets the first end of a range take what the second end says:
// "بین ۳۰ تا ۴۳ درصد" and "between 30 and 43 percent" are two percentages,
// "۲ تا ۳ میلیون دالر" is two sums of millions, "۵ تا ۱۰ سال" two spans of
// time, "یک تا دو هفته" no amount at all. A range whose first end is a
// clock time or a date passes that on to a bare second end (ساعت ۱۰ تا ۱۲).
// Candidates are walked from the right, so a chain "۳، ۴ یا ۵ درصد" of
// ranges passes the unit all the way back.
func (f *finder) linkRanges() {
	for i := len(f.cands) - 2; i >= 0; i-- {
		a, b := &f.cands[i], &f.cands[i+1]
		if !f.joined(a, b) {
			continue
		}
		if a.kind == Count && a.thing == "" && a.scale == 1 && (a.reason == rOK || a.reason == rBareWord || a.reason == rArticle) {
			f.takeFrom(a, b)
			continue
		}
		if b.kind == Count && b.scale == 1 && (a.reason == rTime || a.reason == rDate) && b.reason == rOK &&
			f.rangeWord(a.numEnd) && !f.has(f.next(b.numEnd), fCounter|fEnPlural) {
			b.reason = a.reason
		}
	}
}

// joined reports whether a and b are the two ends of a range: a's number
// is followed by تا, الی, یا, و, to, or, and, through or a dash, and then
// by b's number; or, in Persian, two number words stand side by side.
func (f *finder) joined(a, b *cand) bool {
	k := a.numEnd
	if !f.en && a.word && b.word && a.last == a.numEnd && b.first == k && f.next(k) >= 0 && !a.compound && !b.compound {
		return true // دو سه روز, سه چهار نفر: two number words side by side
	}
	if a.last != a.numEnd || b.first != k+1 || f.next(k) < 0 || f.next(k+1) < 0 {
		return false
	}
	if r := f.punct(k); r == '-' || r == '–' || r == '—' {
		return true
	}
	return f.has(k, fConnector)
}

// takeFrom gives the first end a of a range what the second end b is.
func (f *finder) takeFrom(a, b *cand) {
	switch {
	case b.kind == Money || b.kind == Percent:
		a.kind, a.unit, a.factor, a.reason = b.kind, b.unit, b.factor, rOK
		a.value = a.base
		if b.scale > 1 && a.base < b.base {
			a.value *= b.scale // ۲ تا ۳ میلیون
		}
		a.value *= a.factor
		a.last = a.numEnd
	case b.reason == rOK:
		a.reason, a.thing = rOK, b.thing
		if b.scale > 1 && a.base < b.base {
			a.value = a.base * b.scale
		}
	case b.reason == rDuration || b.reason == rMeasure || b.reason == rAge || b.reason == rDate ||
		b.reason == rTime || b.reason == rYear || b.reason == rOrdinal:
		a.reason = b.reason
	}
}

// rangeWord reports whether token k joins only ranges (تا, الی, to,
// through, a dash), not lists (و, یا, and, or).
func (f *finder) rangeWord(k int) bool {
	if f.punct(k) != 0 {
		return true
	}
	w := f.text(k)
	return w == "تا" || w == "الی" || strings.EqualFold(w, "to") || strings.EqualFold(w, "through")
}
