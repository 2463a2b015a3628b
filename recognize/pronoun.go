package recognize

import "khabar/lexicon"

// pronounWindow is how many sentences back a pronoun looks for the person
// or country it refers to.
const pronounWindow = 2

// linkPronouns makes a mention of every personal pronoun (او، وی، ایشان،
// he, she) for the person it most likely refers to, and of every "this
// country" (این کشور, the country) for the country: the first person of
// the same sentence before the pronoun, else of the nearest sentence before
// it that names one (the subject, as a rule); the last country named.
func (st *state) linkPronouns() {
	byUnit := st.mentionStarts()
	st.linkOrgRefs(byUnit)
	for i := 0; i < len(st.units); i++ {
		if st.covered(i) || !st.isWordUnit(i) {
			continue
		}
		if c := st.countryRefAt(i); c > i {
			if ante := st.lastCountry(byUnit, i); ante != nil {
				m := mention{u0: i, u1: c}
				st.copyActor(&m, ante)
				m.typ, m.source = lexicon.LOC, SourceCoref
				m.adjective = false
				st.addMention(m)
			}
			i = c - 1
			continue
		}
		if st.units[i].flags&flagPronoun == 0 {
			continue
		}
		if ante := st.lastPerson(byUnit, i); ante != nil {
			m := mention{u0: i, u1: i + 1, source: SourceCoref}
			st.copyActor(&m, ante)
			m.source = SourceCoref
			st.addMention(m)
		}
	}
}

// mentionStarts lists the live mentions by their first unit, in text order.
func (st *state) mentionStarts() []int {
	var out []int
	for i := range st.units {
		if m := st.mentionAt(i); m != nil && m.u0 == i && !m.dropped {
			out = append(out, int(st.units[i].ment-1))
		}
	}
	return out
}

// countryRefAt returns the end of a "this country" phrase at unit i, or i.
func (st *state) countryRefAt(i int) int {
	if st.cueAt[i].kinds&(1<<cueCountryRef) == 0 {
		return i
	}
	for _, c := range st.cuesAt(i) {
		if st.r.cues[c].kind == cueCountryRef {
			return int(st.cueAt[i].end)
		}
	}
	return i
}

// lastPerson returns the person a pronoun at unit i refers to, or nil.
func (st *state) lastPerson(byUnit []int, i int) *mention {
	sent := st.units[i].sent
	for back := int32(0); back <= pronounWindow; back++ {
		for _, k := range byUnit {
			m := &st.mentions[k]
			if st.units[m.u0].sent != sent-back || m.typ != lexicon.PER || m.adjective {
				continue
			}
			if back == 0 && m.u0 >= i {
				break
			}
			return m
		}
	}
	return nil
}

// lastCountry returns the country named last before unit i, within the
// window, or nil.
func (st *state) lastCountry(byUnit []int, i int) *mention {
	return st.lastMentionBefore(byUnit, i, pronounWindow+1, func(m *mention) bool {
		return m.entry != nil && m.entry.Kind() == "country" && !m.metonym && !st.afterMotion(m.u0)
	})
}

// motionWords open a phrase of where something goes or comes from: a
// country named there (sailing toward Singapore) is not the one "the
// country" of the next sentence means.
var motionWords = map[string]bool{"toward": true, "towards": true, "to": true, "from": true, "via": true, "into": true}

// afterMotion reports whether unit u follows a word of motion.
func (st *state) afterMotion(u int) bool {
	if u < 1 || !st.units[u].latin {
		return false
	}
	return motionWords[st.unitKey(u-1)]
}

// lastMentionBefore returns the last mention of byUnit (mention indexes
// in text order) that starts before unit i, at most window sentences
// back, and that ok accepts; or nil.
func (st *state) lastMentionBefore(byUnit []int, i int, window int32, ok func(m *mention) bool) *mention {
	sent := st.units[i].sent
	var best *mention
	for _, k := range byUnit {
		m := &st.mentions[k]
		if m.u0 >= i {
			break
		}
		if st.units[m.u0].sent+window >= sent && ok(m) {
			best = m
		}
	}
	return best
}
