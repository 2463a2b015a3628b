package code

import (
	"strings"

	"khabar/code/triggers"
	"khabar/text"
)

// seg is one phrase of a clause: a bare noun phrase (subject or object)
// or the object of a preposition, which says the argument place it fills.
type seg struct {
	place       string // "" for a bare noun phrase; else با, به, with, to, …, "by", "other"
	first, last int    // content tokens, inclusive
	clause      int
	object      bool // a Persian phrase ended by را
	comma       bool // begins right after a comma that ends no list
	// afterTrigger: the phrase goes on after a nominal trigger that sits
	// in it (در نشست واشنگتن); its names belong to the trigger.
	afterTrigger bool
}

// clause is a stretch of a sentence between clause boundaries.
type clause struct {
	first, last int    // tokens, inclusive
	opener      string // the folded word that opened it (که, that, …), or ""
	// Persian clauses nest: kind says how this one hangs on parent.
	kind   clauseKind
	parent int // -1 for a clause of the sentence itself
}

// clauseKind says how a Persian clause relates to the clause it hangs on.
type clauseKind uint8

const (
	kindRoot       clauseKind = iota // a clause of the sentence
	kindComplement                   // opened by که or تا right after a verb: what the verb says
	kindRelative                     // opened by که or تا after a noun: a relative or adverbial clause inside its parent
	kindCont                         // the rest of its parent after an embedded clause (X، که …، Y کرد)
)

// Why a new clause begins.
const (
	byVerb = iota
	byMarker
	byPunct
	byComma
)

// parse is one sentence split into clauses and phrases, with its
// triggers.
type parse struct {
	s        *sentence
	lang     *language
	persian  bool
	matches  []triggers.Match
	trigAt   []int // per token: index into matches of the trigger covering it, or -1
	clauses  []clause
	clauseOf []int
	segs     []seg
	segOf    []int // per token: index into segs, or -1 for prepositions, markers and triggers
	condFrom int   // the first token under a conditional, or len(toks)
	question bool
}

// persianAux are the auxiliaries that may follow a verb as a word of
// their own (شده است, کرده اند).
var persianAux = words("است", "اند", "ام", "ای", "ایم", "اید", "بود", "بودند", "باشد", "باشند")

// quote marks that may stand around a name or a clause.
var quoteMarks = map[string]bool{"«": true, "»": true, "\"": true, "“": true, "”": true, "'": true, "‘": true, "’": true}

// gluedObject are pronouns written with را in one word.
var gluedObject = func() map[string]string {
	out := map[string]string{}
	for k := range words("آنرا", "اینرا", "آنهارا", "اینهارا", "خودرا", "مرا", "ترا", "وی‌را", "اورا") {
		out[k] = k
	}
	return out
}()

func isComma(k string) bool { return k == "،" || k == "," }

