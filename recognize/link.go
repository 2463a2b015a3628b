package recognize

import (
	"bytes"
	"slices"
	"strings"

	"khabar/lexicon"
)

// link gives every mention of one actor one key: later or earlier short
// forms of a name (a surname, the last words, a prefix of an
// organisation's name), a spelling one letter off, and pronouns.
func (st *state) link() {
	short, full := st.shortForms()
	st.relinkShort(short)
	for k, v := range full {
		if _, ok := short[k]; !ok {
			short[k] = v
		}
	}
	st.findRepeats(short)
	st.mkeys = st.mkeys[:0]
	for range st.mentions {
		st.mkeys = append(st.mkeys, "\x00")
	}
	st.linkPrefixes()
	st.linkVariants()
	st.linkPronouns()
	st.countriesVia()
}

// countriesVia gives a person the country of the body a title named
// (رئیس اجرایی گروه «X»), once linking has told that body's country, and
// every mention of the person the same.
func (st *state) countriesVia() {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.via == 0 || m.country != "" {
			continue
		}
		c := st.mentions[m.via-1].country
		if c == "" {
			continue
		}
		for j := range st.mentions {
			if o := &st.mentions[j]; o.key == m.key && o.country == "" {
				o.country = c
			}
		}
	}
}

// shortForm is what a short form of a name points to.
type shortForm struct {
	m         int // index of the full mention
	ambiguous bool
}

// shortForms maps the folded short forms of every person named in two or
// more words (the last word, the last two words, an unusual first word) to
// their mention; and, apart, the full folded names of every name found
// from context.
func (st *state) shortForms() (short, full map[string]shortForm) {
	short, full = map[string]shortForm{}, map[string]shortForm{}
	st.firsts = st.firsts[:0]
	put := func(out map[string]shortForm, k string, m int, first int) {
		if k == "" {
			return
		}
		st.firsts = append(st.firsts, st.units[first].hash)
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
			put(full, st.key(m.u0, m.u1), k, m.u0)
		}
		if m.typ != lexicon.PER || m.u1-m.u0 < 2 {
			continue
		}
		last := m.u1 - 1
		if st.linkable(last) {
			put(short, st.unitKey(last), k, last)
		}
		if m.u1-m.u0 >= 3 && (st.linkable(last-1) || st.has(last-1, flagParticle)) {
			put(short, st.key(last-1, m.u1), k, last-1)
		}
		if m.entry == nil && st.linkable(m.u0) && st.units[m.u0].flags&flagGiven == 0 {
			put(short, st.unitKey(m.u0), k, m.u0)
		}
	}
	return short, full
}

// linkable reports whether unit i may stand alone as a short form: a word
// that is not a function or common word or particle.
func (st *state) linkable(i int) bool {
	if !st.isWordUnit(i) {
		return false
	}
	u := &st.units[i]
	return u.flags&(flagStop|flagCommon|flagTitle|flagPronoun|flagParticle) == 0 && u.f1-u.f0 >= 2
}

// lookupShort returns the full mention a short form at units [a, b)
// points to, or -1. A possessive 's is ignored.
func (st *state) lookupShort(short map[string]shortForm, a, b int) int {
	// The key is written into a reused buffer: a map index of
	// string(bytes) does not copy them.
	st.keyBuf = st.appendKey(st.keyBuf[:0], a, b)
	k := st.keyBuf
	sf, ok := short[string(k)]
	if !ok && b-a == 1 {
		k = bytes.TrimSuffix(bytes.TrimSuffix(k, []byte("'s")), []byte("'"))
		sf, ok = short[string(k)]
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
		if !st.isWordUnit(i) || st.covered(i) || !slices.Contains(st.firsts, st.units[i].hash) {
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
// words begin another one's name (پامیر انرژی, پامیر انرژی گروپ)
// the longer one's key.
func (st *state) linkPrefixes() {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.entry != nil || m.typ == lexicon.PER || m.source == SourceCoref {
			continue
		}
		mk := st.mentionKey(k)
		for j := range st.mentions {
			o := &st.mentions[j]
			if j == k || o.dropped || o.typ != m.typ || o.u1-o.u0 <= m.u1-m.u0 || o.key == m.key {
				continue
			}
			if strings.HasPrefix(st.mentionKey(j), mk) && st.sameKey(o.u0, o.u0+(m.u1-m.u0), m.u0, m.u1) {
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

// mentionKey returns the folded text of mention k, computed once.
func (st *state) mentionKey(k int) string {
	if st.mkeys[k] == "\x00" {
		m := &st.mentions[k]
		st.mkeys[k] = ""
		if m.u0 < m.u1 {
			st.mkeys[k] = st.key(m.u0, m.u1)
		}
	}
	return st.mkeys[k]
}
