package code

import (
	"slices"

	"khabar/code/cameo"
	"khabar/code/triggers"
)

// Coder codes events from articles with a trigger lexicon. It holds only
// read-only tables and is safe for concurrent use.
type Coder struct {
	trig                 *triggers.Lexicon
	faIntent, enIntent   [][]string
	faRequest, enRequest [][]string
}

// New returns a coder over the trigger lexicon trig.
func New(trig *triggers.Lexicon) *Coder {
	return &Coder{
		trig:      trig,
		faIntent:  foldCues(persian.intent),
		enIntent:  foldCues(english.intent),
		faRequest: foldCues(persian.request),
		enRequest: foldCues(english.request),
	}
}

// cand is one event in the making: a trigger with its arguments.
type cand struct {
	p        *parse
	m        triggers.Match
	typ      string
	code     string
	mode     string
	context  []string
	negated  bool
	actor    side
	recip    side
	inner    []*cand // triggers absorbed into this one
	absorbed bool
	dropped  bool
}

// Code returns the events of one article, in order of first mention.
func (c *Coder) Code(in Input) []Event {
	if c == nil || c.trig == nil {
		return nil
	}
	v := newView(&in)
	if v.lang == nil {
		return nil
	}
	var all []*cand
	for i := range v.sents {
		all = append(all, c.codeSentence(v, &v.sents[i])...)
	}
	var events []Event
	var kept []*cand
	for _, k := range all {
		resolveReaction(k, kept)
		if ev, ok := v.event(k); ok {
			events = append(events, ev)
			kept = append(kept, k)
		}
	}
	contextDates(events, kept, in.Doc.Date)
	events = allPairs(events, kept)
	return dedup(events)
}

// codeSentence finds the triggers of one sentence and turns each into a
// candidate event, applying the modes of the verb.
func (c *Coder) codeSentence(v *view, s *sentence) []*cand {
	if len(s.toks) == 0 {
		return nil
	}
	keys := s.keys
	if v.code == "fa" {
		keys = aliasKeys(keys)
	}
	matches := c.trig.Match(v.code, keys)
	// A trigger word inside a name is part of the name (پیمان ابراهیم,
	// the Paris Agreement), not a trigger.
	matches = slices.DeleteFunc(matches, func(m triggers.Match) bool {
		for t := m.First; t <= m.Last && t < len(s.toks); t++ {
			// a common noun of an agent inside a trigger (joint military
			// exercises) leaves it a trigger
			if mi := s.inMention[t]; mi >= 0 {
				mt := s.ments[mi]
				if !mt.ent.IsAgent() || mt.first <= m.First && mt.last >= m.Last {
					return true
				}
			}
		}
		return false
	})
	if len(matches) == 0 {
		return nil
	}
	if v.code == "fa" {
		for i := range matches {
			matches[i] = mowredPassive(s.keys, joinLightVerb(s.keys, matches[i]))
		}
		matches = slices.DeleteFunc(matches, func(m triggers.Match) bool {
			return persianNotVerb(s.keys, m)
		})
	} else {
		matches = englishNouns(s, matches)
	}
	matches = slices.DeleteFunc(matches, func(m triggers.Match) bool {
		return !needsMet(s.keys, m)
	})
	// Several entries for one span: keep them together, choose later.
	var groups [][]triggers.Match
	for _, m := range matches {
		if n := len(groups); n > 0 && groups[n-1][0].First == m.First && groups[n-1][0].Last == m.Last {
			groups[n-1] = append(groups[n-1], m)
			continue
		}
		groups = append(groups, []triggers.Match{m})
	}
	reps := make([]triggers.Match, len(groups))
	for i, g := range groups {
		reps[i] = g[0]
	}
	p := newParse(s, v.lang, v.code == "fa", reps)
	intent, request := c.enIntent, c.enRequest
	if p.persian {
		intent, request = c.faIntent, c.faRequest
	}
	cands := make([]*cand, len(groups))
	for i, g := range groups {
		cands[i] = v.choose(p, g)
	}
	for i, k := range cands {
		m := k.m
		if p.question || m.First >= p.condFrom || p.adjectival(m) || p.reducedRelative(m) || m.Noun && p.prevented(m) {
			k.dropped = true
			continue
		}
		// Absorbed into an earlier verbal trigger whose complement holds it.
		if gi := p.governor(cands, i); gi >= 0 {
			k.absorbed = true
			cands[gi].inner = append(cands[gi].inner, k)
			continue
		}
		switch {
		case p.cueBefore(m, intent) >= 0:
			k.typ, k.code = promise(k.typ, k.code)
			k.mode = ""
			continue
		case m.Subjunctive && p.cueBefore(m, request) >= 0:
			k.requestFrom(v, p, m, request)
			continue
		case m.Subjunctive && !m.Future, p.modalBefore(m):
			k.dropped = true // a purpose, a wish, a duty or a possibility, not an event
			continue
		}
		if m.Negated {
			typ, code, ok := negate(m.Entry, k.typ, k.code)
			if !ok {
				k.dropped = true
				continue
			}
			k.typ, k.code, k.negated, k.mode = typ, code, true, ""
		}
		if m.Future {
			k.typ, k.code = promise(k.typ, k.code)
			if k.typ != m.Entry.Type {
				k.mode = ""
			}
		}
		// اصرار می‌کند که … است: a request's complement in the indicative
		// is a claim, not a demand
		if k.typ == "REQUEST" && p.persian && p.governsClause(m.Last) && p.indicativeComplement(m.Last) {
			k.dropped = true
		}
	}
	// A noun in a clause with a verbal trigger is that verb's complement
	// (در نشست … شرکت کرد, برای دیدار با … سفر کرد); a noun in a
	// prepositional phrase after another trigger is its topic
	// (negotiations on withdrawal).
	for i, k := range cands {
		if !k.m.Noun || k.dropped || k.absorbed {
			continue
		}
		if vi := p.clauseVerb(cands, k); vi >= 0 {
			k.absorbed = true
			cands[vi].inner = append(cands[vi].inner, k)
			continue
		}
		if !p.afterPreposition(k.m.First) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := cands[j]
			if !o.dropped && !o.absorbed && p.clauseOf[o.m.First] == p.clauseOf[k.m.First] {
				k.absorbed = true
				o.inner = append(o.inner, k)
				break
			}
		}
	}
	var out []*cand
	for _, k := range cands {
		if !k.dropped && !k.absorbed {
			c.fill(v, p, k)
			out = append(out, k)
		}
	}
	return out
}

