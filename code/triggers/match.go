package triggers

import (
	"slices"
	"strings"

	"khabar/text/fa"
)

// index generates and indexes every surface form of every entry.
func (l *Lexicon) index() {
	forms := make(map[string][]formRef, 1<<16)
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
	// Forms share most of their words (the light verbs' forms, the fixed
	// parts), so each piece is folded once.
	folded := map[string]string{}
	foldPiece := func(p string) string {
		k, ok := folded[p]
		if !ok {
			k = fa.FoldKey(p)
			folded[p] = k
		}
		return k
	}
	var keys []string
	var keyBuf []byte
	addForm := func(e *Entry, w writtenForm) {
		if before, after, ok := splitGap(w.text); ok {
			addGapForm(e, w, before, after)
			return
		}
		var words int
		keys, keyBuf, words = formKey(w.text, foldPiece, keys[:0], keyBuf[:0])
		// The beginnings that end at a space or half-space: the hash
		// carried on from one piece to the next.
		h, n := hashSeed, 0
		for _, k := range keys[:max(len(keys)-1, 0)] {
			h, n = hashMore(h, k), n+len(k)
			if n > 0 && n < len(keyBuf) {
				cont[h] = true
			}
		}
		if len(keyBuf) == 0 {
			return
		}
		key := string(keyBuf)
		for _, r := range forms[key] {
			if r.entry == ei && r.form == w.form {
				return
			}
		}
		forms[key] = append(forms[key], formRef{entry: ei, form: w.form, en: e.Lang == "en"})
		if words+1 > l.maxToks {
			l.maxToks = words + 1 // one spare: a half-space word may be written apart
		}
	}
	for i, e := range l.entries {
		ei = int32(i)
		for v := range e.Verbs {
			// the forms validate made; a verb without them was reported
			// as bad and is left out
			if v < len(e.forms) {
				for _, w := range e.forms[v] {
					addForm(e, w)
				}
			}
		}
		e.forms = nil
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

// formKey returns the keys of the pieces of a written form (split at
// spaces and half-spaces), appended to keys, their concatenation, the
// form's key (fa.FoldKey of it), appended to buf, and its number of words.
func formKey(text string, fold func(string) string, keys []string, buf []byte) ([]string, []byte, int) {
	words := 0
	for rest := text; rest != ""; {
		piece, sep := rest, false
		if i, n := pieceEnd(rest); i >= 0 {
			piece, sep, rest = rest[:i], n == 1, rest[i+n:]
		} else {
			rest = ""
		}
		if piece == "" {
			continue
		}
		if sep || rest == "" {
			words++ // a piece that ends a word: at a space or at the end
		}
		k := fold(piece)
		keys = append(keys, k)
		buf = append(buf, k...)
	}
	return keys, buf, words
}

// pieceEnd returns the offset and length of the first space or half-space
// in s, or -1.
func pieceEnd(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ' ':
			return i, 1
		case s[i] == 0xE2 && strings.HasPrefix(s[i:], "\u200c"):
			return i, len("\u200c")
		}
	}
	return -1, 0
}
