package code

import (
	"strings"

	"khabar/amounts"
	"khabar/code/triggers"
	"khabar/text"
)

// Readings by which a trigger names no act of its own (see view.event):
// a quantity that grows or falls, a count of people received, an act
// pointed back to with "this", and the subject an attack told after
// "and" shares.

// A nominal trigger that is the subject of a verb of change (aid has
// fallen, trade with Russia grew by 16 percent, تجارت … ۱۶ درصد رشد
// کرد) is a quantity reported, not an act.
var changeVerbs = words("fell", "fallen", "falls", "fall", "rose", "risen", "rises", "rise", "grew", "grown", "grows", "grow",
	"declined", "declines", "decline", "increased", "increases", "decreased", "decreases", "dropped", "drops",
	"doubled", "tripled", "halved", "surged", "surges", "slumped", "plunged", "jumped", "shrank", "shrunk", "expanded", "soared")

// changeNouns are the Persian nouns of change that a light verb (کرد,
// یافت, داشت, شد) makes a verb at the end of the clause.
var changeNouns = words("رشد", "کاهش", "افزایش", "افت", "سقوط", "کم", "زیاد", "برابر")

// changeAfter reports whether nominal trigger m is the subject of a verb
// of change in its clause.
func (p *parse) changeAfter(m triggers.Match) bool {
	// An English bare form followed by a verb of change is a noun too
	// (foreign aid has fallen).
	if !m.Noun && (p.persian || m.Past || m.Progressive || m.Passive) {
		return false
	}
	cl := p.clauses[p.clauseOf[m.First]]
	if p.persian {
		// the verb ends the clause: its last two or three words
		for t := max(m.Last+1, cl.last-3); t <= cl.last && t < len(p.s.keys); t++ {
			if changeNouns[p.s.keys[t]] && t+1 < len(p.s.keys) && lightChange(p.s.keys[t+1]) {
				return true
			}
		}
		return false
	}
	for t := m.Last + 1; t <= cl.last && t < len(p.s.keys) && t <= m.Last+6; t++ {
		k := p.s.keys[t]
		switch {
		case changeVerbs[k]:
			return true
		case isComma(k) || p.trigAt[t] >= 0:
			return false
		}
	}
	return false
}

// lightChange reports whether k is a form of the light verbs that make a
// noun of change a verb: کرد, یافت, داشت, شد.
func lightChange(k string) bool {
	for _, stem := range []string{"کرد", "یافت", "داشت", "شد", "میکند", "مییابد", "دارد", "میشود", "پیدا"} {
		if strings.HasPrefix(k, stem) {
			return true
		}
	}
	return false
}

// countObject returns the token of the number that begins m's object, or
// -1: a number of people or things
// (the hospital admitted 23 of the wounded, ۲۳ تن … را پذیرفته است): a
// verb of conceding or accepting with such an object receives them.
func (p *parse) countObject(m triggers.Match) int {
	if p.persian {
		// the object phrase, or a bare phrase before it that the
		// prepositions of the count cut off (۲۳ تن از زخمی‌ها … را)
		for _, si := range p.clauseSegs(p.clauseOf[m.First]) {
			if sg := p.segs[si]; sg.place == "" && sg.first < m.First && p.s.toks[sg.first].kind == text.Number {
				return sg.first
			}
		}
		return -1
	}
	for t := m.Last + 1; t < len(p.s.keys) && t <= m.Last+3; t++ {
		if p.s.toks[t].kind == text.Number || amountWords[p.s.keys[t]] {
			return t
		}
		if k := p.s.keys[t]; k != "at" && k != "least" && k != "about" && k != "some" && k != "nearly" {
			return -1
		}
	}
	return -1
}

// countOfThings reports whether the number at token t of k's sentence
// counts people or things, not money or a share (pledged 25 million
// dollars is a promise).
func (v *view) countOfThings(k *cand, t int) bool {
	if t < 0 {
		return false
	}
	tk := k.p.s.toks[t]
	for _, a := range v.in.Amounts {
		if a.Start <= tk.Start && tk.Start < a.End {
			return a.Kind == amounts.Count
		}
	}
	return true
}

// amountWords are English number words that begin a count.
var amountWords = words("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands")

// demonstratives point back to something told before.
var demonstratives = words("این", "آن", "همین", "همان", "this", "these", "that", "those")

// demonstrativeBefore reports whether a demonstrative stands right before
// nominal trigger m: این اعتصاب, this attack.
func (p *parse) demonstrativeBefore(m triggers.Match) bool {
	return m.First > 0 && demonstratives[p.s.keys[m.First-1]]
}

// coordinated reports whether m's clause begins with "and" (و): a verb
// that shares the subject of the clause before (crossed the border and
// attacked a post).
func (p *parse) coordinated(m triggers.Match) bool {
	cl := p.clauses[p.clauseOf[m.First]]
	return cl.first < len(p.s.keys) && p.lang.conj[p.s.keys[cl.first]]
}
