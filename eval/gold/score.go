package gold

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"khabar/text/fa"
)

// Detail lists, for one article, what was missed and what was wrong, each
// item a short readable key.
type Detail struct {
	MissedEvents, WrongEvents     []string
	MissedEntities, WrongEntities []string
	MissedAmounts, WrongAmounts   []string
	MissedQuotes, WrongQuotes     []string
	WrongDates                    []string
}

// nameKey folds a name for matching: case, Persian letters, spaces and
// half-spaces ignored.
func nameKey(s string) string { return fa.FoldKey(s) }

// eventKey is the scoring key of one event: its type (or "" for dyads) and
// the unordered pair of codes.
func eventKey(typ, a, b string) string {
	if b < a {
		a, b = b, a
	}
	return typ + "|" + a + "|" + b
}

// predEventKeys returns the keys of a predicted event, one per
// actor-recipient pair; a side with no actor counts as "".
func predEventKeys(e PredEvent, typ string) []string {
	actors, recips := codes(e.Actor), codes(e.Recipient)
	var keys []string
	for _, a := range actors {
		for _, r := range recips {
			keys = append(keys, eventKey(typ, a, r))
		}
	}
	return keys
}

func codes(as []PredActor) []string {
	if len(as) == 0 {
		return []string{""}
	}
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
	}
	return out
}

// ScoreArticle scores one article's prediction against its gold file.
func ScoreArticle(p *Prediction, g *File) (Score, Detail) {
	var s Score
	var d Detail
	s.Articles = 1
	s.Events, d.MissedEvents, d.WrongEvents = scoreEvents(p, g, true)
	s.Dyads, _, _ = scoreEvents(p, g, false)
	s.DatesRight, s.DatesScored, d.WrongDates = scoreDates(p, g)
	s.Entities, d.MissedEntities, d.WrongEntities = scoreEntities(p, g)
	s.Amounts, d.MissedAmounts, d.WrongAmounts = scoreAmounts(p, g)
	s.Quotes, d.MissedQuotes, d.WrongQuotes = scoreQuotes(p, g)
	return s, d
}

// scoreEvents compares event keys, with the type or (typed false) without.
func scoreEvents(p *Prediction, g *File, typed bool) (Counts, []string, []string) {
	typeOf := func(t string) string {
		if typed {
			return t
		}
		return ""
	}
	required, optional := map[string]bool{}, map[string]bool{}
	for _, e := range g.Events {
		k := eventKey(typeOf(e.Type), e.Actor, e.Recipient)
		if e.Optional {
			optional[k] = true
		} else {
			required[k] = true
		}
	}
	pred := map[string]bool{}
	for _, e := range p.Events {
		for _, k := range predEventKeys(e, typeOf(e.Type)) {
			pred[k] = true
		}
	}
	var c Counts
	var wrong, missed []string
	for k := range pred {
		switch {
		case required[k]:
			c.Matched++
			c.Predicted++
		case optional[k]:
			// neither rewarded nor punished
		default:
			c.Predicted++
			wrong = append(wrong, k)
		}
	}
	for k := range required {
		c.Gold++
		if !pred[k] {
			missed = append(missed, k)
		}
	}
	sort.Strings(wrong)
	sort.Strings(missed)
	return c, missed, wrong
}

// scoreDates checks, for every required gold event with a date that a
// predicted event matches, whether a matching predicted event has that date
// at the gold's precision.
func scoreDates(p *Prediction, g *File) (right, scored int, wrong []string) {
	dates := map[string][]string{}
	for _, e := range p.Events {
		for _, k := range predEventKeys(e, e.Type) {
			dates[k] = append(dates[k], e.Date)
		}
	}
	seen := map[string]bool{}
	for _, e := range g.Events {
		k := eventKey(e.Type, e.Actor, e.Recipient)
		if e.Optional || e.Date == "" || seen[k] {
			continue
		}
		got, ok := dates[k]
		if !ok {
			continue
		}
		seen[k] = true
		scored++
		agree := false
		for _, d := range got {
			if len(d) >= len(e.Date) && d[:len(e.Date)] == e.Date {
				agree = true
			}
		}
		if agree {
			right++
		} else {
			wrong = append(wrong, fmt.Sprintf("%s: gold %s, got %v", k, e.Date, got))
		}
	}
	return right, scored, wrong
}

// matchSet counts a set comparison where each predicted item either maps to
// the gold item it matches (several may map to one, which then counts once)
// or stands alone under its own key.
func matchSet(nGold int, preds []string, match func(i int) int, label func(g int) string) (Counts, []string, []string) {
	keys := map[string]bool{}
	hit := make([]bool, nGold)
	var wrong []string
	for i, own := range preds {
		if gi := match(i); gi >= 0 {
			hit[gi] = true
			keys[fmt.Sprintf("gold#%d", gi)] = true
			continue
		}
		if !keys["pred:"+own] {
			wrong = append(wrong, own)
		}
		keys["pred:"+own] = true
	}
	c := Counts{Predicted: len(keys), Gold: nGold}
	var missed []string
	for gi, h := range hit {
		if h {
			c.Matched++
		} else {
			missed = append(missed, label(gi))
		}
	}
	sort.Strings(wrong)
	return c, missed, wrong
}

