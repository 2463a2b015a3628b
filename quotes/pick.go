package quotes

// pick chooses the speakers among the candidates of a scan of [w0, w1):
// a person named by "including"; else an anonymous head that comes
// first; else a title (the person named after it, or the person of the
// article who holds that office); else the first person; else the first
// mention that is a head, else the first mention; with whatever is
// coordinated with it (ایالات متحده و اتحادیه اروپا).
func (f *finder) pick(sc scanned, w0, w1 int) []speaker {
	spk, _ := f.pickHead(sc, w0, w1)
	return spk
}

// pickHead is pick that also reports whether the speaker is only a
// modifier of an unknown head (نمایندگی کاهش فاجعه‌های اندونیزیا).
func (f *finder) pickHead(sc scanned, w0, w1 int) ([]speaker, bool) {
	v := f.v
	if sc.incl != nil {
		return f.mentionSpeakers(sc.incl, w1), false
	}
	if len(sc.cands) == 0 {
		return nil, false
	}
	first := sc.cands[0]
	switch first.kind {
	case candAnon:
		return []speaker{f.anonymousPhrase(first.t0, first.t1, w1)}, false
	case candPronoun:
		return f.previousPerson(first.t0), false
	case candTitle:
		// A title and the name after it, maybe past a comma (مدیر باشگاه
		// شهر، کاوه نوری).
		for _, c := range sc.cands[1:] {
			if c.kind == candTitle {
				continue
			}
			if c.kind == candMention && c.t0 <= first.t1+6 && v.entity(c.m).Type == "PER" {
				return f.mentionSpeakers(c.m, w1), false
			}
			if c.kind != candMention || !c.modifier {
				break
			}
		}
		return f.titleSpeakers(first, w1), false
	}
	for _, c := range sc.cands {
		if c.kind == candMention && v.entity(c.m).Type == "PER" {
			return f.mentionSpeakers(c.m, w1), false
		}
		if c.kind != candMention && c.kind != candTitle {
			break
		}
	}
	for _, c := range sc.cands {
		if c.kind == candMention && !c.modifier {
			return f.mentionSpeakers(c.m, w1), false
		}
		if c.kind != candMention && c.kind != candTitle {
			break
		}
	}
	return f.mentionSpeakers(first.m, w1), true
}
