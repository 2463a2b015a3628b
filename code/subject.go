package code

import (
	"slices"
	"strings"

	"khabar/code/triggers"
	"khabar/text"
)

// subjectItems finds the subject of the trigger m in its clause: Persian,
// the first bare phrase of the clause before the verb; English, the bare
// phrase right before the verb and its auxiliaries, else the first bare
// phrase before it. nearby is true when the subject came from an earlier
// clause of the sentence (a dropped subject, a relative clause's head, a
// shared subject of two verbs).
func (p *parse) subjectItems(m triggers.Match) (its []item, nearby bool) {
	c := p.clauseOf[m.First]
	if !p.persian && m.Noun {
		return p.englishNounActor(m)
	}
	if !p.persian {
		t := m.First - 1
		for t >= 0 && (p.lang.aux[p.s.keys[t]] || strings.HasSuffix(p.s.keys[t], "ly") && p.segOf[t] >= 0 && p.s.inMention[t] < 0) {
			t--
		}
		if t >= 0 && p.lang.conj[p.s.keys[t]] {
			// accused X and called on Y: the subject of the first verb,
			// the clause's first phrase, else the clause before's. After
			// a relative clause with a verb of its own (the canal that the
			// Taliban are building, and urged …) the verb goes with the
			// clause the relative clause hangs on.
			cc := c
			for cc > 0 && p.clauses[cc].opener != "" && p.finiteIn(p.clauses[cc].first, t-1) {
				cc--
			}
			segs := p.clauseSegs(cc)
			for i, si := range segs {
				if sg := p.segs[si]; sg.place == "" && sg.first < t {
					its := p.items(sg.first, sg.last)
					if len(its) == 0 && i+1 < len(segs) {
						its = p.agentPlace(sg, p.segs[segs[i+1]])
					}
					if len(its) > 0 || !p.pronounOnly(sg) {
						return its, false
					}
					break
				}
			}
		}
		if t >= 0 && p.clauseOf[t] == c {
			if si := p.segOf[t]; si >= 0 && p.segs[si].place == "" {
				if its := p.items(p.segs[si].first, p.segs[si].last); len(its) > 0 {
					return its, false
				}
			}
		}
	}
	segs := p.clauseSegs(c)
	for i, si := range segs {
		sg := p.segs[si]
		if sg.first >= m.First {
			break
		}
		if sg.place != "" || sg.object {
			continue
		}
		its := p.items(sg.first, sg.last)
		// Officials from X and Y: the place phrase names the subject,
		// whatever country the agent noun took from elsewhere.
		if !p.persian && (len(its) == 0 || onlyAgents(its)) && i+1 < len(segs) && p.segs[segs[i+1]].first < m.First {
			if pl := p.agentPlace(sg, p.segs[segs[i+1]]); len(pl) > 0 {
				return pl, false
			}
		}
		if len(its) > 0 && (p.persian || its[0].ments[0].first-sg.first <= 2) {
			return its, false
		}
		// A sentence adverb set off by a comma (Separately, Meanwhile,
		// Earlier,) is not the subject: the phrase after it is.
		if !p.persian && i == 0 && len(its) == 0 && sg.last-sg.first < 2 && i+1 < len(segs) && p.segs[segs[i+1]].comma {
			continue
		}
		// Only the clause's first bare phrase is its subject (in English
		// when it begins with the name: not "Major quakes hit Indonesia's
		// island"); in Persian
		// also the name in apposition after it (رییس ورزشی …، جوی الیوا).
		if !p.persian || i+1 >= len(segs) || !p.segs[segs[i+1]].comma {
			break
		}
	}
	// A noun's own genitive: دیدار پوتین, قرارداد روسیه و ترکیه; when
	// the noun takes an object, its genitive is that (قتل X, the
	// shooting of X).
	if m.Noun && genitiveActor[m.Entry.Type] && !slices.Contains(m.Entry.Recipient, "object") {
		if si := p.segAt(m.Last + 1); si >= 0 && p.segs[si].place == "" && p.segs[si].first == m.Last+1 {
			if its := p.items(p.segs[si].first, p.segs[si].last); len(its) > 0 {
				return its, false
			}
		}
	}
	// A dropped or shared subject: the subject of an earlier clause. A
	// noun takes it only when it opens its clause, as the subject of
	// what follows (مقام‌ها گفتند نشست با … نشانهٔ …).
	if m.Noun && !p.opensClause(m.First) {
		return nil, false
	}
	// After a semicolon a Persian clause with a bare noun phrase of its
	// own before the verb has its own subject, named or not (ایران و
	// آژانس گفتگو کردند؛ کشورهای اروپایی … تهدید کردند).
	if p.persian && p.afterSemicolon(c) {
		for _, si := range p.clauseSegs(c) {
			if sg := p.segs[si]; sg.first < m.First && sg.place == "" && !sg.object && sg.last > sg.first {
				return nil, false
			}
		}
	}
	var order []int
	if p.persian {
		// the clause this one hangs on first: a relative clause's head, a
		// complement's speaker; then the clauses of the sentence itself,
		// whose subject a coordinated verb shares (آتن اصرار می‌کند که …
		// و … اعتراض کرده است)
		for x := p.clauses[c].parent; x >= 0; x = p.clauses[x].parent {
			order = append(order, x)
		}
		for pc := c - 1; pc >= 0; pc-- {
			if p.clauses[pc].kind == kindRoot && !slices.Contains(order, pc) {
				order = append(order, pc)
			}
		}
	}
	for pc := c - 1; pc >= 0; pc-- {
		if !slices.Contains(order, pc) {
			order = append(order, pc)
		}
	}
	if !p.persian {
		// English: a relative clause's subject is the noun phrase before
		// who, which or that; a clause with no subject of its own (and
		// said, …, killing 300) shares the subject of the one before.
		cl := p.clauses[c]
		if relativeOpeners[cl.opener] {
			if si := p.segAt(cl.first - 1); si >= 0 && p.segs[si].place == "" {
				return p.items(p.segs[si].first, p.segs[si].last), true
			}
			return nil, false
		}
		// A subject of its own that names no one (any use of the
		// mechanism would meet …) is not the speaker's.
		for _, si := range p.clauseSegs(c) {
			if sg := p.segs[si]; sg.first < m.First && sg.place == "" && !sg.object && p.ownSubject(sg) {
				return nil, false
			}
		}
		for _, pc := range order {
			for _, si := range p.clauseSegs(pc) {
				sg := p.segs[si]
				if sg.place == "" && !sg.object {
					its := p.items(sg.first, sg.last)
					return its, len(its) > 0
				}
			}
		}
		return nil, false
	}
	for _, pc := range order {
		segs := p.clauseSegs(pc)
		for i, si := range segs {
			sg := p.segs[si]
			if sg.place != "" || sg.object {
				continue
			}
			if its := p.items(sg.first, sg.last); len(its) > 0 {
				return its, true
			}
			// a time set off by a comma (روز یکشنبه، جنگجویان …) is no
			// subject: the phrase after it is
			if i+1 < len(segs) && p.segs[segs[i+1]].comma {
				continue
			}
			break
		}
	}
	return nil, false
}

