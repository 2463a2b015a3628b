package code

import (
	"strings"

	"khabar/text/fa"
)

// wordSet is a set of folded keys (fa.FoldKey).
type wordSet map[string]bool

// words folds a list of words into a set.
func words(list ...string) wordSet {
	s := wordSet{}
	for _, w := range list {
		s[fa.FoldKey(w)] = true
	}
	return s
}

// placeTable maps a preposition, one or two words, to the argument place
// it opens: the names the trigger lexicon's args use (با, به, از, میان,
// with, to, …), "by" for the agent of a passive, "in" and "در" for a
// place, and "other" for prepositions that open no argument.
type placeTable struct {
	one map[string]string
	two map[string]map[string]string // first word → second word → place
}

func places(pairs ...string) placeTable {
	t := placeTable{one: map[string]string{}, two: map[string]map[string]string{}}
	for i := 0; i+1 < len(pairs); i += 2 {
		ws := strings.Fields(pairs[i])
		for j := range ws {
			ws[j] = fa.FoldKey(ws[j])
		}
		if len(ws) == 1 {
			t.one[ws[0]] = pairs[i+1]
			continue
		}
		if t.two[ws[0]] == nil {
			t.two[ws[0]] = map[string]string{}
		}
		t.two[ws[0]][ws[1]] = pairs[i+1]
	}
	return t
}

// at returns the place opened at token i of keys and how many tokens the
// preposition takes, or "", 0.
func (t placeTable) at(keys []string, i int) (string, int) {
	if i+1 < len(keys) {
		if p, ok := t.two[keys[i]][keys[i+1]]; ok {
			return p, 2
		}
	}
	if p, ok := t.one[keys[i]]; ok {
		return p, 1
	}
	return "", 0
}

// atClass is at for a token whose classes are cl: a word that begins no
// preposition is answered without a lookup.
func (t placeTable) atClass(keys []string, i int, cl wordClass) (string, int) {
	if cl&classPlace == 0 {
		return "", 0
	}
	return t.at(keys, i)
}

// pair returns the place of a two-word preposition, or "".
func (t placeTable) pair(a, b string) string { return t.two[a][b] }

// language holds the word tables of one language.
type language struct {
	places      placeTable
	boundaries  wordSet // words that begin a new clause
	conditional wordSet // words that begin a conditional clause
	conj        wordSet // and, و: joins the items of a list
	verbs       wordSet // finite verbs that are not triggers but end a clause (Persian) or open a complement (English)
	aux         wordSet // English auxiliaries and adverbs between a subject and its verb
	object      string  // the Persian object marker را, or ""
	intent      [][]string
	request     [][]string
	breaks      wordSet // English: the first words of the intent and request cues, which end a phrase
	classes     map[string]wordClass
}

// cueBreaks returns the first words of the cues of l.
func cueBreaks(l *language) wordSet {
	s := wordSet{}
	for _, cues := range [][][]string{l.intent, l.request} {
		for _, c := range cues {
			if len(c) > 0 {
				for k := range words(c[0]) {
					s[k] = true
				}
			}
		}
	}
	return s
}

// Only English needs the breaks: its verbs stand between subject and
// object; Persian cues end their clause or are already verbs.
func init() {
	english.breaks = cueBreaks(&english)
	// The light verbs end a phrase too: Japan | gave | Afghanistan aid.
	for k := range englishLightVerbs {
		if !english.aux[k] {
			english.breaks[k] = true
		}
	}
	english.classes, persian.classes = classTable(&english), classTable(&persian)
}

// wordClass says what a word is to the clause splitter (newParse): the
// sets a key is in, found with one lookup instead of one a set.
type wordClass uint16

const (
	classQuote       wordClass = 1 << iota // quoteMarks
	classConditional                       // language.conditional
	classBoundary                          // language.boundaries
	classBreak                             // language.breaks
	classVerb                              // language.verbs
	classPlace                             // the first word of a preposition of language.places
	classAux                               // persianAux
	classGlued                             // gluedObject
)

// classTable builds the classes of every key in one of l's sets.
func classTable(l *language) map[string]wordClass {
	t := map[string]wordClass{}
	mark := func(c wordClass, set map[string]bool) {
		for k, in := range set {
			if in {
				t[k] |= c
			}
		}
	}
	mark(classQuote, quoteMarks)
	mark(classConditional, l.conditional)
	mark(classBoundary, l.boundaries)
	mark(classBreak, l.breaks)
	mark(classVerb, l.verbs)
	mark(classAux, persianAux)
	for k := range l.places.one {
		t[k] |= classPlace
	}
	for k := range l.places.two {
		t[k] |= classPlace
	}
	for k := range gluedObject {
		t[k] |= classGlued
	}
	return t
}

// classOf returns the classes of key k (the table is built in init, for
// the two languages).
func (l *language) classOf(k string) wordClass { return l.classes[k] }