// newParse splits s into clauses and phrases around its triggers.
func newParse(s *sentence, lang *language, persian bool, matches []triggers.Match) *parse {
	n := len(s.toks)
	p := &parse{s: s, lang: lang, persian: persian, matches: matches,
		trigAt: make([]int, n), clauseOf: make([]int, n), segOf: make([]int, n), condFrom: n}
	for i := range p.trigAt {
		p.trigAt[i], p.segOf[i] = -1, -1
	}
	for mi, m := range matches {
		for t := m.First; t <= m.Last && t < n; t++ {
			p.trigAt[t] = mi
		}
	}
	if n > 0 {
		last := s.keys[n-1]
		p.question = last == "?" || last == "؟" || s.keys[0] == "آیا"
	}
	transparent := p.quotePairs()

	cur := seg{first: 0, last: -1}
	open := func(place string, at int, comma bool) {
		cur = seg{place: place, first: at, last: at - 1, clause: len(p.clauses) - 1, comma: comma}
	}
	closeSeg := func() {
		if cur.last >= cur.first {
			cur.clause = len(p.clauses) - 1
			p.segs = append(p.segs, cur)
			for t := cur.first; t <= cur.last; t++ {
				if p.segOf[t] == -2 {
					p.segOf[t] = len(p.segs) - 1
				}
			}
		}
	}
	afterVerb := -1 // the clause a verb just ended, while the next has no content
	newClause := func(at int, opener string, why int) {
		closeSeg()
		if nc := len(p.clauses); nc > 0 && p.emptyClause(nc-1, at) {
			// nothing in the clause yet: it is the new one
			c := &p.clauses[nc-1]
			if opener != "" && c.opener == "" {
				c.opener = opener
				if persian && why == byMarker && afterVerb >= 0 {
					c.kind, c.parent = kindComplement, afterVerb
				}
			}
			open("", at, false)
			return
		}
		c := clause{first: at, last: n - 1, opener: opener, parent: -1}
		if nc := len(p.clauses); nc > 0 {
			p.clauses[nc-1].last = at - 1
			if persian {
				switch why {
				case byVerb:
					c.parent, c.kind = p.returnFrom(nc - 1)
				case byMarker:
					c.parent, c.kind = nc-1, kindRelative
				case byComma:
					c.parent, c.kind = p.commaReturn(nc - 1)
				default:
					c.parent, c.kind = p.clauses[nc-1].parent, p.clauses[nc-1].kind
				}
			}
		}
		afterVerb = -1
		if why == byVerb {
			afterVerb = len(p.clauses) - 1
		}
		p.clauses = append(p.clauses, c)
		open("", at, false)
	}
	newClause(0, "", byPunct)
	endClauseAfter := -1 // a verb ends its clause: the next token opens a new one
	keep := ""           // the place a nominal trigger sits in
	for t := 0; t < n; t++ {
		if t == endClauseAfter+1 && endClauseAfter >= 0 {
			if lang.classOf(s.keys[t])&classAux != 0 {
				endClauseAfter = t // متعهد شده است: the auxiliary ends the clause
				p.clauseOf[t] = len(p.clauses) - 1
				continue
			}
			newClause(t, "", byVerb)
			endClauseAfter = -1
		}
		p.clauseOf[t] = len(p.clauses) - 1
		k := s.keys[t]
		if mi := s.inMention[t]; mi >= 0 && s.ments[mi].first < t {
			p.addContent(&cur, t) // inside a name: never a boundary
			continue
		}
		if mi := p.trigAt[t]; mi >= 0 {
			m := matches[mi]
			if t == m.First {
				// A noun right after a preposition: what follows it is
				// still in that phrase (به تیراندازی مرگبار واید).
				keep = ""
				if m.Noun && cur.last < cur.first && cur.place != "" {
					keep = cur.place
				}
				closeSeg()
			}
			if t == m.Last {
				if persian && !m.Noun {
					endClauseAfter = t
				}
				open(keep, t+1, false)
				cur.afterTrigger = keep != ""
			}
			continue
		}
		cl := lang.classOf(k)
		switch {
		case cl&classQuote != 0:
			if !transparent[t] {
				newClause(t+1, "", byPunct)
			}
			continue
		case isComma(k):
			if p.listComma(t) && !p.endsOpeningPhrase(t, cur) {
				p.addContent(&cur, t)
				continue
			}
			if persian && p.commaCloses(len(p.clauses)-1, t) {
				newClause(t+1, "", byComma)
				cur.comma = true
				continue
			}
			closeSeg()
			open("", t+1, true)
			continue
		case k == ":" || k == ";" || k == "؛" || k == "—" || k == "–":
			newClause(t+1, "", byPunct)
			continue
		case s.toks[t].kind == text.Punct:
			continue
		case cl&classConditional != 0:
			if t < p.condFrom {
				p.condFrom = t
			}
			newClause(t, k, byMarker)
			continue
		case cl&classBoundary != 0:
			newClause(t, k, byMarker)
			continue
		case cl&classBreak != 0:
			closeSeg() // a verb of hoping or telling: its subject before, its object after
			open("", t+1, false)
			continue
		case cl&classVerb != 0:
			closeSeg()
			if persian {
				endClauseAfter = t
			} else {
				newClause(t+1, k, byMarker)
			}
			continue
		case persian && k == lang.object:
			cur.object = true
			closeSeg()
			// را closes a whole noun phrase: a bare head before the
			// prepositional phrase it ends (پیوستن گرجستان به ناتو را)
			// is object too.
			if ns := len(p.segs); ns >= 2 && p.segs[ns-1].object && p.segs[ns-1].place != "" {
				prev := &p.segs[ns-2]
				if prev.place == "" && !prev.comma && prev.clause == p.segs[ns-1].clause && !p.segs[ns-1].comma {
					prev.object = true
				}
			}
			open("", t+1, false)
			continue
		}
		if !persian && k == "as" && p.asClause(t) {
			newClause(t, k, byMarker) // … as the US and the EU sanction …
			continue
		}
		if place, w := lang.places.atClass(s.keys, t, cl); w > 0 {
			if !persian && k == "at" && t+1 < n && (s.keys[t+1] == "least" || s.keys[t+1] == "most") {
				p.addContent(&cur, t) // at least 14 protesters: a number, not a place
				continue
			}
			if !persian && k == "to" && p.infinitive(t) {
				closeSeg()
				open("", t+1, false)
				continue
			}
			closeSeg()
			open(place, t+w, false)
			t += w - 1
			for j := t - w + 1; j <= t; j++ {
				p.clauseOf[j] = len(p.clauses) - 1
			}
			continue
		}
		if persian && s.toks[t].kind == text.Number && cur.place != "" && t > cur.first {
			closeSeg() // a number begins a new noun phrase: در مجموع ۳۷ طیاره
			open("", t, false)
		}
		if persian && cl&classGlued != 0 {
			p.addContent(&cur, t) // آنرا: a pronoun and را in one word
			cur.object = true
			closeSeg()
			open("", t+1, false)
			continue
		}
		p.addContent(&cur, t)
		if s.dateEnd != nil && s.dateEnd[t] && cur.place != "" {
			closeSeg() // a date ends its phrase: در ماه جون | هردو حکومت …
			open("", t+1, false)
		}
	}
	closeSeg()
	for ci, c := range p.clauses {
		for t := c.first; t <= c.last && t < n; t++ {
			p.clauseOf[t] = ci
		}
	}
	if persian {
		p.splitSubjectObject()
	}
	return p
}

