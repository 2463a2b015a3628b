package code

import (
	"strings"

	"khabar/code/cameo"
	"khabar/code/triggers"
	"khabar/text"
	"khabar/text/fa"
)

// governorTypes are the verbal event types whose complement clause is the
// content of the act, not an event of its own: "agreed to buy", "called on
// X to return", "warned that no loans would follow", "توافق کردند که …
// همکاری کنند". A trigger in their complement is absorbed into them.
var governorTypes = map[string]bool{"AGREE": true, "REQUEST": true, "THREATEN": true, "ACCUSE": true, "REJECT": true}

// complement returns the last token of the complement of a trigger that
// ends at token last. English: the rest of the clause the complement
// begins in ("agreed to buy …", "warned that …"). Persian, where the verb
// ends its clause and the complement follows it: the rest of the sentence
// (قول داد که با ساختن مکتب برای کودکانی که کار می‌کنند … یاری
// می‌رساند), up to a clause opened by اما, ولی, زیرا.
func (p *parse) complement(last int) int {
	n := len(p.s.toks)
	t := last + 1
	for t < n && (isComma(p.s.keys[t]) || quoteMarks[p.s.keys[t]] || p.s.keys[t] == ":") {
		t++
	}
	if t >= n {
		return last
	}
	c := p.clauseOf[t]
	if !p.persian {
		return p.clauses[c].last
	}
	if p.lang.conj[p.s.keys[t]] {
		return last // … خواند و هشدار داد: a second verb, not a complement
	}
	end := p.clauses[c].last
	for i := c + 1; i < len(p.clauses); i++ {
		// a clause begun by و after a complement in the subjunctive goes
		// back to the main clause (از تهران خواست که … آزاد کند و …
		// محکوم کرد)
		f := p.clauses[i].first
		if stopOpeners[p.clauses[i].opener] || f < len(p.s.keys) && p.lang.conj[p.s.keys[f]] && p.subjunctiveIn(i-1) {
			break
		}
		end = p.clauses[i].last
	}
	return end
}

// stopOpeners begin a clause that is no longer a complement.
var stopOpeners = words("اما", "ولی", "زیرا", "چون", "لیکن", "بلکه", "but", "because", "however", "although")

// cueBefore reports whether one of cues (word sequences of folded keys)
// stands in m's clause before it, or in the clause before that, with no
// other trigger between: the cue's complement holds m. It returns the
// cue's last token, or -1.
func (p *parse) cueBefore(m triggers.Match, cues [][]string) int {
	c := p.clauseOf[m.First]
	from := p.clauses[c].first
	if c > 0 {
		from = p.clauses[c-1].first
	}
	best := -1
	for t := from; t < m.First; t++ {
		if mi := p.trigAt[t]; mi >= 0 && best >= 0 {
			best = -1 // another trigger stands between: the cue is its
		}
		for _, cue := range cues {
			if t+len(cue) > m.First {
				continue
			}
			ok := true
			for j, w := range cue {
				if p.s.keys[t+j] != w {
					ok = false
					break
				}
			}
			// English: the cue stands right before what it governs
			// (hopes to join, hopes to soon convene, ready for talks).
			if ok && p.trigAt[t] < 0 && (p.persian || m.First-(t+len(cue)-1) <= 2) {
				best = t + len(cue) - 1
			}
		}
	}
	return best
}

// foldCues folds every word of a cue table.
func foldCues(cues [][]string) [][]string {
	out := make([][]string, len(cues))
	for i, cue := range cues {
		for _, w := range cue {
			for k := range words(w) {
				out[i] = append(out[i], k)
			}
		}
	}
	return out
}

// promise turns an event into the promise of it (PLOVER: a promise to do
// X is AGREE, with X's contexts; a promise of force is a threat): it
// returns the new type and CAMEO code. Verbal conflict (accusing,
// demanding, rejecting) keeps its type: announcing it is doing it.
func promise(typ, code string) (string, string) {
	switch quad := cameo.Quad(code); {
	case quad == 1 || quad == 2 || typ == "AGREE":
		return "AGREE", cameo.Intent(code)
	case quad == 4:
		return "THREATEN", cameo.Threat(code)
	}
	return typ, code
}

// negate applies the entry's negation policy: "drop" gives no event,
// another type gives that type with the matching refusal code.
func negate(e *triggers.Entry, typ, code string) (string, string, bool) {
	if e.Negated == "" || e.Negated == "drop" {
		return "", "", false
	}
	nt := e.Negated
	if nt == "REJECT" {
		return nt, cameo.Refusal(code), true
	}
	return nt, cameo.ForType(code, nt), true
}

// modals make what follows a duty or a possibility, not an event.
var modals = words("should", "must", "could", "may", "might", "can", "cannot", "ought", "باید", "شاید", "نباید", "می‌توان", "نمی‌توان")

