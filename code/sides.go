package code

import (
	"slices"

	"khabar/code/triggers"
)

// symmetric are the types whose parties act together: a plural subject
// with no other party is both sides ("Kazakhstan and the US agreed").
var symmetric = map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "COOPERATE": true}

// completeSides fills a missing side by the rules that do not depend on
// the trigger's places.
func (v *view) completeSides(p *parse, k *cand) {
	// Kazakhstan and the US agreed: one acts, the other receives.
	// India and Pakistan accused each other: the same.
	if len(k.recip.parties) == 0 && (symmetric[k.typ] || p.reciprocal(k.m)) && len(distinctCodes(k.actor.parties)) >= 2 {
		first := k.actor.parties[0].Code
		var a, r []Party
		for _, pt := range k.actor.parties {
			if pt.Code == first {
				a = append(a, pt)
			} else {
				r = append(r, pt)
			}
		}
		k.recip = side{parties: r, how: k.actor.how, place: k.actor.place}
		k.actor.parties = a
	}
	// A meeting or visit with no one named meets its host, an attack with
	// no target named strikes: the country it takes place in (در
	// تاجیکستان, in Uzbekistan, targets in Gaza).
	if len(k.recip.parties) == 0 && (k.typ == "CONSULT" || k.typ == "ASSAULT" || k.typ == "AID") {
		if pts := v.hostPlace(p, k); len(pts) > 0 {
			k.recip = side{parties: pts, how: foundNearby, place: "in"}
		}
	}
	// Aid with no one named, given or pledged, goes to the people of the
	// place it is sent to, else of the country the article is about
	// (survivors of the earthquake in Baghlan; Qatar pledges $25 million
	// in aid).
	if len(k.recip.parties) == 0 && (k.typ == "AID" || k.typ == "AGREE" && p.fundsNear(k.m)) && len(k.actor.parties) > 0 {
		home := p.sentencePlace()
		if home == "" {
			home = v.home
		}
		if home != "" && !slices.Contains(distinctCodes(k.actor.parties), home) {
			k.recip = side{parties: []Party{{Code: home}}, how: foundDefault}
		}
	}
	// A verbal act with no addressee: the first other party of the
	// clause it governs (warned that no loans would follow for Belarus;
	// vowed to never use force against civilians). The actor's own state
	// named there is not one (asking for help to repair the roads).
	// What a request asks about is no addressee, nor is anything after a
	// verb whose object (را) is already named, if not as an actor.
	if len(k.recip.parties) == 0 && governorTypes[k.typ] && k.typ != "REQUEST" && !p.markedObject(k.m) && p.governsClause(k.m.Last) {
		end := p.complement(k.m.Last)
		its := withoutItems(p.items(k.m.Last+1, end), k.actor.items)
		own := distinctCodes(k.actor.parties)
		for _, pt := range v.parties(p, its, false) {
			if pt.Sector == "GOV" && slices.Contains(own, pt.Code) && p.isState(pt) {
				continue
			}
			k.recip = side{parties: []Party{pt}, how: foundNearby, place: "complement"}
			break
		}
	}
	// A threat is aimed at whoever its condition is about: would trigger
	// the snapback if Iran did not resume cooperation.
	if len(k.recip.parties) == 0 && k.typ == "THREATEN" {
		if its := p.conditionItems(k.m); len(its) > 0 {
			own := distinctCodes(k.actor.parties)
			for _, pt := range v.parties(p, withoutItems(its, k.actor.items), false) {
				if !slices.Contains(own, pt.Code) {
					k.recip = side{parties: []Party{pt}, how: foundNearby, place: "condition"}
					break
				}
			}
		}
	}
	v.domesticSides(p, k)
}

// conditionItems returns the names of the first conditional clause after
// m in its sentence (if, unless, اگر), or nil.
func (p *parse) conditionItems(m triggers.Match) []item {
	for ci := p.clauseOf[m.Last] + 1; ci < len(p.clauses); ci++ {
		cl := p.clauses[ci]
		if p.lang.conditional[cl.opener] {
			return p.items(cl.first, cl.last)
		}
	}
	return nil
}

// domesticTarget are the types whose unnamed target in the article's
// home country is coded as that country: critics accused, a suspect
// arrested, civilians fired on, law enforcement thanked, the vote
// disregarded. The actor of an
// arrest or a protest named by no one is the home country too.
var domesticTarget = map[string]bool{"ACCUSE": true, "COERCE": true, "ASSAULT": true, "PROTEST": true, "SUPPORT": true,
	"CONCEDE": true, "REJECT": true}

// domesticSides fills a missing side with the article's home country
// where the type and the text call for it.
func (v *view) domesticSides(p *parse, k *cand) {
	// "home" here is where the sentence takes place (a rally … in
	// Bishkek), else the article's home country.
	home := v.home
	if pl := p.sentencePlace(); pl != "" {
		home = pl
	}
	if home == "" {
		return
	}
	if len(k.actor.parties) == 0 && (k.typ == "COERCE" || k.typ == "PROTEST") {
		k.actor = side{parties: []Party{{Code: home, Sector: "GOV"}}, how: foundDefault}
	}
	if len(k.recip.parties) > 0 || len(k.actor.parties) == 0 || !domesticTarget[k.typ] {
		return
	}
	if a := k.actor.parties[0].Code; a != home && a != v.home || k.typ == "ASSAULT" && k.m.Noun {
		return
	}
	home = k.actor.parties[0].Code
	places := k.m.Entry.Recipient
	if k.m.Passive {
		places = append([]string{"subject"}, places...)
	}
	named := k.typ == "PROTEST" || k.typ == "COERCE" && k.m.Noun
	for _, pl := range places {
		if p.phraseAt(k.m, pl) {
			named = true
		}
	}
	if named && !p.foreignWord(k.m) {
		k.recip = side{parties: []Party{{Code: home}}, how: foundDefault}
	}
}

