package recognize

import (
	"errors"
	"strings"

	"khabar/lexicon"
)

// Recognizer finds entities in articles. It holds only read-only tables
// once made and is safe for concurrent use.
type Recognizer struct {
	lex     *lexicon.Lexicon
	trie    *trie
	targets []target
	cues    []cue
	// cueTags holds the kind of each cue, with cueTagLatin set for a
	// Latin one: what the matcher reads of a cue, packed for its cache.
	cueTags []cueKind
	// stopKeys holds the folded keys of the cue words that are common
	// words (function words, common nouns, titles, heads), to tell lexicon
	// names that are also common words.
	stopKeys map[string]bool
}

// Name forms: how a lexicon name points to its entry.
const (
	formName uint8 = iota
	formMetonym
	formAdj
)

// Case rules for Latin names.
const (
	caseAny   uint8 = iota // multi-word names, agents
	caseCap                // single words: must begin with a capital
	caseUpper              // short acronyms: every letter a capital
)

// target is one lexicon name under a trie key.
type target struct {
	entry    *lexicon.Entry
	form     uint8
	caseRule uint8
	latin    bool
	words    int  // words in the name as written
	runes    int  // folded runes of the key
	common   bool // a one-word name that is also a common word (مالی, May)
}

// New builds a recognizer for lex: every name, adjective and metonym of
// every entry, and the built-in cue words, in one trie.
func New(lex *lexicon.Lexicon) (*Recognizer, error) {
	if lex == nil {
		return nil, errors.New("recognize: New: nil lexicon")
	}
	cues, err := loadCues()
	if err != nil {
		return nil, err
	}
	r := &Recognizer{lex: lex, cues: cues, stopKeys: map[string]bool{}}
	b := newTrieBuilder()
	var key []rune
	for i, c := range cues {
		key = appendFold(key[:0], c.phrase)
		b.add(key, ^int32(i))
		switch c.kind {
		case cueStop, cueVerbNoun, cueCommon, cueVerb, cueTitle, cueOrgHead, cueLocHead, cueEvtHead, cueSpeech, cueKin, cuePrep:
			r.stopKeys[string(key)] = true
		}
	}
	// Common words with a suffix are common words too: فرصتی, منطقه‌ای,
	// مقام‌ها. They are added as cues of their own.
	inflected := cue{kind: cueInflected, phrase: "(inflected)"}
	cues = append(cues, inflected)
	r.cues = cues
	infl := ^int32(len(cues) - 1)
	for _, c := range cues[:len(cues)-1] {
		if (c.kind != cueCommon && c.kind != cueStop && c.kind != cueVerb && c.kind != cueVerbNoun) || c.latin || strings.ContainsRune(c.phrase, ' ') {
			continue
		}
		key = appendFold(key[:0], c.phrase)
		for _, suf := range []string{"ی", "ای", "ها", "های", "هایی"} {
			b.add(append(key[:len(key):len(key)], []rune(suf)...), infl)
		}
	}
	for _, e := range lex.Entries() {
		for _, name := range e.AllNames() {
			r.addName(b, e, name, formName)
		}
		for _, name := range e.Metonym {
			r.addName(b, e, name, formMetonym)
		}
		for _, name := range e.Adj {
			r.addName(b, e, name, formAdj)
		}
	}
	r.trie = b.build()
	r.cueTags = make([]cueKind, len(r.cues))
	for i, c := range r.cues {
		r.cueTags[i] = c.kind
		if c.latin {
			r.cueTags[i] |= cueTagLatin
		}
	}
	return r, nil
}

// addName adds one name of e, and its ezafe variants, to the trie.
func (r *Recognizer) addName(b *trieBuilder, e *lexicon.Entry, name string, form uint8) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	key := appendFold(nil, name)
	if len(key) == 0 {
		return
	}
	words := strings.Fields(name)
	t := target{entry: e, form: form, latin: isLatinText(name), words: len(words), runes: len(key)}
	if t.latin && !e.IsAgent() && len(words) == 1 {
		t.caseRule = caseCap
		if allCaps(name) && len([]rune(name)) <= 4 {
			t.caseRule = caseUpper
		}
	}
	if len(words) == 1 && t.caseRule != caseUpper && !e.IsAgent() && r.isCommonKey(key) {
		t.common = true
	}
	idx := int32(len(r.targets))
	r.targets = append(r.targets, t)
	b.add(key, idx)
	if !t.latin && len(words) > 1 {
		for _, v := range ezafeVariants(words) {
			b.add(v, idx)
		}
	}
}

// ezafeVariants returns the keys of a Persian name written with the ezafe
// as ی after its words that end in ه (اتحادیهٔ اروپا → اتحادیه‌ی اروپا),
// for names of up to four words.
func ezafeVariants(words []string) [][]rune {
	if len(words) > 4 {
		return nil
	}
	var at []int
	for i, w := range words[:len(words)-1] {
		if k := appendFold(nil, w); len(k) > 0 && k[len(k)-1] == 'ه' {
			at = append(at, i)
		}
	}
	var out [][]rune
	for mask := 1; mask < 1<<len(at); mask++ {
		var key []rune
		for i, w := range words {
			key = appendFold(key, w)
			for bit, j := range at {
				if j == i && mask&(1<<bit) != 0 {
					key = append(key, 'ی')
				}
			}
		}
		out = append(out, key)
	}
	return out
}

// isCommonKey reports whether a one-word key is a common word: a cue word
// that is not a name, or one with the suffix ی (ولایتی, "a province").
func (r *Recognizer) isCommonKey(key []rune) bool {
	if r.stopKeys[string(key)] {
		return true
	}
	n := len(key)
	return n > 2 && key[n-1] == 'ی' && r.stopKeys[string(key[:n-1])]
}
