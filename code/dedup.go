package code

import (
	"slices"
	"sort"
	"strings"
)

// dedup merges the events that report one event several times (a summary
// lead and a detailed paragraph, a pull quote): the same type and the same
// parties, taken as unordered pairs as the scorer takes them, with dates
// that do not disagree. An event missing one side merges into an event of
// its type that holds its known side, when there is one. The merged event
// keeps its first mention and lists every sentence in Mentions.
func dedup(events []Event) []Event {
	var out []Event
	for _, e := range events {
		merged := false
		for i := range out {
			if out[i].Type == e.Type && samePairs(out[i], e) && sameRoles(out[i], e) && datesAgree(out[i].Date, e.Date) {
				merge(&out[i], e)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	// Partial events into full ones.
	var kept []Event
	for i, e := range out {
		if len(e.Actor) > 0 && len(e.Recipient) > 0 {
			continue
		}
		for j := range out {
			f := &out[j]
			if j == i || f.Type != e.Type || len(f.Actor) == 0 || len(f.Recipient) == 0 || !datesAgree(f.Date, e.Date) {
				continue
			}
			// Rubio (USA) meeting the leaders is the US meeting the five
			// states; pairs are unordered, as PLOVER dyads are
			known := codesOf(append(slices.Clone(e.Actor), e.Recipient...))
			if subset(known, codesOf(append(slices.Clone(f.Actor), f.Recipient...))) {
				// its date only when the known side acts in both: Kazakhstan
				// hoping to join next year does not date China's purchase
				if !(len(e.Actor) > 0 && subset(codesOf(e.Actor), codesOf(f.Actor)) ||
					len(e.Recipient) > 0 && subset(codesOf(e.Recipient), codesOf(f.Recipient))) {
					e.Date, e.DatePrecision = "", ""
				}
				merge(f, e)
				out[i].Type = "" // merged away
				break
			}
		}
	}
	for _, e := range out {
		// An event whose actor is nowhere named served only to date or
		// confirm the others.
		// A consultation needs someone to consult: with no other party
		// found (participated in a referendum) it is no event.
		if e.Type != "" && len(e.Actor) > 0 && (e.Type != "CONSULT" || len(e.Recipient) > 0) {
			kept = append(kept, e)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Sentence < kept[j].Sentence })
	return kept
}

// pairKeys returns the unordered actor-recipient pairs of an event.
func pairKeys(e Event) []string {
	as, rs := codesOf(e.Actor), codesOf(e.Recipient)
	if len(as) == 0 {
		as = []string{""}
	}
	if len(rs) == 0 {
		rs = []string{""}
	}
	var out []string
	for _, a := range as {
		for _, r := range rs {
			if r < a {
				out = append(out, r+"|"+a)
			} else {
				out = append(out, a+"|"+r)
			}
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

func samePairs(a, b Event) bool { return slices.Equal(pairKeys(a), pairKeys(b)) }

// sameRoles reports whether two events with a missing side miss the same
// one: "X met" and "met X" are not one report.
func sameRoles(a, b Event) bool {
	full := func(e Event) bool { return len(e.Actor) > 0 && len(e.Recipient) > 0 }
	if full(a) && full(b) {
		return true
	}
	return slices.Equal(codesOf(a.Actor), codesOf(b.Actor)) && slices.Equal(codesOf(a.Recipient), codesOf(b.Recipient))
}

func codesOf(pts []Party) []string {
	var out []string
	for _, p := range pts {
		if !slices.Contains(out, p.Code) {
			out = append(out, p.Code)
		}
	}
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// datesAgree reports whether two dates can be one: equal, one unknown, or
// one a coarser form of the other.
func datesAgree(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// merge folds e into into: its mentions, the finer date and the higher
// confidence. into keeps its parties and its trigger.
func merge(into *Event, e Event) {
	for _, m := range e.Mentions {
		if !slices.Contains(into.Mentions, m) {
			into.Mentions = append(into.Mentions, m)
		}
	}
	sort.Ints(into.Mentions)
	if len(e.Date) > len(into.Date) {
		into.Date, into.DatePrecision = e.Date, e.DatePrecision
	}
	into.Confidence = clampConfidence(max(into.Confidence, e.Confidence) + 0.05)
}