// choose picks, among the entries matching one span, the one whose
// argument places find the most parties, and makes its candidate.
func (v *view) choose(p *parse, g []triggers.Match) *cand {
	var best *cand
	bestScore := -1
	for _, m := range g {
		k := &cand{p: p, m: m, typ: m.Entry.Type, code: m.Entry.CAMEO, mode: m.Entry.Mode, context: m.Entry.Context}
		k.actor, k.recip = v.arguments(p, m)
		score := 2*len(k.actor.parties) + len(k.recip.parties)
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

// governor returns the index of an earlier verbal trigger whose
// complement holds candidate i, or -1.
func (p *parse) governor(cands []*cand, i int) int {
	m := cands[i].m
	for j := i - 1; j >= 0; j-- {
		g := cands[j]
		if g.dropped || !governorTypes[g.m.Entry.Type] {
			continue
		}
		// English: only what is not a finite verb of its own (to buy,
		// of using force, an attack) is content; "accused X and called
		// on Y" are two acts.
		finite := !p.persian && !m.Noun && !m.Subjunctive && !m.Progressive && !m.Future
		if !finite && g.m.Last < m.First && m.Last <= p.complement(g.m.Last) {
			if g.absorbed {
				return p.governor(cands, j) // the governor's own governor takes it
			}
			return j
		}
	}
	return -1
}

// clauseVerb returns the verbal trigger of k's clause, the nearest after
// it, else before it, or -1.
func (p *parse) clauseVerb(cands []*cand, k *cand) int {
	c := p.clauseOf[k.m.First]
	best := -1
	for i, o := range cands {
		if o == k || o.m.Noun || o.dropped || o.absorbed || p.clauseOf[o.m.First] != c {
			continue
		}
		if best < 0 || o.m.First > k.m.First && cands[best].m.First < k.m.First {
			best = i
		}
	}
	return best
}

// requestFrom turns k into a request made by the subject of the verb of
// saying before it to its addressee (its object, or the به phrase).
func (k *cand) requestFrom(v *view, p *parse, m triggers.Match, cues [][]string) {
	cue := p.cueBefore(m, cues)
	fake := triggers.Match{Entry: m.Entry, First: cue, Last: cue}
	k.typ, k.mode = "REQUEST", ""
	k.code = cameo.Appeal(k.code)
	speaker, _ := p.subjectItems(fake)
	var addressee []item
	places := []string{"object", "to"} // tells X to …
	if p.persian {
		places = []string{"به", "object", "از"} // به X گفت که …, از X خواست که …
	}
	addressee, _, _ = p.find(fake, places)
	if len(speaker) > 0 {
		k.actor = side{items: speaker, parties: v.parties(p, speaker, true), how: foundNearby, place: "subject"}
	}
	if len(addressee) > 0 {
		k.recip = side{items: addressee, parties: v.parties(p, addressee, false), how: foundNearby, place: "object"}
	}
}

// fill completes a candidate's arguments from the triggers absorbed into
// it and from the rules for missing sides, and merges their contexts.
func (c *Coder) fill(v *view, p *parse, k *cand) {
	v.retype(p, k)
	for _, in := range k.inner {
		if k.typ == "AGREE" && !in.m.Noun && in.typ != "AGREE" {
			// "agreed to buy": the promise takes what is promised
			k.code = cameo.Intent(in.m.Entry.CAMEO)
			k.context = union(in.m.Entry.Context, k.context)
		}
		// The doer of what is promised is the one who promises; the doer
		// of what is asked is the one asked (called on X to release …).
		if k.typ != "REQUEST" && len(k.actor.parties) == 0 && len(in.actor.parties) > 0 {
			k.actor = in.actor
			k.actor.how = foundNearby
		}
		// A call for talks with X asks X.
		asks := k.typ != "REQUEST" || in.m.Noun && in.typ == "CONSULT"
		if len(k.recip.parties) == 0 && len(in.recip.parties) > 0 && asks {
			r := in.recip
			r.items = withoutItems(r.items, k.actor.items)
			r.parties = v.parties(p, r.items, false)
			if len(r.parties) > 0 {
				r.how = foundNearby
				k.recip = r
			}
		}
	}
	v.completeSides(p, k)
}

// union returns a then the members of b not in a.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// needsMet reports whether one of the words m's entry needs follows it
// within triggers.NeedsWithin tokens, before a clause boundary; true when
// the entry needs none.
func needsMet(keys []string, m triggers.Match) bool {
	if len(m.Entry.Needs) == 0 {
		return true
	}
	for t := m.Last + 1; t < len(keys) && t <= m.Last+triggers.NeedsWithin; t++ {
		if slices.Contains(m.Entry.Needs, keys[t]) {
			return true
		}
		if keys[t] == "." || keys[t] == ";" || keys[t] == "؛" || english.boundaries[keys[t]] || persian.boundaries[keys[t]] {
			return false
		}
	}
	return false
}