// addContent adds token t to the phrase being built.
func (p *parse) addContent(cur *seg, t int) {
	if cur.last < cur.first {
		cur.first = t
	}
	cur.last = t
	p.segOf[t] = -2 // placed when the phrase closes
}

// infinitive reports whether the English "to" at t marks an infinitive:
// a trigger or an auxiliary follows it.
func (p *parse) infinitive(t int) bool {
	if t+1 >= len(p.s.toks) {
		return false
	}
	if p.trigAt[t+1] >= 0 && !p.matches[p.trigAt[t+1]].Noun {
		return true
	}
	// A lower-case word that is no name, number or determiner: a verb
	// (to rebuild the country), not a place (to the country, to Syria).
	k, tk := p.s.keys[t+1], p.s.toks[t+1]
	if tk.kind != text.Word || p.s.inMention[t+1] >= 0 || determiners[k] || english.places.one[k] != "" {
		return false
	}
	w := p.s.Norm(tk)
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !strings.HasSuffix(k, "ing")
}

// quotePairs pairs the quotation marks of the sentence and returns the
// marks that stand around a short name-like stretch (eight tokens at most,
// no verb, no trigger other than a noun): those are ignored, the others
// are clause boundaries.
func (p *parse) quotePairs() map[int]bool {
	s := p.s
	out := map[int]bool{}
	open := -1
	for t, k := range s.keys {
		if !quoteMarks[k] {
			continue
		}
		opening := k == "«" || k == "“" || k == "‘" || (k != "»" && k != "”" && k != "’" && open < 0)
		if k == "’" || k == "'" {
			// an apostrophe inside English words is part of the word; a
			// lone one pairs like a quotation mark
			opening = open < 0
		}
		if opening {
			open = t
			continue
		}
		if open < 0 {
			continue
		}
		if t-open-1 <= 8 && !p.hasVerb(open+1, t-1) {
			out[open], out[t] = true, true
		}
		open = -1
	}
	return out
}

