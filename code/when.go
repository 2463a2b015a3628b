package code

import (
	"khabar/dates"
)

// dateFor returns the date of an event: the date expression of its
// clause, else the nearest one in its sentence, else the latest one in
// an earlier sentence of the same paragraph; none when the text gives
// none. Expressions that could not be resolved are skipped, and so, for
// a trigger in a past tense, are dates after the article's: what has
// happened is not dated later than the report of it ("signed an
// agreement to export gas next year").
func (v *view) dateFor(p *parse, k *cand) (dates.Expr, bool) {
	s := p.s
	var best dates.Expr
	bestDist, found := 1<<30, false
	trig := s.toks[k.m.First].Start
	c := p.clauseOf[k.m.First]
	happened := k.m.Past && !k.m.Future && !k.m.Subjunctive
	for _, d := range v.in.Dates {
		if d.Value == "" || d.Start < s.span.Start || d.Start >= s.span.End {
			continue
		}
		if happened && after(d.Value, v.in.Doc.Date) {
			continue
		}
		dist := d.Start - trig
		if dist < 0 {
			dist = -dist
		}
		if t := p.tokenAt(d.Start); t < 0 || p.clauseOf[t] != c {
			dist += 1 << 20 // another clause of the sentence: only if the clause has none
		}
		if dist < bestDist {
			best, bestDist, found = d, dist, true
		}
	}
	if found {
		return best, true
	}
	for i := s.index - 1; i >= 0 && v.sents[i].paragraph == s.paragraph; i-- {
		sp := v.sents[i].span
		for j := len(v.in.Dates) - 1; j >= 0; j-- {
			d := v.in.Dates[j]
			if d.Value != "" && d.Start >= sp.Start && d.Start < sp.End && !(happened && after(d.Value, v.in.Doc.Date)) {
				return d, true
			}
		}
	}
	return dates.Expr{}, false
}

// after reports whether a date value (a day, a month or a year) begins
// after the day of the article; false when the article has no date.
func after(value, article string) bool {
	if len(article) < len(value) || article == "" {
		return false
	}
	return value > article[:len(value)]
}

// tokenAt returns the token of the sentence that holds Norm offset off,
// or -1.
func (p *parse) tokenAt(off int) int {
	for t, tk := range p.s.toks {
		if tk.End > off {
			if tk.Start <= off {
				return t
			}
			return t
		}
	}
	return -1
}

// precision names the precision of a date value.
func precision(value string) string {
	switch len(value) {
	case 10:
		return "day"
	case 7:
		return "month"
	case 4:
		return "year"
	}
	return ""
}
