package recognize

import (
	"slices"
	"sync"

	"khabar/lexicon"
)

// orgRefWindow is how many sentences back "the committee" looks for the
// organisation it refers to.
const orgRefWindow = 4

// orgRefDeterminers stand before a head noun that refers back to an
// organisation named before: the committee, this ministry, این کمیته;
// folded once the fold table is built (init).
var orgRefDeterminers = sync.OnceValue(func() [][]rune {
	var out [][]rune
	for _, w := range []string{"the", "this", "این", "آن", "همین", "همان"} {
		out = append(out, appendFold(nil, w))
	}
	return out
})

// orgHeads are the head nouns of organisations that news refers back to
// with a determiner alone, folded once the fold table is built (init).
var orgHeads = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{
		"committee", "ministry", "agency", "company", "council", "commission", "organisation", "organization",
		"bank", "fund", "party", "court", "office", "department", "mission", "authority", "corporation", "group",
		"کمیته", "وزارت", "وزارتخانه", "سازمان", "شرکت", "شورا", "کمیسیون", "آژانس", "نهاد", "بانک", "صندوق",
		"حزب", "دادگاه", "دفتر", "اداره", "هیئت", "هیات", "خبرگزاری",
	} {
		out[string(appendFold(nil, w))] = true
	}
	return out
})

// linkOrgRefs makes a mention of "the committee", "این وزارت" and the like
// for the organisation named last before it, within orgRefWindow sentences,
// whose name holds that head noun (the State Committee for National
// Security, وزارت خارجهٔ ایران).
func (st *state) linkOrgRefs(byUnit []int) {
	for i := 0; i+1 < len(st.units); i++ {
		if !st.unitIsOneOf(i, orgRefDeterminers()) {
			continue
		}
		// the head may be an agent of its own (وزارت, ministry): the
		// reference names more
		agent := st.mentionAt(i + 1)
		if agent != nil && (agent.entry == nil || !agent.entry.IsAgent() || agent.u0 != i+1 || agent.u1 != i+2) {
			continue
		}
		if st.covered(i) || !st.isWordUnit(i) || !st.isWordUnit(i+1) ||
			st.units[i].sent != st.units[i+1].sent {
			continue
		}
		head := st.unitKey(i + 1)
		if !orgHeads()[head] {
			continue
		}
		// a name goes on after the head (the Committee for …): not a
		// reference; a Persian demonstrative ends its phrase at the head
		// (این کمیته طالبان را …)
		if st.units[i].latin && i+2 < len(st.units) && st.covered(i+2) && st.units[i+2].sent == st.units[i].sent {
			continue
		}
		if ante := st.lastOrgWith(byUnit, i, head); ante != nil {
			if agent != nil {
				agent.source = SourceCoref
				st.copyActor(agent, ante)
				agent.typ = lexicon.ORG
				continue
			}
			m := mention{u0: i + 1, u1: i + 2, source: SourceCoref}
			st.copyActor(&m, ante)
			m.typ, m.source = lexicon.ORG, SourceCoref
			st.addMention(m)
		}
	}
}

// lastOrgWith returns the organisation named last before unit i, within
// the window, one of whose words is head, or nil.
func (st *state) lastOrgWith(byUnit []int, i int, head string) *mention {
	return st.lastMentionBefore(byUnit, i, orgRefWindow, func(m *mention) bool {
		if m.typ != lexicon.ORG || m.dropped || m.entry != nil && m.entry.IsAgent() {
			return false
		}
		for u := m.u0; u < m.u1; u++ {
			if st.unitKey(u) == head {
				return true
			}
		}
		return false
	})
}

// unitIsOneOf reports whether the folded runes of unit i are one of
// words, without making a string.
func (st *state) unitIsOneOf(i int, words [][]rune) bool {
	u := &st.units[i]
	rs := st.runes[u.f0:u.f1]
	for _, w := range words {
		if slices.Equal(rs, w) {
			return true
		}
	}
	return false
}