// hasVerb reports whether tokens first..last hold a verb: a verbal
// trigger or a clause-ending verb.
func (p *parse) hasVerb(first, last int) bool {
	for t := first; t <= last; t++ {
		if mi := p.trigAt[t]; mi >= 0 && !p.matches[mi].Noun && p.matches[mi].Last <= last {
			return true // a verb that runs on past last («غیرقانونی» خواند) is not inside
		}
		if p.lang.verbs[p.s.keys[t]] {
			return true
		}
	}
	return false
}

// listComma reports whether the comma at t joins two items of a list:
// a name ends right before it and another begins right after it.
// asClause reports whether the English "as" at t opens a clause of its
// own (Russia stages drills as the US and the EU sanction Iran): names,
// with no comma, and then a verbal trigger within a few words; not "as
// well as", "such as", "known as", "as part of", "as a mediator".
func (p *parse) asClause(t int) bool {
	keys := p.s.keys
	if t > 0 {
		switch keys[t-1] {
		case "such", "well", "same", "known", "so", "as", "regarded", "seen", "served", "serves", "act", "acted", "acts":
			return false
		}
	}
	names := false
	for u := t + 1; u < len(keys) && u <= t+8; u++ {
		if mi := p.s.inMention[u]; mi >= 0 {
			names = true
			continue
		}
		if mi := p.trigAt[u]; mi >= 0 {
			// names, or a short noun phrase before a present-tense verb
			// (as European powers threaten): not "as part of the deal
			// signed"
			m := p.matches[mi]
			return !m.Noun && (names || !m.Past && !m.Progressive && !m.Passive && u-t <= 4)
		}
		if isComma(keys[u]) || p.s.toks[u].kind == text.Punct {
			return false
		}
	}
	return false
}

// endsOpeningPhrase reports whether the comma at t ends an English
// sentence's opening prepositional phrase, cur, rather than joining its
// name to a list: "In Ashgabat, Iran and Kazakhstan signed …", where the
// names after the comma run to the verb; not "In Kazakhstan, Uzbekistan
// and Tajikistan, protests …", whose list ends at a comma of its own.
func (p *parse) endsOpeningPhrase(t int, cur seg) bool {
	if p.persian || cur.place == "" {
		return false
	}
	for _, sg := range p.segs {
		if sg.place == "" {
			return false // the sentence has begun its subject
		}
	}
	conj := false
	for u := t + 1; u < len(p.s.keys); u++ {
		if p.trigAt[u] >= 0 && p.s.inMention[u] < 0 {
			return true
		}
		k := p.s.keys[u]
		switch {
		case p.lang.conj[k]:
			conj = true
		case isComma(k) && conj:
			return false
		case p.lang.classOf(k)&(classVerb|classBoundary|classBreak) != 0 || p.lang.aux[k]:
			return true
		}
	}
	return false
}

func (p *parse) listComma(t int) bool {
	s := p.s
	b, a := t-1, t+1
	for b >= 0 && quoteMarks[s.keys[b]] {
		b--
	}
	for a < len(s.toks) && quoteMarks[s.keys[a]] {
		a++
	}
	if b < 0 || a >= len(s.toks) {
		return false
	}
	mb, ma := s.inMention[b], s.inMention[a]
	if mb < 0 || ma < 0 || s.ments[mb].last != b || s.ments[ma].first != a {
		return false
	}
	return partyable(s.ments[mb].ent) && partyable(s.ments[ma].ent)
}
