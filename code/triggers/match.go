package triggers

import (
	"slices"
	"strings"

	"khabar/text/fa"
)

// index generates and indexes every surface form of every entry.
func (l *Lexicon) index() {
	forms := map[string][]formRef{}
	gapForms := map[string]map[string][]formRef{}
	gapToks, gapMost := map[string]int{}, map[string]int{}
	l.maxToks, l.gapToks, l.gapFirst = 1, 0, map[string]bool{}
	var ei int32
	addGapForm := func(e *Entry, w writtenForm, before, after string) {
		bk, ak := fa.FoldKey(before), fa.FoldKey(after)
		if bk == "" || ak == "" {
			return
		}
		n := len(strings.Fields(before))
		l.gapFirst[fa.FoldKey(strings.Fields(before)[0])] = true
		gapToks[bk] = n
		l.gapToks = max(l.gapToks, n)
		gapMost[bk] = max(gapMost[bk], len(strings.Fields(after))+1)
		if gapForms[bk] == nil {
			gapForms[bk] = map[string][]formRef{}
		}
		for _, r := range gapForms[bk][ak] {
			if r.entry == ei && r.form == w.form {
				return
			}
		}
		gapForms[bk][ak] = append(gapForms[bk][ak], formRef{entry: ei, form: w.form, en: e.Lang == "en"})
	}
	cont := map[uint64]bool{}
	addForm := func(e *Entry, w writtenForm) {
		if before, after, ok := splitGap(w.text); ok {
			addGapForm(e, w, before, after)
			return
		}
		key := fa.FoldKey(w.text)
		// The beginnings that end at a space or half-space: folded piece
		// by piece, the hash carried on from one to the next.
		h, n := hashSeed, 0
		pieces := strings.FieldsFunc(w.text, func(r rune) bool { return r == ' ' || r == '\u200c' })
		for _, piece := range pieces[:max(len(pieces)-1, 0)] {
			k := fa.FoldKey(piece)
			h, n = hashMore(h, k), n+len(k)
			if n > 0 && n < len(key) {
				cont[h] = true
			}
		}
		if key == "" {
			return
		}
		for _, r := range forms[key] {
			if r.entry == ei && r.form == w.form {
				return
			}
		}
		forms[key] = append(forms[key], formRef{entry: ei, form: w.form, en: e.Lang == "en"})
		if n := len(strings.Fields(w.text)); n+1 > l.maxToks {
			l.maxToks = n + 1 // one spare: a half-space word may be written apart
		}
	}
	for i, e := range l.entries {
		ei = int32(i)
		for _, v := range e.Verbs {
			var ws []writtenForm
			var err error
			if e.Lang == "en" {
				ws, err = englishForms(v)
			} else {
				ws, err = persianForms(v)
			}
			if err != nil {
				continue // reported by Validate
			}
			for _, w := range ws {
				addForm(e, w)
			}
		}
		for _, n := range e.Nouns {
			for _, w := range nounForms(n, e.Lang) {
				addForm(e, w)
			}
		}
	}
	l.forms = newFormIndex(forms, cont)
	l.gaps = indexGaps(gapForms, gapToks, gapMost)
}

// Match is one trigger found in a sentence.
type Match struct {
	Entry *Entry
	// First and Last are the indexes of the first and last token of the
	// trigger in the keys given to Match.
	First, Last int
	Form
}

// englishNegators, englishFuture and englishBe are the English words before
// a verb that change its mode.
var (
	englishNegators = []string{"not", "never", "nt", "no", "didnt", "doesnt", "dont", "wont", "cannot", "cant", "refused", "failed"}
	englishFuture   = []string{"will", "would", "shall", "ll", "plans", "plan", "planned", "expected", "intends", "hopes", "hope", "hoped"}
	englishBe       = []string{"was", "were", "is", "are", "been", "be", "being"}
)

// Match finds the triggers of one language in one sentence, given as the
// folded key of each token (fa.FoldKey), leftmost-longest and without
// overlap. For English it also reads negation, future and passive from
// the words before the verb.
func (l *Lexicon) Match(lang string, keys []string) []Match {
	var out []Match
	var buf []byte
	for i := 0; i < len(keys); {
		best := -1
		var refs []formRef
		buf = buf[:0]
		h := hashSeed
		for j := i; j < len(keys) && j < i+l.maxToks; j++ {
			buf = append(buf, keys[j]...)
			h = hashMore(h, keys[j])
			if j == i && !l.forms.mayBegin(buf) {
				break // no form begins so
			}
			if rs := l.forms.lookupHashed(h, buf); rs != nil {
				if lr := ofLang(rs, lang); len(lr) > 0 {
					best, refs = j, lr
				}
			}
			// After the first token (which a text may have cut anywhere,
			// خاطر نشان), go on only where some form goes on.
			if j > i && !l.forms.continues(h) {
				break
			}
		}
		// A gapped predicate (متهم به … کرد) is longer than any form that
		// matches its first words alone.
		if last, rs := l.matchGap(keys, i, lang, buf); last > best {
			best, refs = last, rs
		}
		if best < 0 {
			i++
			continue
		}
		for _, r := range refs {
			m := Match{Entry: l.entries[r.entry], First: i, Last: best, Form: r.form}
			if lang == "en" && !m.Noun {
				englishMode(keys, &m)
			}
			out = append(out, m)
		}
		i = best + 1
	}
	return out
}

// ofLang keeps the refs of one language.
func ofLang(rs []formRef, lang string) []formRef {
	en := lang == "en"
	for _, r := range rs {
		if r.en != en {
			out := make([]formRef, 0, len(rs))
			for _, r := range rs {
				if r.en == en {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return rs
}

// englishMode reads the auxiliaries before an English verb.
func englishMode(keys []string, m *Match) {
	for k := m.First - 1; k >= 0 && k >= m.First-3; k-- {
		w := strings.ReplaceAll(keys[k], "'", "")
		switch {
		case slices.Contains(englishNegators, w):
			m.Negated = true
		case slices.Contains(englishFuture, w):
			m.Future = true
		case w == "to":
			m.Subjunctive = true
		case slices.Contains(englishBe, w) && k == m.First-1 || (k == m.First-2 && slices.Contains(englishBe, w) && strings.HasSuffix(keys[m.First-1], "ly")):
			if strings.HasSuffix(keys[m.First], "ed") || strings.HasSuffix(keys[m.First], "en") || !strings.HasSuffix(keys[m.First], "ing") {
				m.Passive = !strings.HasSuffix(keys[m.First], "ing")
			}
		}
	}
}
