package code

import (
	"slices"
	"strings"

	"khabar/code/cameo"
)

// event turns a candidate into an event: the CAMEO facts, the trigger and
// sentence spans, the date, the amounts and the confidence. ok is false
// when no party of the event was found in the text.
func (v *view) event(k *cand) (Event, bool) {
	inText := func(h how) bool { return h == foundText || h == foundNearby }
	if !inText(k.actor.how) && !inText(k.recip.how) && k.typ != "PROTEST" {
		return Event{}, false // a protest needs no name: a boycott campaign at home
	}
	if k.typ == "RETREAT" && strings.HasPrefix(k.code, "084") && len(k.recip.parties) == 0 {
		return Event{}, false // released no one named: a video, a report, a statement
	}
	if (k.typ == "CONCEDE" || k.typ == "AGREE") && v.countOfThings(k, k.p.countObject(k.m)) {
		return Event{}, false // admitted 23 of the wounded
	}
	if k.m.Noun && k.p.demonstrativeBefore(k.m) {
		return Event{}, false // این اعتصاب, this attack: an act told before, not a new one
	}
	if k.p.changeAfter(k.m) {
		return Event{}, false // foreign aid has fallen: a quantity, not an act
	}
	if k.typ == "ASSAULT" && k.m.Entry.Casualties && k.p.disasterBefore(k.m.First) {
		return Event{}, false // the dead of a flood or a crash
	}
	if k.typ == "REQUEST" && k.m.Noun && !k.p.persian && len(k.recip.parties) == 0 {
		return Event{}, false // a demand of no one: China's demand for uranium
	}
	if k.typ == "ASSAULT" && k.m.Noun && len(k.recip.parties) == 0 {
		return Event{}, false // an attack on no one named: his attack on the plan
	}
	if k.typ == "ASSAULT" && k.actor.how != foundText && !(k.actor.how == foundNearby && (k.m.Progressive || k.p.coordinated(k.m))) {
		// An attack whose attacker is not named in its clause: a
		// disaster, a war, or an attacker guessed from another clause.
		// An English participle (…, killing 300 people) shares its
		// clause's subject.
		return Event{}, false
	}
	// A meeting of a state with a place of its own is a misreading (met
	// the delegation in Kabul: AFG→AFG): the other side is unknown.
	if k.typ == "CONSULT" && k.recip.how != foundText && len(k.recip.parties) > 0 &&
		subset(distinctCodes(k.recip.parties), distinctCodes(k.actor.parties)) {
		k.recip = side{}
	}
	p, s := k.p, k.p.s
	ev := Event{
		Type: k.typ, Mode: k.mode, Context: slices.Clone(k.context),
		Actor: k.actor.parties, Recipient: k.recip.parties,
		CAMEO: k.code, QuadCode: cameo.Quad(k.code), Goldstein: cameo.Goldstein(k.code),
		Sentence: s.index, Negated: k.negated, Mentions: []int{s.index},
	}
	if tc, ok := cameo.Lookup(k.code); ok && tc.Type == ev.Type {
		if ev.Mode == "" && k.typ == k.m.Entry.Type {
			ev.Mode = tc.Mode
		}
		if len(ev.Context) == 0 {
			ev.Context = slices.Clone(tc.Context)
		}
	}
	tsp := v.bodySpan(s, k.m.First, k.m.Last)
	ev.Start, ev.End = tsp.Start, tsp.End
	ev.Trigger = v.in.Doc.Body[tsp.Start:tsp.End]
	ssp := v.in.Doc.Align.Span(s.span)
	ev.EventText = v.in.Doc.Body[ssp.Start:ssp.End]
	for i, a := range v.in.Amounts {
		if a.Start >= s.span.Start && a.Start < s.span.End {
			ev.Amounts = append(ev.Amounts, i)
		}
	}
	if d, ok := v.dateFor(p, k); ok {
		ev.Date, ev.DatePrecision = d.Value, precision(d.Value)
	}
	ev.Confidence = confidence(k)
	return ev, true
}
