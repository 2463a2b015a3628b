package recognize

// Context names: outlets, clubs and places whose bare names are common
// words, places or too short to trust alone (data/outlets.txt,
// data/clubs.txt, data/places.txt). The lexicon leaves them out or needs
// them named in full first; these patterns take them where the words
// around them say what they are. The helpers below are shared by
// pattern_outlet.go, pattern_club.go and pattern_ctxplace.go.

// contextKinds are the cue kinds of the context names.
const contextKinds = 1<<cueOutlet | 1<<cueClub | 1<<cuePlace

// findContextNames finds the outlets, clubs and places of the cue data
// where their context says what they are, in one pass over the words.
func (st *state) findContextNames() {
	for i := 0; i < len(st.units); i++ {
		if st.cueAt[i].kinds&contextKinds == 0 {
			continue
		}
		if st.outletAt(i) || st.clubAt(i) || st.contextPlaceAt(i) {
			i = st.mentionAt(i).u1 - 1
		}
	}
}

// maxContextWords is the most words of a context phrase read before a
// name (به گزارش خبرنگار گروه بین‌الملل).
const maxContextWords = 7

// cueOfKind returns the first cue of kind k in the longest cue phrase
// that starts at unit i, and the unit after that phrase; or nil.
func (st *state) cueOfKind(i int, k cueKind) (*cue, int) {
	if i < 0 || i >= len(st.units) || st.cueAt[i].kinds&(1<<k) == 0 {
		return nil, i
	}
	for _, c := range st.cuesAt(i) {
		if cu := &st.r.cues[c]; cu.kind == k {
			return cu, int(st.cueAt[i].end)
		}
	}
	return nil, i
}

// contextAt reports whether the cue phrase at unit i is a context phrase
// giving ctx.
func (st *state) contextAt(i int, ctx string) bool {
	if i < 0 || i >= len(st.units) || st.cueAt[i].kinds&(1<<cueContext) == 0 {
		return false
	}
	for _, c := range st.cuesAt(i) {
		if cu := &st.r.cues[c]; cu.kind == cueContext && cu.ctx == ctx {
			return true
		}
	}
	return false
}

// contextBefore reports whether a context phrase giving ctx ends right
// before unit i, in its sentence. With ctx "source", the formula that
// credits a report (به گزارش, به نقل از) counts too.
func (st *state) contextBefore(i int, ctx string) bool {
	for a := i - 1; a >= 0 && a >= i-maxContextWords && st.sameSentence(a, i); a-- {
		if int(st.cueAt[a].end) != i {
			continue
		}
		if ctx == "source" && st.cueAt[a].kinds&(1<<cueSource) != 0 || st.contextAt(a, ctx) {
			return true
		}
	}
	return false
}

// takeContextName makes the mention of a context name cu over units
// [a, b), of type typ: of its lexicon entry when cu names one, else of the
// words as written. Mentions inside [a, b) give way (ایران, a country,
// heading a press-review line is the daily); it makes none, and reports
// false, when a mention runs past [a, b) or the words are in another
// sentence.
func (st *state) takeContextName(a, b int, cu *cue, typ, sector, source string) bool {
	if b <= a || !st.sameSentence(a, b-1) {
		return false
	}
	for i := a; i < b; i++ {
		if m := st.mentionAt(i); m != nil && (m.u0 < a || m.u1 > b) {
			return false
		}
	}
	for i := a; i < b; i++ {
		if m := st.mentionAt(i); m != nil {
			st.dropMention(m)
		}
	}
	m := st.newName(a, b, typ, source)
	m.sector = sector
	if e := st.r.lex.Get(cu.id); cu.id != "" && e != nil {
		m.entry, m.canonical, m.key = e, e.Name, e.ID
		m.country = e.Country
		if e.Sector != "" {
			m.sector = e.Sector
		}
		if _, seen := st.seen[e]; !seen {
			st.seen[e] = a
		}
	}
	return st.addMention(m)
}

// SourceClub is the Source of a sports club found from the words of the
// game around it (pattern_club.go).
const SourceClub = "pattern:club"