// relativeOpeners open an English relative clause.
var relativeOpeners = words("who", "which", "that", "whom", "whose")

// genitiveActor are the types whose event noun names its actor in its
// genitive (دیدار پوتین, قرارداد روسیه و ترکیه, حمله نیروهای X); the
// genitive of a request or an accusation is what is asked or alleged
// (خواهان عضویت).
var genitiveActor = map[string]bool{"CONSULT": true, "AGREE": true, "SUPPORT": true, "COOPERATE": true,
	"AID": true, "ASSAULT": true, "COERCE": true, "MOBILIZE": true, "PROTEST": true, "RETREAT": true}

// opensClause reports whether only markers and punctuation stand between
// the start of t's clause and t.
func (p *parse) opensClause(t int) bool {
	c := p.clauses[p.clauseOf[t]]
	for u := c.first; u < t; u++ {
		k := p.s.keys[u]
		if p.s.toks[u].kind == text.Word && !p.lang.boundaries[k] && !p.lang.conj[k] {
			return false
		}
	}
	return true
}

// pronounOnly reports whether a phrase is only a pronoun the recognizer
// did not resolve (it, they): the subject is then found further back.
func (p *parse) pronounOnly(sg seg) bool {
	for t := sg.first; t <= sg.last; t++ {
		switch p.s.keys[t] {
		case "it", "it's", "its", "they", "he", "she", "we":
		default:
			return false
		}
	}
	return true
}

// englishLightVerbs take an event noun as their object and give it their
// subject: "X held talks with Y", "X signed an agreement".
var englishLightVerbs = words("hold", "holds", "held", "holding", "have", "has", "had", "make", "makes", "made",
	"reach", "reaches", "reached", "sign", "signs", "signed", "conduct", "conducts", "conducted", "launch",
	"launches", "launched", "carry", "carried", "stage", "staged", "begin", "began", "start", "started",
	"open", "opened", "resume", "resumed", "pay", "paid", "give", "gave", "host", "hosted", "attend", "attended",
	"join", "joined", "announce", "announced", "strike", "struck")

