package code

import (
	"slices"

	"khabar/code/triggers"
	"khabar/text"
)

// how says where an argument was found.
type how uint8

const (
	foundNone    how = iota
	foundText        // in the trigger's own clause, at the entry's place
	foundNearby      // in another clause of the sentence (a dropped subject, a complement)
	foundDefault     // not in the text: the article's home country
)

// side is the parties of one side of an event and where they were found.
type side struct {
	parties []Party
	items   []item
	how     how
	place   string // the place that gave them: subject, object, با, with, …
}

// canonicalPlace folds the synonyms of the lexicon's places.
func canonicalPlace(p string) string {
	switch p {
	case "بین":
		return "میان"
	case "among":
		return "between"
	case "at":
		return "in"
	}
	return p
}

// segAt returns the phrase holding token t, or -1.
func (p *parse) segAt(t int) int {
	if t < 0 || t >= len(p.segOf) {
		return -1
	}
	return p.segOf[t]
}

// objectItems finds the object of m: Persian, the phrase marked by را
// before the verb, else a bare phrase after the subject; English, the bare
// phrase right after the verb.
func (p *parse) objectItems(m triggers.Match) []item {
	c := p.clauseOf[m.First]
	segs := p.clauseSegs(c)
	if p.persian && !m.Noun {
		var bare []item
		seenSubject := false
		for _, si := range segs {
			sg := p.segs[si]
			if sg.first >= m.First {
				break
			}
			if sg.object {
				if its := p.items(sg.first, sg.last); len(its) > 0 {
					return its
				}
			}
		}
		if p.markedObject(m) {
			return nil // the object را marks names no actor ("some countries")
		}
		apposition := false
		for _, si := range segs {
			sg := p.segs[si]
			if sg.first >= m.First || sg.place != "" {
				apposition = false
				continue
			}
			its := p.items(sg.first, sg.last)
			if !seenSubject {
				seenSubject, apposition = true, true
				continue // the first bare phrase is the subject
			}
			if apposition && sg.comma {
				continue // the subject's apposition: X، سخنگوی Y، …
			}
			apposition = false
			if len(its) > 0 && bare == nil {
				bare = its
			}
		}
		return bare
	}
	next := m.Last + 1
	for next < len(p.s.keys) && quoteMarks[p.s.keys[next]] {
		next++
	}
	for _, si := range segs {
		sg := p.segs[si]
		if sg.first <= m.Last {
			continue
		}
		if sg.place == "" && sg.first == next {
			if objectPronouns[p.s.keys[sg.first]] {
				// imposed sanctions on X, accusing it of …: "it" is X,
				// not a name later in the phrase
				return p.earlierObject(m)
			}
			its := p.items(sg.first, sg.last)
			if len(its) == 0 && si+1 < len(p.segs) {
				its = p.namesAfter(sg, p.segs[si+1], "from") // promised his counterparts from X and Y
			}
			return its
		}
		break
	}
	return nil
}

// objectPronouns are English object pronouns.
var objectPronouns = words("it", "them", "him", "her")

// earlierObject returns the names of the nearest phrase before m in its
// sentence that is not its first (the subject): what an object pronoun
// refers to.
func (p *parse) earlierObject(m triggers.Match) []item {
	for si := len(p.segs) - 1; si > 0; si-- {
		sg := p.segs[si]
		if sg.first >= m.First {
			continue
		}
		if its := p.items(sg.first, sg.last); len(its) > 0 {
			return its
		}
	}
	return nil
}

// markedObject reports whether a Persian verb has an object marked by را
// before it in its clause, whether or not that object names an actor.
func (p *parse) markedObject(m triggers.Match) bool {
	if !p.persian || m.Noun {
		return false
	}
	for _, si := range p.clauseSegs(p.clauseOf[m.First]) {
		sg := p.segs[si]
		if sg.first >= m.First {
			break
		}
		if sg.object {
			return true
		}
	}
	// را after a nominal trigger (این حمله را محکوم کرد) ends no phrase
	// of its own.
	cl := p.clauses[p.clauseOf[m.First]]
	for t := cl.first; t < m.First; t++ {
		if t > 0 && p.s.keys[t] == p.lang.object && p.trigAt[t-1] >= 0 {
			return true
		}
	}
	return false
}

// placeItems finds the phrases of m's clause opened by a preposition of
// the given place: for a Persian verb those before it, nearest first; for
// a noun or an English verb those after it first.
func (p *parse) placeItems(m triggers.Match, place string) []item {
	place = canonicalPlace(place)
	c := p.clauseOf[m.First]
	segs := p.clauseSegs(c)
	var before, after []int
	for _, si := range segs {
		sg := p.segs[si]
		if canonicalPlace(sg.place) != place {
			continue
		}
		if sg.first > m.Last {
			after = append(after, si)
		} else {
			before = append([]int{si}, before...)
		}
	}
	order := append(after, before...)
	switch {
	case m.Noun:
		order = after // a noun's phrases follow it: talks with X, دیدار با X
	case p.persian:
		order = append(before, after...)
	}
	for _, si := range order {
		sg := p.segs[si]
		if its := p.items(sg.first, sg.last); len(its) > 0 {
			return its
		}
		// to his counterparts from Pakistan and Tajikistan, به همتایان
		// خود از پاکستان: the names of the phrase right after
		if si+1 < len(p.segs) {
			if its := p.namesAfter(sg, p.segs[si+1], "از", "from"); len(its) > 0 {
				return its
			}
		}
	}
	return nil
}

