package code

import (
	"strings"

	"khabar/code/triggers"
)

// A trigger word can name an act of another type than its entry's in
// some company: approving a loan gives aid, محکوم کرد with a prison term
// passes a sentence, receiving delegations is their visit, workers who
// strike stop work, expelling migrants deports them. retype reads that
// company and makes the candidate the act it names.

// retype gives k the type its company names, before its sides are
// completed.
func (v *view) retype(p *parse, k *cand) {
	// Approving a loan or a grant gives it (the World Bank approved a
	// loan of $250 million to Pakistan): economic aid.
	if k.typ == "SUPPORT" && p.fundsAfter(k.m) {
		k.become("AID", "071", "", "economic")
		if len(k.recip.parties) == 0 {
			places := []string{"to", "for"}
			if p.persian {
				places = []string{"به", "برای"}
			}
			if its, pl, _ := p.find(k.m, places); len(its) > 0 {
				k.recip = side{items: its, parties: v.parties(p, its, false), how: foundText, place: pl}
			}
		}
	}
	// محکوم کرد after به and a term of prison (به هشت سال زندان محکوم
	// کرد) is a sentence passed, not a condemnation.
	if k.typ == "ACCUSE" && p.persian && strings.HasPrefix(k.m.Entry.ID, "fa/accuse/mahkum") && p.prisonTermBefore(k.m) {
		k.become("COERCE", "173", "arrest", "legal")
	}
	// X را پذیرفت with a delegation, a guest or an envoy as X receives a
	// visit (میرضیایف هیأت‌های افغانستان و پاکستان را پذیرفت): the
	// visitors act, the host receives.
	if k.typ == "AGREE" && p.persian && k.m.Entry.ID == "fa/agree/movafeqat" && strings.HasPrefix(p.s.keys[k.m.First], "پذیرفت") &&
		p.guestsBefore(k.m) && len(k.recip.parties) > 0 {
		k.become("CONSULT", "043", "visit", "diplomatic")
		k.actor, k.recip = k.recip, k.actor
	}
	// Workers, teachers or doctors who strike stop work: a strike, not
	// an attack (Oil workers strike in western Kazakhstan).
	if k.typ == "ASSAULT" && strings.HasPrefix(p.s.keys[k.m.First], "strik") && k.actor.labour() {
		k.become("PROTEST", "143", "strike", "economic")
	}
	// Expelling anyone but diplomats is deporting them (Iran expelled
	// thousands of Afghan migrants): COERCE, not SANCTION.
	if k.typ == "SANCTION" && k.mode == "expel" && !p.diplomatsIn(k.m) {
		k.become("COERCE", "174", "deport", "migration")
	}
}

// become makes k an act of another type, CAMEO code, mode and context.
func (k *cand) become(typ, code, mode, context string) {
	k.typ, k.code, k.mode, k.context = typ, code, mode, []string{context}
}

// diplomatWords name diplomats, whose expulsion is a sanction.
var diplomatWords = words("diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attache", "consul",
	"سفیر", "سفیران", "سفرا", "دیپلمات", "دیپلمات‌ها", "دیپلماتها", "دیپلمات‌های", "کاردار", "سرکنسول", "کنسول")

// diplomatsIn reports whether m's clause names diplomats.
func (p *parse) diplomatsIn(m triggers.Match) bool {
	cl := p.clauses[p.clauseOf[m.First]]
	for t := cl.first; t <= cl.last && t < len(p.s.keys); t++ {
		if diplomatWords[p.s.keys[t]] {
			return true
		}
	}
	return false
}

// labourAgents are the agents whose strike is a stoppage of work.
var labourAgents = map[string]bool{"agent/workers": true, "agent/teachers": true, "agent/doctors": true,
	"agent/farmers": true, "agent/students": true, "agent/traders": true, "agent/lawyers": true, "agent/judges": true}

// labour reports whether the side's first item is a body of workers.
func (sd side) labour() bool {
	if len(sd.items) == 0 || len(sd.items[0].ments) == 0 {
		return false
	}
	for _, m := range sd.items[0].ments {
		if labourAgents[m.ent.Entry] {
			return true
		}
	}
	return false
}

// fundWords name money given: approving one is aid.
var fundWords = words("loan", "loans", "grant", "grants", "credit", "credits", "funding", "financing", "aid",
	"وام", "وامی", "اعتبار", "کمک", "کمکهای", "کمک‌های", "کمک‌هزینه")

// approveWords are the verbs of approving.
var approveWords = words("approve", "approved", "approves", "approving", "تصویب", "منظور")

// fundsNear reports whether money given is named in the few words after
// m (English) or before it (Persian): pledged $25 million in aid.
func (p *parse) fundsNear(m triggers.Match) bool {
	cl := p.clauses[p.clauseOf[m.First]]
	from, to := m.Last+1, min(m.Last+7, cl.last)
	if p.persian {
		from, to = cl.first, m.First-1 // the object comes before the verb
	}
	for t := from; t <= to && t < len(p.s.keys); t++ {
		if fundWords[p.s.keys[t]] {
			return true
		}
	}
	return false
}

// fundsAfter reports whether m is a verb of approving whose object, the
// few words after it (English) or before it (Persian), names money given.
func (p *parse) fundsAfter(m triggers.Match) bool {
	return approveWords[p.s.keys[m.First]] && p.fundsNear(m)
}

// prisonWords name a penalty a court passes.
var prisonWords = words("زندان", "حبس", "اعدام", "جریمه", "شلاق", "تبعید")

// prisonTermBefore reports whether a penalty is named in the few words
// before m, after a به: به هشت سال زندان محکوم کرد.
func (p *parse) prisonTermBefore(m triggers.Match) bool {
	cl := p.clauses[p.clauseOf[m.First]]
	be := false
	for t := max(cl.first, m.First-8); t < m.First; t++ {
		k := p.s.keys[t]
		if k == "به" {
			be = true
		}
		if be && prisonWords[k] {
			return true
		}
	}
	return false
}

// guestWords name visitors a host receives.
var guestWords = words("هیأت", "هیئت", "هیات", "هیأت‌ها", "هیئت‌ها", "هیأتهای", "هیئتهای", "هیأت‌های", "هیئت‌های",
	"مهمانان", "سفیر", "سفیران", "نماینده", "نمایندگان", "فرستاده", "وزیر", "وزیران")

// guestsBefore reports whether a word for visitors stands in m's clause
// before it.
func (p *parse) guestsBefore(m triggers.Match) bool {
	cl := p.clauses[p.clauseOf[m.First]]
	for t := cl.first; t < m.First; t++ {
		if guestWords[p.s.keys[t]] {
			return true
		}
	}
	return false
}