// englishNounActor finds the actor of an English event noun: a name
// right before it (Putin's visit, the Russian-Turkish deal), its by
// phrase (an assault by Syrian forces), its of phrase when it takes no
// object (the visit of the president), or the subject of a light verb
// whose object it is (X held talks). A noun elsewhere in a clause does
// not take the clause's subject: X averted an assault.
func (p *parse) englishNounActor(m triggers.Match) ([]item, bool) {
	s := p.s
	// a name right before the noun, or before a modifier of it: Putin's
	// visit, the Russian-Turkish deal, Putin's three-day visit
	for t := m.First - 1; t >= 0 && t >= m.First-2; t-- {
		if mi := s.inMention[t]; mi >= 0 {
			mt := s.ments[mi]
			if its := p.items(mt.first, mt.last); len(its) > 0 {
				return its[:1], false
			}
			break
		}
		if !strings.Contains(s.keys[t], "-") && s.toks[t].kind != text.Number {
			break
		}
	}
	if its := p.placeItems(m, "by"); len(its) > 0 {
		return its, false
	}
	if !slices.Contains(m.Entry.Recipient, "object") {
		if si := p.segAt(m.Last + 1); si >= 0 && p.segs[si].place == "" && p.segs[si].first == m.Last+1 && s.keys[m.Last+1] == "of" {
			if its := p.items(p.segs[si].first, p.segs[si].last); len(its) > 0 {
				return its, false
			}
		}
	}
	if lv := p.lightVerbBefore(m); lv >= 0 {
		return p.subjectItems(triggers.Match{Entry: m.Entry, First: lv, Last: lv})
	}
	return nil, false
}

// lightVerbBefore returns the English light verb whose object the noun m
// is (held talks, gave Afghanistan aid), or -1.
func (p *parse) lightVerbBefore(m triggers.Match) int {
	s := p.s
	for t := m.First - 1; t >= 0 && t >= m.First-6; t-- {
		if englishLightVerbs[s.keys[t]] {
			return t
		}
		if isComma(s.keys[t]) || p.trigAt[t] >= 0 || p.lang.boundaries[s.keys[t]] {
			break
		}
	}
	return -1
}

// finiteIn reports whether tokens first..last hold an English finite
// verb: an auxiliary or a verbal trigger.
func (p *parse) finiteIn(first, last int) bool {
	for t := first; t <= last && t < len(p.s.keys); t++ {
		if p.s.inMention[t] >= 0 {
			continue
		}
		if p.lang.aux[p.s.keys[t]] && p.s.keys[t] != "to" && p.s.keys[t] != "'s" {
			return true
		}
		if mi := p.trigAt[t]; mi >= 0 && !p.matches[mi].Noun {
			return true
		}
	}
	return false
}

// namesAfter returns the names of the phrase right after phrase sg, in
// its clause, when that phrase is opened by one of places: officials in
// Uzbekistan, protesters from Kabul, counterparts from Pakistan, همتایان
// خود از پاکستان; or nil.
func (p *parse) namesAfter(sg, next seg, places ...string) []item {
	if next.first > sg.last+2 || next.clause != sg.clause || !slices.Contains(places, next.place) {
		return nil
	}
	return p.items(next.first, next.last)
}

// agentPlace is namesAfter for a subject that names no one: the place in
// or from which its people act.
func (p *parse) agentPlace(subj, next seg) []item { return p.namesAfter(subj, next, "in", "from") }

// ownSubject reports whether an English bare phrase is a subject of its
// own: a noun phrase of two words or more, not a pronoun, not a
// conjunction, an auxiliary or an adverb alone.
func (p *parse) ownSubject(sg seg) bool {
	if p.pronounOnly(sg) {
		return false
	}
	words := 0
	for t := sg.first; t <= sg.last; t++ {
		k := p.s.keys[t]
		if p.lang.conj[k] || p.lang.aux[k] || strings.HasSuffix(k, "ly") || p.s.toks[t].kind != text.Word {
			continue
		}
		words++
	}
	return words >= 2
}

// afterSemicolon reports whether clause c begins with or right after a
// semicolon.
func (p *parse) afterSemicolon(c int) bool {
	semi := func(k string) bool { return k == "؛" || k == ";" }
	f := p.clauses[c].first
	return f > 0 && semi(p.s.keys[f-1]) || f < len(p.s.keys) && semi(p.s.keys[f])
}

// onlyAgents reports whether every item is an agent's common noun.
func onlyAgents(its []item) bool {
	for _, it := range its {
		for _, m := range it.ments {
			if !m.ent.IsAgent() {
				return false
			}
		}
	}
	return true
}
