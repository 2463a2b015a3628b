package code

import (
	"strings"

	"khabar/code/triggers"
	"khabar/recognize"
	"khabar/text"
)

// partyable reports whether a mention can stand for an actor: a state, a
// person, a group or an agent; not a named event, and not a region with
// no state.
func partyable(e *recognize.Entity) bool {
	switch {
	case e.Type == "EVT":
		return false
	case e.IsAgent():
		return true
	case e.Type == "LOC":
		return e.Country != ""
	}
	return true
}

// item is one member of a list of actors: a head mention and the names
// that modify it (مقام‌های قزاقستان, Kazakh officials, Putin, president
// of Russia).
type item struct {
	ments []mention
}

// sponsorSuffixes mark an adjective that names a sponsor, not the actor
// itself (Russian-backed forces).
var sponsorSuffixes = []string{"-backed", "-led", "-linked", "-sponsored", "-allied", "-funded", "-aligned", "-affiliated"}

// items groups the mentions of tokens first..last into list items: two
// names joined only by other words are one item (the second modifies the
// first); a comma or a conjunction between them starts a new item.
func (p *parse) items(first, last int) []item {
	s := p.s
	var out []item
	prevLast := -1
	for _, m := range s.ments {
		if m.first < first || m.first > last || !partyable(m.ent) || p.sponsor(m) {
			continue
		}
		sameWord := len(out) > 0 && prevLast == m.last && prevLast == m.first // روسیه-ترکیه
		if len(out) == 0 || sameWord || p.separated(prevLast+1, m.first-1) || newActor(out[len(out)-1], m) {
			out = append(out, item{})
		}
		out[len(out)-1].ments = append(out[len(out)-1].ments, m)
		prevLast = m.last
	}
	return out
}

// newActor reports whether mention m begins a new actor rather than
// modifying the item before it: a state's name takes no modifier of
// another state (ایران پیشنهاد امریکا را, چین تایوان را).
func newActor(it item, m mention) bool {
	h := it.ments[0].ent
	// a pronoun or "this country" may stand beside the name it stands
	// for; "this committee" (an organisation referred back to) ends its
	// phrase
	if h.IsAgent() || h.Adjective || h.Country == "" || h.Source == "coref" && h.Type != "ORG" {
		return false
	}
	return m.ent.Country != "" && m.ent.Country != h.Country && !m.ent.IsAgent()
}

