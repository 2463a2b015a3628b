package quotes

import "strings"

// subjectFa finds the speakers of a Persian verb at vt whose clause starts
// at w0. A clause joined by "و" after a verb has its own subject, or
// shares the subject of the clause before; a clause with none takes the
// speaker of the sentence before (Persian drops subject pronouns: اما
// تأکید کرد که …).
func (f *finder) subjectFa(vt, w0 int) []speaker {
	v := f.v
	w := f.faClauseStart(w0, vt)
	if spk := f.pick(f.leftScan(w, vt), w, vt); spk != nil {
		return spk
	}
	if w > w0 {
		if spk := f.pick(f.leftScan(w0, vt), w0, vt); spk != nil {
			return spk
		}
	}
	for j := w0; j < vt; j++ {
		if v.toks[j].kind == tokWord && !v.w.transparent.has(v, j) {
			return nil
		}
	}
	return f.previousSpeakers(vt)
}

// faClauseStart returns the start of the last clause in [w0, vt) that "و"
// (or اما، ولی) opens after a verb.
func (f *finder) faClauseStart(w0, vt int) int {
	v := f.v
	for j := vt - 1; j > w0; j-- {
		if (v.isWord(j, "و") || v.isWord(j, "اما") || v.isWord(j, "ولی")) && f.verbLike(j-1) {
			return j + 1
		}
	}
	return w0
}

// verbLike reports whether token j looks like the end of a verb.
func (f *finder) verbLike(j int) bool {
	v := f.v
	if j < 0 || v.toks[j].kind != tokWord {
		return false
	}
	if v.w.verbEnd.has(v, j) {
		return true
	}
	k := v.toks[j].key
	return strings.HasPrefix(k, "می") && len(k) > len("می")+2 || strings.HasSuffix(k, "ند") && !strings.HasSuffix(k, "مند") && len(k) > 6
}

// previousSpeakers returns the named speakers of the last quote found
// before token i, when it is in the same or the previous sentence: the
// speaker of a sentence whose subject was dropped.
func (f *finder) previousSpeakers(i int) []speaker {
	if len(f.found) == 0 {
		return nil
	}
	last := f.found[len(f.found)-1]
	s := f.v.sentOf(i)
	if last.sent < s-1 || last.sent > s {
		return nil
	}
	var out []speaker
	for _, sp := range last.speakers {
		if !sp.anonymous {
			out = append(out, sp)
		}
	}
	return out
}

// previousPerson returns the person who spoke last, within the two
// sentences before token i: whom a pronoun the recognizer did not
// resolve most likely stands for.
func (f *finder) previousPerson(i int) []speaker {
	s := f.v.sentOf(i)
	for k := len(f.found) - 1; k >= 0; k-- {
		fd := f.found[k]
		if max(fd.sent, f.v.sentOf(fd.t1-1)) < s-2 {
			break
		}
		for _, sp := range fd.speakers {
			if sp.person && !sp.anonymous {
				return []speaker{sp}
			}
		}
	}
	return nil
}
