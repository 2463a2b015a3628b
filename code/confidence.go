package code

import "math"

// confidence scores how sure the coder is of an event, from 0 to 1:
//
//	0.50 for a verbal trigger, 0.35 for a nominal one (a noun names an
//	     event less surely than a verb reports it);
//	+0.25 when the actor is found in the trigger's clause, +0.15 when it
//	     is found elsewhere in the sentence (a dropped subject);
//	+0.15 when the recipient is found in the clause, +0.10 elsewhere;
//	-0.10 when a side is the article's home country by default;
//	-0.05 when the event's type was changed by a mode (promise, refusal).
//
// Each further sentence reporting the event adds 0.05 (dedup.go). The
// result is kept within 0.05 to 0.95.
func confidence(k *cand) float64 {
	c := 0.50
	if k.m.Noun {
		c = 0.35
	}
	switch k.actor.how {
	case foundText:
		c += 0.25
	case foundNearby:
		c += 0.15
	case foundDefault:
		c -= 0.10
	}
	switch k.recip.how {
	case foundText:
		c += 0.15
	case foundNearby:
		c += 0.10
	case foundDefault:
		c -= 0.10
	}
	if k.typ != k.m.Entry.Type {
		c -= 0.05
	}
	return clampConfidence(c)
}

func clampConfidence(c float64) float64 {
	return math.Round(math.Max(0.05, math.Min(0.95, c))*100) / 100
}
