package quotes

import "khabar/recognize"

// titleSpeakers resolves a title with no name after it: the person of the
// article who holds that office (of the country named with the title,
// when one is); else, in Persian, the unknown name right after the title
// (نخست وزیر زائف می‌گوید); else the title itself, as an anonymous
// speaker.
func (f *finder) titleSpeakers(c cand, w1 int) []speaker {
	v := f.v
	if c.role != "other" {
		if e := f.byRole(c.role, f.titleCountry(c), c.t0); e != nil {
			return []speaker{{name: e.Canonical, entity: e.ID, person: true}}
		}
	}
	// A spokesperson speaks for the body named after the title (سخنگوی
	// وزارت خارجه، a spokesman for the ministry).
	if c.role == "spokesperson" {
		k := c.t1
		if v.isWord(k, "for") || v.isWord(k, "of") {
			k++
		}
		if v.isWord(k, "the") {
			k++
		}
		if m := v.mentAt(k); m != nil && canSpeak(v.entity(m)) {
			return []speaker{f.speakerOf(m, w1)}
		}
		// the Pentagon spokesman, Iran's foreign ministry spokesman
		if m := v.mentEndingAt(c.t0 - 1); v.en && m != nil && canSpeak(v.entity(m)) {
			return []speaker{f.speakerOf(m, c.t0)}
		}
	}
	if !v.en {
		n := w1 - c.t1
		if n >= 1 && n <= 2 {
			ok := true
			for j := c.t1; j < w1; j++ {
				if v.toks[j].kind != tokWord || v.mentAt(j) != nil && v.entity(v.mentAt(j)).Type != "PER" || f.listed(j) {
					ok = false
				}
			}
			if ok {
				return []speaker{{name: f.bodyText(c.t1, w1), person: true}}
			}
		}
	}
	end := c.t1
	if m := v.mentAt(end); m != nil && v.entity(m).Type == "LOC" {
		end = m.t1
	}
	return []speaker{{name: f.bodyText(c.t0, end), anonymous: true}}
}

// listed reports whether token j is in one of the closed word lists.
func (f *finder) listed(j int) bool {
	w := f.v.w
	for _, s := range []*phraseSet{w.preposition, w.transparent, w.anonymous, w.demonstrative, w.pronoun, w.titles, w.verbs, w.verbEnd} {
		if s.has(f.v, j) {
			return true
		}
	}
	return false
}

// titleCountry returns the country named with a title: a country right
// after it (وزیر خارجه سوریه) or right before it (Syrian foreign
// minister), or "".
func (f *finder) titleCountry(c cand) string {
	v := f.v
	if m := v.mentAt(c.t1); m != nil && v.entity(m).Type == "LOC" {
		return v.entity(m).Country
	}
	if m := v.mentEndingAt(c.t0 - 1); m != nil && v.entity(m).Type == "LOC" {
		return v.entity(m).Country
	}
	return ""
}

// byRole returns the person of the article who holds role (in country,
// when given): the last one named before token i, else the first after.
func (f *finder) byRole(role, country string, i int) *recognize.Entity {
	v := f.v
	at := v.startOf(i)
	var before, after *recognize.Entity
	for k := range v.ents {
		e := &v.ents[k]
		if e.Type != "PER" || e.Role != role || country != "" && e.Country != "" && e.Country != country {
			continue
		}
		if v.normOffset(e.Start) < at {
			before = e
		} else if after == nil {
			after = e
		}
	}
	if before != nil {
		return before
	}
	return after
}
