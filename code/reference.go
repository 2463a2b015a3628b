package code

import (
	"slices"
	"strings"
)

// A reaction names what it reacts to by a noun for an earlier act of the
// article: Pakistan condemned the bombing, Iran rejected the accusation,
// پاکستان این حمله را محکوم کرد. The one reacted to is whoever did that
// act, so a reaction with no recipient of its own takes the actor of the
// latest earlier event of a type the noun names.

// reactionTypes are the types of events that react to another act.
var reactionTypes = map[string]bool{"ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true, "REQUEST": true,
	"SUPPORT": true}

// actNouns maps a folded noun for an act to the event types it may refer
// to. A noun that is itself a trigger (the attack, حمله) also refers to
// its own entry's type (see referredTypes).
var actNouns = func() map[string][]string {
	groups := map[string][]string{
		"ASSAULT": {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
			"killing", "killings", "assault", "massacre", "ambush", "shelling", "airstrike", "airstrikes", "strike", "strikes",
			"حمله", "حملات", "حملهها", "انفجار", "انفجارها", "بمبگذاری", "کشتار", "قتل", "ترور", "تیراندازی", "حملهی", "حملۀ"},
		"SANCTION": {"sanctions", "sanction", "embargo", "ban", "tariffs", "restrictions",
			"تحریم", "تحریمها", "تحریمهای", "ممنوعیت", "تعرفهها"},
		"ACCUSE": {"accusation", "accusations", "allegation", "allegations", "charges", "claims", "claim",
			"remarks", "comments", "condemnation",
			"اتهام", "اتهامات", "ادعا", "ادعاها", "ادعاهای", "اظهارات", "محکومیت"},
		// Criticism answers whoever found fault, demanded or protested.
		"ACCUSE REQUEST PROTEST": {"criticism", "criticisms", "concerns", "انتقاد", "انتقادها", "انتقادات", "نگرانی‌ها", "نگرانیها"},
		"THREATEN":               {"threat", "threats", "ultimatum", "warning", "warnings", "تهدید", "تهدیدها", "تهدیدات", "هشدار", "هشدارها"},
		"REQUEST":                {"demand", "demands", "request", "requests", "appeal", "درخواست", "درخواستها", "مطالبات", "خواستهها"},
		"COERCE": {"arrest", "arrests", "detention", "detentions", "execution", "executions", "crackdown", "expulsion",
			"seizure", "sentence", "verdict", "ruling", "بازداشت", "بازداشتها", "دستگیری", "اعدام", "اعدامها", "سرکوب",
			"اخراج", "توقیف", "حکم"},
		// An agreement welcomed or rejected is that of all its parties.
		"SUPPORT AGREE": {"agreement", "agreements", "deal", "treaty", "accord", "pact",
			"توافق", "توافقنامه", "توافق‌نامه", "قرارداد", "معاهده", "پیمان"},
		// Asking for someone's release asks whoever holds them.
		"COERCE ASSAULT": {"release", "freeing", "آزادی", "رهایی"},
	}
	out := map[string][]string{}
	for typs, ws := range groups {
		for k := range words(ws...) {
			out[k] = append(out[k], strings.Fields(typs)...)
		}
	}
	return out
}()

// referredTypes returns the types of the earlier act that k's clause
// names by a noun, nearest to k's trigger first; nil when it names none.
func referredTypes(k *cand) []string {
	for _, in := range k.inner {
		if in.m.Noun {
			return append([]string{in.m.Entry.Type}, actNouns[k.p.s.keys[in.m.Last]]...)
		}
	}
	p := k.p
	c := p.clauseOf[k.m.First]
	cl := p.clauses[c]
	best, bestDist := []string(nil), len(p.s.keys)+1
	for t := cl.first; t <= cl.last && t < len(p.s.keys); t++ {
		if t == k.m.First || p.s.inMention[t] >= 0 {
			continue
		}
		typs, ok := actNouns[p.s.keys[t]]
		if !ok {
			continue
		}
		d := t - k.m.First // a noun of the trigger itself (rejected the accusation) is nearest
		if t < k.m.First {
			d = k.m.First - t
		}
		if d < bestDist {
			best, bestDist = typs, d
		}
	}
	return best
}

// resolveReaction gives reaction k, when it has no recipient found in
// the text, the recipient of the reaction before it in its sentence by
// the same actor (condemned the sanctions and warned of countermeasures;
// محکوم کرد و آن را غیرقانونی خواند), else the actor of the latest event of
// kept (the article's events before k, in text order) of a type the noun
// of its clause names.
func resolveReaction(k *cand, kept []*cand) {
	if !reactionTypes[k.typ] || len(k.actor.parties) == 0 || inTextSide(k.recip) {
		return
	}
	own := distinctCodes(k.actor.parties)
	for j := len(kept) - 1; j >= 0 && kept[j].p == k.p; j-- {
		if o := kept[j]; reactionTypes[o.typ] && inTextSide(o.recip) && sameCodeSet(distinctCodes(o.actor.parties), own) {
			k.recip = o.recip
			return
		}
	}
	typs := referredTypes(k)
	if len(typs) == 0 {
		return
	}
	// The latest such act, and those of the same type by others told
	// in the few sentences before it (France condemned …, Britain
	// summoned …; Iran rejected the criticism: of both).
	var them []Party
	latest, typ := -1, ""
	for j := len(kept) - 1; j >= 0; j-- {
		o := kept[j]
		if !slices.Contains(typs, o.typ) || !inTextSide(o.actor) {
			continue
		}
		if latest >= 0 && (o.typ != typ || o.p.s.index < latest-referenceSpread) {
			break
		}
		added := false
		pts := o.actor.parties
		if o.typ == "SUPPORT" || o.typ == "AGREE" {
			// an agreement is its parties': both sides
			pts = append(slices.Clone(o.actor.parties), o.recip.parties...)
		}
		for _, pt := range pts {
			if !slices.Contains(own, pt.Code) && !slices.ContainsFunc(them, func(q Party) bool { return q.Code == pt.Code }) {
				them = append(them, pt)
				added = true
			}
		}
		if added && latest < 0 {
			latest, typ = o.p.s.index, o.typ
		}
	}
	if len(them) > 0 {
		k.recip = side{parties: them, how: foundNearby, place: "reference"}
	}
}

// referenceSpread is how many sentences before the latest act a
// reaction's noun also takes in acts of its type by others.
const referenceSpread = 3

func inTextSide(s side) bool {
	return len(s.parties) > 0 && (s.how == foundText || s.how == foundNearby)
}

// sameCodeSet reports whether two lists of codes hold the same codes.
func sameCodeSet(a, b []string) bool {
	return len(a) == len(b) && subset(a, b)
}
