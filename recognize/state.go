package recognize

import (
	"sync"

	"khabar/lexicon"
)

// state is the working memory of one Recognize call.
type state struct {
	r     *Recognizer
	d     *Doc
	units []unit
	runes []rune
	// syms holds the trie symbol of each of runes.
	syms []uint16
	// cueAt holds, for each unit, the longest cue phrase that starts there.
	cueAt    []cueMatch
	cueList  []int32
	mentions []mention
	// seen holds the entries already named in the article, and the unit
	// where they were first named.
	seen map[*lexicon.Entry]int
	cand []candidate
	// latinCaps counts the capitalised Latin words.
	latinCaps int
	// opens lists the units that are an opening parenthesis, which the
	// bracket patterns start from.
	opens []int
	// firsts holds the hashes of the first words of the short forms.
	firsts []uint64
	// mkeys holds the folded key of each mention while linking.
	mkeys []string
	// keyBuf is reused to look keys up without a copy.
	keyBuf []byte
	// ed holds the rows of the edit distance.
	ed [2][]int
}

// cueMatch is the longest cue phrase from a unit to unit end (exclusive;
// 0 for none): the cues st.cueList[first:first+n].
type cueMatch struct {
	end, first, n int32
	kinds         uint32 // bit 1<<kind for each cue kind among them
}

// mention is one entity mention while the article is worked on.
type mention struct {
	u0, u1     int // units [u0, u1)
	start, end int // span in Doc.Norm
	typ        string
	entry      *lexicon.Entry
	canonical  string
	country    string
	sector     string
	role       string
	adjective  bool
	metonym    bool
	source     string
	// key groups the mentions of one actor: the entry id, or the folded
	// name of an unknown one; linking may set it to another mention's key.
	key string
	// dropped mentions are left out of the result.
	dropped bool
	// via is 1 + the index of the mention whose country this one takes
	// once linking is done (a person and the body a title names), or 0.
	via int
}

var statePool = sync.Pool{New: func() any { return &state{seen: map[*lexicon.Entry]int{}} }}

func (r *Recognizer) newState(d *Doc) *state {
	st := statePool.Get().(*state)
	st.r, st.d = r, d
	st.mentions = st.mentions[:0]
	clear(st.seen)
	return st
}

func (st *state) release() {
	st.r, st.d = nil, nil
	if cap(st.runes) > 1<<20 {
		st.runes, st.syms, st.units, st.cueAt = nil, nil, nil, nil
	}
	statePool.Put(st)
}

// covered reports whether unit i is part of a mention.
func (st *state) covered(i int) bool { return st.units[i].ment != 0 }

// addMention records m and marks its units covered. It refuses (and
// returns false) a mention that overlaps one already made.
func (st *state) addMention(m mention) bool {
	if m.u0 < 0 || m.u1 > len(st.units) || m.u0 >= m.u1 {
		return false
	}
	for i := m.u0; i < m.u1; i++ {
		if st.units[i].ment != 0 {
			return false
		}
	}
	if m.start == 0 && m.end == 0 {
		m.start, m.end = st.units[m.u0].start, st.units[m.u1-1].end
	}
	st.mentions = append(st.mentions, m)
	for i := m.u0; i < m.u1; i++ {
		st.units[i].ment = int32(len(st.mentions))
	}
	return true
}

// cuesAt returns the cues of the longest cue phrase that starts at unit i.
func (st *state) cuesAt(i int) []int32 {
	cm := &st.cueAt[i]
	return st.cueList[cm.first : cm.first+cm.n]
}