// hostPlace returns the states of the place phrases (در, in) of k's
// clause that are not the actor's own; else the actor's own, when the
// place is in its country.
func (v *view) hostPlace(p *parse, k *cand) []Party {
	own := distinctCodes(k.actor.parties)
	order := p.clauseSegs(p.clauseOf[k.m.First])
	var home []Party
	for _, si := range order {
		sg := p.segs[si]
		if sg.place != "در" && sg.place != "in" || sg.afterTrigger {
			continue
		}
		its := p.items(sg.first, sg.last)
		if len(its) == 0 && si+1 < len(p.segs) && p.segs[si+1].comma && p.segs[si+1].place == "" {
			// in Birmingham, Britain: the country after the town
			nx := p.segs[si+1]
			its = p.items(nx.first, min(nx.last, nx.first+2))
		}
		var out []Party
		for _, pt := range v.parties(p, its, false) {
			if !slices.Contains(own, pt.Code) {
				out = append(out, pt)
			} else if home == nil {
				home = []Party{pt}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	// A meeting in the actor's own country is a domestic one.
	return home
}

// distinctCodes returns the codes of parties, each once, in order.
func distinctCodes(pts []Party) []string {
	var out []string
	for _, pt := range pts {
		if !slices.Contains(out, pt.Code) {
			out = append(out, pt.Code)
		}
	}
	return out
}

// governsClause reports whether a clause follows the trigger ending at
// last: a complementizer, a colon or a quotation, or an infinitive.
func (p *parse) governsClause(last int) bool {
	for t := last + 1; t < len(p.s.keys) && t <= last+2; t++ {
		k := p.s.keys[t]
		switch {
		case isComma(k):
			continue
		case complementizers[k], k == ":", p.persian && quoteMarks[k]:
			return true
		case k == "to" && p.infinitive(t):
			return true
		}
		return false
	}
	return false
}

var complementizers = words("که", "تا", "that")

// isState reports whether a party stands for a state as such: a country
// named, or referred to (the country), not its people or agents.
func (p *parse) isState(pt Party) bool {
	for _, m := range p.s.ments {
		if m.ent.ID == pt.Entity {
			return m.ent.Type == "LOC" && !m.ent.IsAgent()
		}
	}
	return false
}

// foreignWords say that an unnamed party is not at home: some western
// countries, بعضی از کشورهای خارجی, the international community.
var foreignWords = words("کشورهای", "کشورها", "خارجی", "غربی", "بین‌المللی", "بینالمللی", "جهانی",
	"countries", "foreign", "western", "international", "world", "abroad")

// foreignWord reports whether m's clause, or the clause it continues,
// holds a foreign word.
func (p *parse) foreignWord(m triggers.Match) bool {
	for c := p.clauseOf[m.First]; c >= 0; c = p.clauses[c].parent {
		cl := p.clauses[c]
		for t := cl.first; t <= cl.last; t++ {
			if foreignWords[p.s.keys[t]] && !p.besidePlace(t) {
				return true
			}
		}
		if cl.kind != kindCont {
			break
		}
	}
	return false
}

// sentencePlace returns the state of the first place phrase (در, in) of
// the sentence that names one, or "".
func (p *parse) sentencePlace() string {
	for _, sg := range p.segs {
		if sg.place != "در" && sg.place != "in" {
			continue
		}
		for _, m := range p.s.ments {
			if m.first >= sg.first && m.first <= sg.last && m.ent.Type == "LOC" && m.ent.Country != "" {
				return m.ent.Country
			}
		}
	}
	return ""
}

// reciprocalWords say the actors act on each other.
var reciprocalWords = words("یکدیگر", "همدیگر", "هم‌دیگر", "each", "one")

// reciprocal reports whether m's clause names its object as each other
// (یکدیگر را, each other, one another).
func (p *parse) reciprocal(m triggers.Match) bool {
	cl := p.clauses[p.clauseOf[m.First]]
	for t := cl.first; t <= cl.last && t < len(p.s.keys); t++ {
		k := p.s.keys[t]
		if !reciprocalWords[k] {
			continue
		}
		if p.persian {
			return true
		}
		if t+1 < len(p.s.keys) && (k == "each" && p.s.keys[t+1] == "other" || k == "one" && p.s.keys[t+1] == "another") {
			return true
		}
	}
	return false
}

// besidePlace reports whether token t stands right beside the name of a
// place: western Kazakhstan, قزاقستان غربی, a direction, not abroad.
func (p *parse) besidePlace(t int) bool {
	for _, u := range []int{t - 1, t + 1} {
		if u >= 0 && u < len(p.s.keys) {
			if mi := p.s.inMention[u]; mi >= 0 && p.s.ments[mi].ent.Type == "LOC" {
				return true
			}
		}
	}
	return false
}