// sponsor reports whether the mention's word goes on with a sponsor
// suffix.
func (p *parse) sponsor(m mention) bool {
	k := p.s.keys[m.last]
	for _, suf := range sponsorSuffixes {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// separated reports whether tokens first..last hold a list separator,
// or a number, which begins a noun phrase of its own (پولیس پاکستان سه
// تبعه افغانستان را).
func (p *parse) separated(first, last int) bool {
	for t := first; t <= last; t++ {
		k := p.s.keys[t]
		if isComma(k) || p.lang.conj[k] || p.s.toks[t].kind == text.Number || numberWords[k] {
			return true
		}
	}
	return false
}

// numberWords are the number words that begin a noun phrase.
var numberWords = words("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "صد", "هزار", "چند", "دهها", "صدها",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "dozens", "several")

// party resolves an item to the party it stands for. A named actor with a
// state gives that state (Boeing → USA); an agent or a person without one
// takes the state of a name that modifies it (مقام‌های قزاقستان → KAZ),
// then of its apposition, then the state the recognizer placed it in,
// then the article's home country. ok is false when nothing gives a code.
func (v *view) party(p *parse, it item, actor bool) (Party, bool) {
	head := it.ments[0].ent
	giver := (*recognize.Entity)(nil)
	if head.Country != "" && !head.IsAgent() {
		giver = head
	}
	if giver == nil {
		for _, m := range it.ments[1:] {
			if m.ent.Country != "" && !m.ent.IsAgent() {
				giver = m.ent
				break
			}
		}
	}
	if giver == nil {
		giver = p.appositionState(it)
	}
	code := ""
	switch {
	case giver != nil:
		code = giver.Country
	case head.Country != "":
		code, giver = head.Country, head
	default:
		// protesters in Tehran: the place of the clause, else the
		// article's home country, for those who act there: people and
		// agents, and organisations when they act. Organisations
		// acted on, and agents that are international by nature (rights
		// groups, the media), may be from anywhere.
		if pl := p.placeState(it); pl != nil {
			code, giver = pl.Country, pl
		} else if !unplaced[head.Sector] && (head.Type != "ORG" || head.IsAgent() || actor) {
			code = v.home
		}
	}
	if code == "" {
		return Party{}, false
	}
	pt := Party{Code: code, Entity: head.ID, Sector: head.Sector, Name: head.Canonical}
	if giver != nil && giver != head && (head.IsAgent() || head.Type == "LOC") {
		pt.Name = giver.Canonical + " " + head.Canonical
	}
	if pt.Sector == "" && giver != nil {
		pt.Sector = giver.Sector
	}
	if pt.Sector == "" && (head.Type == "LOC" || head.Adjective) {
		pt.Sector = "GOV" // a state named as an actor is its government
	}
	return pt, true
}

// appositionState returns a mention with a state in the phrase that
// stands in apposition right after the item (سارا احمدی، رئیس اجرایی
// شرکت «آریانا معدن»، …), or nil.
func (p *parse) appositionState(it item) *recognize.Entity {
	last := it.ments[len(it.ments)-1].last
	si := -1
	for i, sg := range p.segs {
		if sg.first > last {
			si = i
			break
		}
	}
	if si < 0 {
		return nil
	}
	sg := p.segs[si]
	if !sg.comma || sg.place != "" || sg.first > last+3 {
		return nil
	}
	for _, m := range p.s.ments {
		if m.first >= sg.first && m.first <= sg.last && m.ent.Country != "" && !m.ent.IsAgent() && partyable(m.ent) {
			return m.ent
		}
	}
	return nil
}

// unplaced are the sectors of agents that the article's home country
// does not place: rights groups, the media, international bodies.
var unplaced = map[string]bool{"NGO": true, "MED": true, "IGO": true}

// parties resolves items, dropping those with no code and repeats of a
// code (Syria and Damascus are one party). actor says the items act.
func (v *view) parties(p *parse, its []item, actor bool) []Party {
	var out []Party
	add := func(pt Party) {
		for _, o := range out {
			if o.Code == pt.Code {
				return
			}
		}
		out = append(out, pt)
	}
	for _, it := range its {
		if pair := v.dual(p, it); pair != nil {
			for _, pt := range pair {
				add(pt)
			}
			continue
		}
		if pt, ok := v.party(p, it, actor); ok {
			add(pt)
		}
	}
	return out
}

// dualWords say that a common noun names two parties: هر دو حکومت, the
// two governments, both countries.
var dualWords = words("دو", "هردو", "two", "both")

// dual resolves "the two governments", "هر دو کشور" to the last two
// states named before the sentence, or returns nil.
func (v *view) dual(p *parse, it item) []Party {
	head := it.ments[0]
	if !head.ent.IsAgent() || len(it.ments) > 1 {
		return nil
	}
	found := false
	for t := head.first - 1; t >= 0 && t >= head.first-2; t-- {
		if dualWords[p.s.keys[t]] {
			found = true
		}
	}
	if !found {
		return nil
	}
	return v.lastTwoStates(p, head.ent.Sector)
}

// personHeads are the dual heads that name people: the two presidents
// are the last two people of two states named, not the last two states.
var personHeads = words("رهبر", "رئیس‌جمهور", "رییس‌جمهور", "وزیر", "leaders", "presidents", "ministers", "premiers")

// lastTwoPeople returns the states of the last two people of different
// states named before the sentence, else the last two states.
func (v *view) lastTwoPeople(p *parse) []Party {
	var out []Party
	for i := len(v.in.Entities) - 1; i >= 0 && len(out) < 2; i-- {
		e := &v.in.Entities[i]
		if e.Sentence >= p.s.index || e.Country == "" || e.Type != "PER" || e.Sentence < p.s.index-2 {
			continue
		}
		if len(out) == 1 && out[0].Code == e.Country {
			continue
		}
		out = append(out, Party{Code: e.Country, Name: e.Canonical, Sector: "GOV", Entity: e.ID})
	}
	if len(out) < 2 {
		return v.lastTwoStates(p, "GOV")
	}
	return []Party{out[1], out[0]}
}

// lastTwoStates returns the last two states named before the sentence,
// in the order they were named, or nil.
func (v *view) lastTwoStates(p *parse, sector string) []Party {
	var out []Party
	for i := len(v.in.Entities) - 1; i >= 0 && len(out) < 2; i-- {
		e := &v.in.Entities[i]
		if e.Sentence >= p.s.index || e.Country == "" || e.IsAgent() || e.Sector == "IGO" || e.Type != "LOC" {
			continue
		}
		if len(out) == 1 && out[0].Code == e.Country {
			continue
		}
		out = append(out, Party{Code: e.Country, Name: e.Canonical, Sector: sector, Entity: e.ID})
	}
	if len(out) < 2 {
		return nil
	}
	return []Party{out[1], out[0]}
}

// bothSides are words that name two sides by themselves: طرفین.
var bothSides = words("طرفین", "جانبین", "sides")

// dualHeads are the nouns that, after a word for two, name two states
// with no name given: دو کشور, هر دو طرف, the two countries.
var dualHeads = words("کشور", "طرف", "دولت", "حکومت", "رهبر", "کشورها", "طرفین", "رئیس‌جمهور", "رییس‌جمهور", "وزیر",
	"هیئت", "countries", "sides", "nations", "leaders", "governments", "states", "neighbours", "neighbors",
	"presidents", "ministers", "delegations", "premiers")

// dualSubject resolves a subject like "دو کشور" or "the two countries"
// that names no one, to the last two states named before the sentence.
func (v *view) dualSubject(p *parse, m triggers.Match) []Party {
	c := p.clauseOf[m.First]
	segs := p.clauseSegs(c)
	if !p.persian {
		// English: the phrase right before the verb (…, and both sides
		// agreed)
		var near []int
		for _, si := range segs {
			sg := p.segs[si]
			if sg.first >= m.First || sg.place != "" {
				continue
			}
			// … and agreed: the verb after "and" shares the first
			// phrase's subject
			if sg.first == sg.last && p.lang.conj[p.s.keys[sg.first]] && len(near) > 0 {
				continue
			}
			near = []int{si}
		}
		if len(near) == 1 && p.segs[near[0]].first == p.segs[near[0]].last && p.lang.conj[p.s.keys[p.segs[near[0]].first]] {
			near = nil
		}
		segs = near
	}
	for _, si := range segs {
		sg := p.segs[si]
		if sg.first >= m.First {
			break
		}
		if sg.place != "" || sg.object {
			continue
		}
		first := sg.first
		if p.lang.conj[p.s.keys[first]] {
			first++
		}
		dual := false
		for t := first; t <= sg.last && t <= first+5; t++ {
			k := p.s.keys[t]
			if bothSides[k] {
				return v.lastTwoStates(p, "GOV")
			}
			if dualWords[k] {
				dual = true
			} else if dual && dualHeads[k] {
				if personHeads[k] {
					return v.lastTwoPeople(p)
				}
				return v.lastTwoStates(p, "GOV")
			}
		}
		return nil
	}
	return nil
}

// placeState returns the state of a place phrase (در, in) in the item's
// clause, or nil.
func (p *parse) placeState(it item) *recognize.Entity {
	c := p.clauseOf[it.ments[0].first]
	for _, si := range p.clauseSegs(c) {
		sg := p.segs[si]
		if sg.place != "در" && sg.place != "in" {
			continue
		}
		for _, m := range p.s.ments {
			if m.first >= sg.first && m.first <= sg.last && m.ent.Type == "LOC" && m.ent.Country != "" {
				return m.ent
			}
		}
	}
	return nil
}
