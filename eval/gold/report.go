package gold

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteSummary writes one line per language and one for all: F1 of each
// kind, dyads and the date accuracy.
func (r *Report) WriteSummary(w io.Writer) {
	by := r.ByLang()
	var langs []string
	for _, l := range Langs {
		if _, ok := by[l]; ok {
			langs = append(langs, l)
		}
	}
	var other []string
	for l := range by {
		if l != "all" && !contains(Langs, l) {
			other = append(other, l)
		}
	}
	sort.Strings(other)
	langs = append(append(langs, other...), "all")
	fmt.Fprintf(w, "%-5s %8s %10s %10s %7s %10s %10s %10s\n", "lang", "articles", "events F1", "dyads F1", "dates", "entity F1", "amount F1", "quote F1")
	for _, l := range langs {
		s := by[l]
		fmt.Fprintf(w, "%-5s %8d %10.3f %10.3f %7s %10.3f %10.3f %10.3f\n", l, s.Articles,
			s.Events.F1(), s.Dyads.F1(), fmt.Sprintf("%d/%d", s.DatesRight, s.DatesScored),
			s.Entities.F1(), s.Amounts.F1(), s.Quotes.F1())
	}
	fmt.Fprintln(w)
	for _, l := range langs {
		s := by[l]
		fmt.Fprintf(w, "%s:\n", l)
		for _, k := range []struct {
			name string
			c    Counts
		}{{"events", s.Events}, {"dyads", s.Dyads}, {"entities", s.Entities}, {"amounts", s.Amounts}, {"quotes", s.Quotes}} {
			fmt.Fprintf(w, "  %-9s %s\n", k.name, k.c)
		}
	}
}

// WriteExplain writes, per article, what was missed and what was wrong.
func (r *Report) WriteExplain(w io.Writer) {
	for _, res := range r.Results {
		fmt.Fprintf(w, "== %s (%s)\n", res.Path, res.Lang)
		if res.Err != nil {
			fmt.Fprintf(w, "   error: %v\n", res.Err)
		}
		d := res.Detail
		for _, part := range []struct {
			name string
			list []string
		}{
			{"missed events", d.MissedEvents}, {"wrong events", d.WrongEvents}, {"wrong dates", d.WrongDates},
			{"missed entities", d.MissedEntities}, {"wrong entities", d.WrongEntities},
			{"missed amounts", d.MissedAmounts}, {"wrong amounts", d.WrongAmounts},
			{"missed quotes", d.MissedQuotes}, {"wrong quotes", d.WrongQuotes},
		} {
			if len(part.list) > 0 {
				fmt.Fprintf(w, "   %s: %s\n", part.name, strings.Join(part.list, "; "))
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
