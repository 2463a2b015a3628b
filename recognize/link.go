package recognize

import (
	"strings"

	"khabar/lexicon"
)

// link gives every mention of one actor one key: later or earlier short
// forms of a name (a surname, the last words, a prefix of an
// organisation's name), a spelling one letter off, and pronouns.
func (st *state) link() {
	short := st.shortForms()
	st.relinkShort(short)
	st.findRepeats(short)
	st.linkPrefixes()
	st.linkVariants()
	st.linkPronouns()
}

// shortForm is what a short form of a name points to.
type shortForm struct {
	m         int // index of the full mention
	ambiguous bool
}

// shortForms maps the folded short forms of every person named in two or
// more words (the last word, the last two words, an unusual first word)
// and the full folded names of every name found from context, to their
// mention.
func (st *state) shortForms() map[string]shortForm {
	out := map[string]shortForm{}
	put := func(k string, m int) {
		if k == "" {
			return
		}
		if prev, ok := out[k]; ok {
			if st.mentions[prev.m].key != st.mentions[m].key {
				out[k] = shortForm{m: prev.m, ambiguous: true}
			}
			return
		}
		out[k] = shortForm{m: m}
	}
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.source == SourceCoref || m.adjective || m.metonym {
			continue
		}
		if m.entry == nil {
			put(st.key(m.u0, m.u1), k)
		}
		if m.typ != lexicon.PER || m.u1-m.u0 < 2 {
			continue
		}
		last := m.u1 - 1
		if st.linkable(last) {
			put(st.unitKey(last), k)
		}
		if m.u1-m.u0 >= 3 && st.linkable(last-1) {
			put(st.key(last-1, m.u1), k)
		}
		if m.entry == nil && st.linkable(m.u0) && st.units[m.u0].flags&flagGiven == 0 {
			put(st.unitKey(m.u0), k)
		}
	}
	return out
}

// linkable reports whether unit i may stand alone as a short form: a word
// that is not a function or common word or particle.
func (st *state) linkable(i int) bool {
	if !st.isWordUnit(i) {
		return false
	}
	u := &st.units[i]
	return u.flags&(flagStop|flagCommon|flagTitle|flagPronoun) == 0 && !particles[st.unitKey(i)] && u.f1-u.f0 >= 2
}

// lookupShort returns the full mention a short form at units [a, b)
// points to, or -1. A possessive 's is ignored.
func (st *state) lookupShort(short map[string]shortForm, a, b int) int {
	k := st.key(a, b)
	sf, ok := short[k]
	if !ok && b-a == 1 {
		k = strings.TrimSuffix(strings.TrimSuffix(k, "'s"), "'")
		sf, ok = short[k]
	}
	if !ok || sf.ambiguous {
		return -1
	}
	return sf.m
}

// relinkShort gives a one- or two-word name found from context that is a
// short form of another name that name's key and type.
func (st *state) relinkShort(short map[string]shortForm) {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.entry != nil || m.u1-m.u0 > 2 || m.source == SourceCoref {
			continue
		}
		full := st.lookupShort(short, m.u0, m.u1)
		if full < 0 || full == k || st.mentions[full].key == m.key {
			continue
		}
		st.copyActor(m, &st.mentions[full])
	}
}

// copyActor makes m a mention of the actor of full.
func (st *state) copyActor(m, full *mention) {
	m.key, m.typ, m.canonical, m.entry = full.key, full.typ, full.canonical, full.entry
	m.country, m.sector = full.country, full.sector
	if m.role == "" {
		m.role = full.role
	}
	if m.source != SourceCoref {
		m.source = SourceSurname
	}
}

// findRepeats finds, among the words no mention covers, the short forms
// and repeated full forms of names found before or after.
func (st *state) findRepeats(short map[string]shortForm) {
	if len(short) == 0 {
		return
	}
	for i := 0; i < len(st.units); i++ {
		if !st.isWordUnit(i) || st.covered(i) {
			continue
		}
		for n := 4; n >= 1; n-- {
			b := i + n
			if b > len(st.units) || !st.sameSentence(i, b-1) || st.anyCovered(i, b) {
				continue
			}
			if n == 1 && !st.linkable(i) || st.units[i].latin && !st.units[i].cap {
				continue
			}
			full := st.lookupShort(short, i, b)
			if full < 0 {
				continue
			}
			m := mention{u0: i, u1: b}
			st.copyActor(&m, &st.mentions[full])
			if st.mentions[full].u1-st.mentions[full].u0 == n && st.key(i, b) == st.key(st.mentions[full].u0, st.mentions[full].u1) {
				m.source = st.mentions[full].source // the same name again
			}
			m.end = st.units[b-1].end
			if st.possessive(b - 1) {
				m.end -= len(st.d.Norm[st.units[b-1].start:st.units[b-1].end]) - len(strings.TrimSuffix(strings.TrimSuffix(st.d.Norm[st.units[b-1].start:st.units[b-1].end], "'s"), "'"))
			}
			m.start = st.units[i].start
			if st.addMention(m) {
				i = b - 1
				break
			}
		}
	}
}

// anyCovered reports whether a unit of [a, b) is part of a mention.
func (st *state) anyCovered(a, b int) bool {
	for i := a; i < b; i++ {
		if st.covered(i) {
			return true
		}
	}
	return false
}

// linkPrefixes gives an organisation or event found from context whose
// words begin another one's name (کوو کاز کپیتال, کوو کاز کپیتال گروپ)
// the longer one's key.
func (st *state) linkPrefixes() {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.entry != nil || m.typ == lexicon.PER || m.source == SourceCoref {
			continue
		}
		mk := st.key(m.u0, m.u1)
		for j := range st.mentions {
			o := &st.mentions[j]
			if j == k || o.dropped || o.typ != m.typ || o.u1-o.u0 <= m.u1-m.u0 || o.key == m.key {
				continue
			}
			if strings.HasPrefix(st.key(o.u0, o.u1), mk) && st.key(o.u0, o.u0+(m.u1-m.u0)) == mk {
				m.key, m.canonical, m.country, m.sector = o.key, o.canonical, firstOf(m.country, o.country), firstOf(m.sector, o.sector)
				break
			}
		}
	}
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// linkVariants gives a name found from context that is spelled one letter
// off another name of the same type in the article (سالاوسی, سالاواسی)
// that name's key.
func (st *state) linkVariants() {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.entry != nil || m.source == SourceCoref || m.adjective {
			continue
		}
		mk := []rune(st.key(m.u0, m.u1))
		if len(mk) < 5 {
			continue
		}
		for j := range st.mentions {
			o := &st.mentions[j]
			if j == k || o.dropped || o.typ != m.typ || o.key == m.key || o.source == SourceCoref {
				continue
			}
			ok := []rune(st.key(o.u0, o.u1))
			if len(ok) >= 5 && withinOneEdit(mk, ok) && (o.entry != nil || j < k) {
				st.copyActor(m, o)
				break
			}
		}
	}
}

// withinOneEdit reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of two neighbours.
func withinOneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		if string(a[i+1:]) == string(b[i+1:]) {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
	}
	return string(a[i:]) == string(b[i+1:])
}