// predGroup is one predicted entity: its mentions grouped by id.
type predGroup struct {
	typ, canonical string
	names          map[string]bool // folded canonical and surface texts
}

func groupEntities(es []PredEntity) []*predGroup {
	var groups []*predGroup
	byKey := map[string]*predGroup{}
	byID := map[string]*predGroup{}
	for _, e := range es {
		g := byID[e.ID]
		if g == nil || e.ID == "" {
			key := e.Type + "|" + nameKey(e.Canonical)
			if e.Canonical == "" {
				key = e.Type + "|" + nameKey(e.Text)
			}
			g = byKey[key]
			if g == nil {
				g = &predGroup{typ: e.Type, canonical: e.Canonical, names: map[string]bool{}}
				if g.canonical == "" {
					g.canonical = e.Text
				}
				byKey[key] = g
				groups = append(groups, g)
			}
			if e.ID != "" {
				byID[e.ID] = g
			}
		}
		for _, n := range []string{e.Canonical, e.Text} {
			if k := nameKey(n); k != "" {
				g.names[k] = true
			}
		}
	}
	return groups
}

func scoreEntities(p *Prediction, g *File) (Counts, []string, []string) {
	groups := groupEntities(p.Entities)
	goldNames := make([]map[string]bool, len(g.Entities))
	for i, e := range g.Entities {
		goldNames[i] = map[string]bool{}
		for _, n := range e.Names {
			goldNames[i][nameKey(n)] = true
		}
	}
	preds := make([]string, len(groups))
	for i, pg := range groups {
		preds[i] = pg.typ + " " + pg.canonical
	}
	match := func(i int) int {
		pg := groups[i]
		for gi, e := range g.Entities {
			if e.Type != pg.typ {
				continue
			}
			for n := range pg.names {
				if goldNames[gi][n] {
					return gi
				}
			}
		}
		return -1
	}
	label := func(gi int) string { return g.Entities[gi].Type + " " + strings.Join(g.Entities[gi].Names, " / ") }
	return matchSet(len(g.Entities), preds, match, label)
}

func scoreAmounts(p *Prediction, g *File) (Counts, []string, []string) {
	preds := make([]string, len(p.Amounts))
	for i, a := range p.Amounts {
		preds[i] = fmt.Sprintf("%s %g %s", a.Kind, a.Value, a.Unit)
	}
	match := func(i int) int {
		a := p.Amounts[i]
		for gi, ga := range g.Amounts {
			if ga.Kind == a.Kind && (ga.Kind != "money" || strings.EqualFold(ga.Unit, a.Unit)) && within(a.Value, ga.Value, 0.005) {
				return gi
			}
		}
		return -1
	}
	label := func(gi int) string {
		a := g.Amounts[gi]
		return strings.TrimSpace(fmt.Sprintf("%s %g %s", a.Kind, a.Value, a.Unit))
	}
	return matchSet(len(g.Amounts), preds, match, label)
}

// within reports whether v equals want within a relative tolerance.
func within(v, want, tol float64) bool {
	if want == 0 {
		return v == 0
	}
	return math.Abs(v-want) <= tol*math.Abs(want)
}

func scoreQuotes(p *Prediction, g *File) (Counts, []string, []string) {
	byID := map[string][]string{}
	for _, e := range p.Entities {
		byID[e.ID] = append(byID[e.ID], e.Canonical, e.Text)
	}
	preds := make([]string, len(p.Quotes))
	names := make([][]string, len(p.Quotes))
	for i, q := range p.Quotes {
		preds[i] = q.Speaker
		names[i] = append([]string{q.Speaker}, byID[q.SpeakerEntity]...)
	}
	golds := uniqueQuotes(g.Quotes)
	match := func(i int) int {
		for gi, gq := range golds {
			for _, gn := range gq.Speaker {
				for _, n := range names[i] {
					if n != "" && nameKey(n) == nameKey(gn) {
						return gi
					}
				}
			}
		}
		return -1
	}
	label := func(gi int) string { return strings.Join(golds[gi].Speaker, " / ") }
	return matchSet(len(golds), preds, match, label)
}

// uniqueQuotes returns the gold quotes with those of one speaker (the
// same names) kept once: quotes are compared as a set of speakers, so a
// speaker quoted twice, directly and indirectly, is one key.
func uniqueQuotes(qs []Quote) []Quote {
	seen := map[string]bool{}
	var out []Quote
	for _, q := range qs {
		keys := make([]string, 0, len(q.Speaker))
		for _, n := range q.Speaker {
			keys = append(keys, nameKey(n))
		}
		sort.Strings(keys)
		k := strings.Join(keys, "|")
		if !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}
