package recognize

// maxSuffixRunes is the longest suffix a name may take inside its word
// (ایرانی‌هایشان).
const maxSuffixRunes = 8

// candidate is a trie terminal reached from a start unit: the walk ended
// after `runes` folded runes of unit `unit`, at trie node `node`.
type candidate struct {
	unit  int
	runes int
	node  int32
}

// matchLexicon runs the one pass of multi-pattern matching: from each
// unit, the trie is walked over the folded runes of that unit and the
// ones after it in the sentence; the longest lexicon name that ends at a
// unit end (or before a suffix) wins, and matching goes on after it. Cue
// phrases are found on the same walk, and every unit gets the flags of the
// one-word cues that match it exactly.
func (st *state) matchLexicon() {
	t := st.r.trie
	n := len(st.units)
	if cap(st.cueAt) < n {
		st.cueAt = make([]cueMatch, n)
	}
	st.cueAt = st.cueAt[:n]
	clear(st.cueAt)
	st.cueList = st.cueList[:0]
	st.syms = t.appendSyms(st.syms[:0], st.runes)
	for i := 0; i < n; {
		u := &st.units[i]
		if !u.isWord() {
			i++
			continue
		}
		st.cand = st.cand[:0]
		node := int32(0)
	walk:
		for j := i; j < n; j++ {
			uj := &st.units[j]
			if j > i && (!uj.isWord() || uj.sent != u.sent) {
				break
			}
			for k := uj.f0; k < uj.f1; k++ {
				node = t.nextSym(node, st.syms[k])
				if node == 0 {
					break walk
				}
				if t.terminal(node) {
					st.cand = append(st.cand, candidate{unit: j, runes: int(k + 1 - uj.f0), node: node})
				}
			}
		}
		st.noteCues(i)
		if j := st.chooseLexicon(i); j > i {
			i = j
		} else {
			i++
		}
	}
}

// noteCues records the flags of unit i and the longest cue phrase that
// starts there.
func (st *state) noteCues(i int) {
	t := st.r.trie
	for _, c := range st.cand {
		if !t.hasNeg(c.node) || c.runes != int(st.units[c.unit].f1-st.units[c.unit].f0) {
			continue // cues match whole words only
		}
		for _, v := range t.valuesOf(c.node) {
			if v >= 0 {
				continue
			}
			tag := st.r.cueTags[^v]
			kind := tag &^ cueTagLatin
			if tag == cueGiven|cueTagLatin && !st.units[i].cap {
				continue // a given name is written with a capital
			}
			if c.unit == i {
				st.units[i].flags |= flagOfKind[kind]
			}
			cm := &st.cueAt[i]
			if int32(c.unit+1) > cm.end {
				cm.end, cm.first, cm.n, cm.kinds = int32(c.unit+1), int32(len(st.cueList)), 0, 0
			}
			if int32(c.unit+1) == cm.end {
				st.cueList = append(st.cueList, ^v)
				cm.n++
				cm.kinds |= 1 << kind
			}
		}
	}
	// A Persian word that is both a common word and a given name (اما
	// "but", Emma; تیم "team", Tim; جان "life", John) is the common word.
	if f := &st.units[i].flags; !st.units[i].latin && *f&(flagStop|flagCommon|flagTitle) != 0 {
		*f &^= flagGiven
	}
}

// chooseLexicon takes the longest candidate of st.cand that holds a valid
// lexicon name, records its mention and returns the unit after it; or
// returns i when there is none.
func (st *state) chooseLexicon(i int) int {
	for c := len(st.cand) - 1; c >= 0; c-- {
		cd := st.cand[c]
		if !st.r.trie.hasPos(cd.node) {
			continue
		}
		if rest := int(st.units[cd.unit].f1-st.units[cd.unit].f0) - cd.runes; rest > maxSuffixRunes {
			continue
		}
		if m, ok := st.lexiconMention(i, cd); ok {
			if st.addMention(m) {
				return cd.unit + 1
			}
		}
	}
	return i
}