// find returns the items at the first of places that has any.
func (p *parse) find(m triggers.Match, places []string) ([]item, string, bool) {
	for _, pl := range places {
		var its []item
		nearby := false
		switch pl {
		case "subject":
			its, nearby = p.subjectItems(m)
		case "object":
			its = p.objectItems(m)
		default:
			its = p.placeItems(m, pl)
		}
		if len(its) > 0 {
			return its, pl, nearby
		}
	}
	return nil, "", false
}

// arguments finds the actor and recipient of m by its entry's places. In
// a passive the grammatical subject is the one acted on, and the actor is
// the agent phrase (توسط, از سوی, by).
func (v *view) arguments(p *parse, m triggers.Match) (actor, recip side) {
	actorPlaces, recipPlaces := m.Entry.Actor, m.Entry.Recipient
	if m.Passive {
		actorPlaces = append([]string{"by"}, without(m.Entry.Actor, "subject")...)
		var rp []string
		for _, pl := range m.Entry.Recipient {
			if pl == "object" {
				pl = "subject"
			}
			rp = append(rp, pl)
		}
		recipPlaces = rp
	}
	if its, pl, nearby := p.find(m, actorPlaces); len(its) > 0 {
		actor = side{items: its, place: pl, how: foundText}
		if nearby {
			actor.how = foundNearby
		}
	}
	if its, pl, nearby := p.find(m, recipPlaces); len(its) > 0 {
		recip = side{items: its, place: pl, how: foundText}
		if nearby {
			recip.how = foundNearby
		}
		recip.items = withoutItems(recip.items, actor.items)
		if len(recip.items) == 0 {
			recip = side{}
		}
	}
	// میان X و Y, between X and Y names both sides, whoever else the
	// clause names (negotiations between the UK and the EU).
	for _, sd := range []side{recip, actor} {
		if isBetween(sd.place) && len(sd.items) >= 2 {
			actor = side{items: sd.items[:1], place: sd.place, how: sd.how}
			recip = side{items: sd.items[1:], place: sd.place, how: sd.how}
			break
		}
	}
	// gave Afghanistan $10 million in aid: the light verb's object
	if len(recip.items) == 0 && m.Noun && !p.persian {
		if lv := p.lightVerbBefore(m); lv >= 0 {
			fake := triggers.Match{Entry: m.Entry, First: lv, Last: lv}
			if its := withoutItems(p.objectItems(fake), actor.items); len(its) > 0 {
				recip = side{items: its, place: "object", how: foundText}
			}
		}
	}
	actor.parties = v.parties(p, actor.items, true)
	// the two countries, هر دو طرف: no name, the last two states named
	if (len(actor.parties) == 0 || !p.persian || actor.how == foundNearby) && slices.Contains(actorPlaces, "subject") {
		if pts := v.dualSubject(p, m); len(pts) == 2 {
			actor = side{parties: pts, place: "subject", how: foundNearby}
		}
	}
	recip.parties = v.parties(p, recip.items, false)
	if len(actor.parties) == 0 {
		actor.how = foundNone
	}
	if len(recip.parties) == 0 {
		recip.how = foundNone
	}
	return actor, recip
}

func isBetween(place string) bool {
	switch place {
	case "میان", "بین", "between", "among":
		return true
	}
	return false
}

func without(list []string, drop string) []string {
	var out []string
	for _, s := range list {
		if s != drop {
			out = append(out, s)
		}
	}
	return out
}

// withoutItems drops from its the items whose head is a head of other.
func withoutItems(its, other []item) []item {
	var out []item
	for _, it := range its {
		dup := false
		for _, o := range other {
			if o.ments[0].ent == it.ments[0].ent {
				dup = true
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}

// phraseAt reports whether m's clause has a phrase at place, with or
// without a name in it: "police arrested a suspect" has an object.
func (p *parse) phraseAt(m triggers.Match, place string) bool {
	place = canonicalPlace(place)
	c := p.clauseOf[m.First]
	for _, si := range p.clauseSegs(c) {
		sg := p.segs[si]
		switch place {
		case "subject":
			if sg.place == "" && !sg.object && sg.first < m.First {
				return true
			}
		case "object":
			if p.persian && !m.Noun {
				if sg.first < m.First && (sg.object || sg.place == "" && sg.first > p.clauses[c].first) || p.markedObject(m) {
					return true
				}
			} else if sg.place == "" && sg.first > m.Last && sg.first <= m.Last+3 {
				return true
			}
			if !p.persian && !m.Noun {
				// detained 14 protesters: the object is a nominal trigger
				for u := m.Last + 1; u < len(p.trigAt) && u <= m.Last+4; u++ {
					if mi := p.trigAt[u]; mi >= 0 && p.matches[mi].Noun {
						return true
					}
					if p.segOf[u] < 0 && p.s.toks[u].kind != text.Number {
						break
					}
				}
			}
		default:
			if canonicalPlace(sg.place) == place {
				return true
			}
		}
	}
	return false
}