// modalBefore reports whether a modal stands in m's clause before it.
func (p *parse) modalBefore(m triggers.Match) bool {
	c := p.clauses[p.clauseOf[m.First]]
	modal := false
	for t := c.first; t < m.First; t++ {
		switch {
		case modals[p.s.keys[t]] && p.s.inMention[t] < 0:
			modal = true
		case !p.persian && modal && p.lang.conj[p.s.keys[t]] && t+1 == m.First && m.Past:
			// … should be released and called on X: a past verb after
			// "and" is a second act of its own, not under the modal
			modal = false
		}
	}
	return modal
}

// preventWords say that what they govern did not happen or ends: averted
// an assault, از حمله … جلوگیری کرد, اخراج مهاجرین را متوقف کند.
var preventWords = words("averted", "avert", "averts", "prevented", "prevent", "prevents", "thwarted", "foiled",
	"stop", "stops", "stopped", "halt", "halts", "halted", "جلوگیری", "ممانعت", "متوقف")

// prevented reports whether m's clause holds a word of preventing that
// governs m: English, m after it (averted an assault); Persian, m
// anywhere but at the head of the clause, its subject (توافق روسیه و
// ترکیه از حمله … جلوگیری کرد prevented the attack, not the agreement).
func (p *parse) prevented(m triggers.Match) bool {
	c := p.clauses[p.clauseOf[m.First]]
	for t := c.first; t <= c.last; t++ {
		if !preventWords[p.s.keys[t]] {
			continue
		}
		if !p.persian && m.First > t {
			return true
		}
		if p.persian {
			si := p.segAt(m.Last + 1)
			if !p.opensClause(m.First) || si >= 0 && p.segs[si].object {
				return true // اخراج مهاجرین را متوقف کند: the noun heads the object
			}
		}
	}
	return false
}

// adjectival reports whether an English -ing form stands before the agent
// it describes ("occupying forces", "protesting students").
func (p *parse) adjectival(m triggers.Match) bool {
	if p.persian || !m.Progressive {
		return false
	}
	t := m.Last + 1
	for t < len(p.s.keys) && quoteMarks[p.s.keys[t]] {
		t++
	}
	if t < len(p.s.keys) {
		if mi := p.s.inMention[t]; mi >= 0 && p.s.ments[mi].first == t && p.s.ments[mi].ent.IsAgent() {
			return true
		}
	}
	// after an adjective of nationality: Turkish 'occupying' forces
	b := m.First - 1
	for b >= 0 && quoteMarks[p.s.keys[b]] {
		b--
	}
	if b >= 0 {
		if mi := p.s.inMention[b]; mi >= 0 && p.s.ments[mi].last == b && p.s.ments[mi].ent.Adjective {
			return true
		}
	}
	return false
}

// reducedRelative reports whether an English past participle stands
// right after the noun it describes, before its preposition: "Syrian
// Arabs opposed to Assad", "areas destroyed by terrorists".
func (p *parse) reducedRelative(m triggers.Match) bool {
	if p.persian || m.Noun || m.Progressive || m.Last+1 >= len(p.s.keys) {
		return false
	}
	k := p.s.keys[m.First]
	if !strings.HasSuffix(k, "ed") && !strings.HasSuffix(k, "en") {
		return false
	}
	switch p.s.keys[m.Last+1] {
	case "to", "by", "in", "with":
	default:
		return false
	}
	// agreed to speed up: "to" before a verb is an infinitive, so the
	// verb is the clause's own (not "the sum agreed to by both sides")
	if p.s.keys[m.Last+1] == "to" && m.Last+2 < len(p.s.keys) && p.infinitive(m.Last+1) {
		return false
	}
	b := m.First - 1
	if b < 0 || p.lang.aux[p.s.keys[b]] || p.s.toks[b].kind != text.Word || p.s.inMention[b] >= 0 {
		return false // a name before the verb is its subject: Iraq apologized to Turkey
	}
	return !p.lang.boundaries[p.s.keys[b]] && !p.lang.conj[p.s.keys[b]]
}

// indicativeComplement reports whether the Persian complement after a
// trigger ending at last ends in an indicative verb (است, می‌کند, کرد):
// what follows says what is, not what should be. A demand's complement is
// in the subjunctive (بروند, کند).
func (p *parse) indicativeComplement(last int) bool {
	end := p.complement(last)
	for t := end; t > last; t-- {
		if p.s.toks[t].kind != text.Word {
			continue
		}
		if mi := p.trigAt[t]; mi >= 0 {
			return !p.matches[mi].Subjunctive
		}
		k := p.s.keys[t]
		switch {
		case persianAux[k] && k != baashad && k != baashand, strings.HasPrefix(k, "می"), strings.HasPrefix(k, "نمی"):
			return true
		case p.lang.verbs[k]:
			return false
		}
		return false
	}
	return false
}

var baashad, baashand = fa.FoldKey("باشد"), fa.FoldKey("باشند")

// subjunctiveIn reports whether clause c holds a verbal trigger in the
// subjunctive.
func (p *parse) subjunctiveIn(c int) bool {
	cl := p.clauses[c]
	for _, m := range p.matches {
		if m.First >= cl.first && m.First <= cl.last && m.Subjunctive && !m.Noun {
			return true
		}
	}
	return false
}
