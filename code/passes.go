package code

import (
	"slices"
	"time"
)

// Passes over an article's events once every sentence is coded: the
// dates the story carries over, and the pairs of a meeting of many.

// contextDates dates an event its own sentence leaves undated, told in
// the past, by the event told just before it, in its sentence or the one
// before, that its own sentence dates: the story goes on from that day (On Thursday, Putin held talks
// with Pezeshkian. The two presidents agreed …).
func contextDates(events []Event, kept []*cand, articleDate string) {
	// Only a date of the days before the article carries over: history
	// told as background (the 1968 massacre) does not date what is said
	// of it now.
	a, err := time.Parse(time.DateOnly, articleDate)
	if err != nil {
		return // no article date: nothing to measure "recent" against
	}
	recent := func(d string) bool {
		e, err := time.Parse(time.DateOnly, d)
		return err == nil && !e.After(a) && a.Sub(e) <= 31*24*time.Hour
	}
	own := make([]bool, len(events)) // dated by its own sentence, recently
	for i := range events {
		own[i] = events[i].Date != "" && recent(events[i].Date)
	}
	for i := range events {
		e := &events[i]
		m := kept[i].m
		if e.Date != "" || !m.Past || m.Future || m.Noun || m.Negated {
			continue
		}
		for j := i - 1; j >= 0 && events[j].Sentence >= e.Sentence-1; j-- {
			if own[j] {
				e.Date, e.DatePrecision = events[j].Date, events[j].DatePrecision
				break
			}
		}
	}
}

// allPairs adds, for an event among three or more states that meet,
// agree or sign together with none of them the host (Tajikistan,
// Kyrgyzstan, Afghanistan and Pakistan met), the pairs its first state
// does not cover: each state with every one named after it, as PLOVER
// dyads count them.
func allPairs(events []Event, kept []*cand) []Event {
	out := events
	for i, e := range events {
		if kept[i].recip.place != kept[i].actor.place || kept[i].recip.how != kept[i].actor.how || !symmetric[e.Type] || len(e.Actor) != 1 || len(e.Recipient) < 2 {
			continue
		}
		for j := 0; j+1 < len(e.Recipient); j++ {
			f := e
			f.Actor = []Party{e.Recipient[j]}
			f.Recipient = slices.Clone(e.Recipient[j+1:])
			f.Context = slices.Clone(e.Context)
			f.Mentions = slices.Clone(e.Mentions)
			out = append(out, f)
		}
	}
	return out
}
