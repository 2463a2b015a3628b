package quotes

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// Verb classes (data/README.md).
const (
	classSay     = "say"     // takes its report with or without a complementizer
	classWeak    = "weak"    // speech only before که/that, a colon or a quotation
	classCall    = "call"    // quotes a quotation right before it
	classPublish = "publish" // reports when its object is a report and که follows
)

// verbForm is what one matched verb form says.
type verbForm struct {
	class string
	lemma string
	// bare: a Persian past participle with no auxiliary (گفته), which is
	// also a noun ("statements"); it counts only where a verb can stand.
	bare bool
	// participle: an English -ing form, whose subject is the subject of
	// the main clause (…, saying …).
	participle bool
}

// words is the closed word lists of one language (data/words_*.txt), by
// kind.
type words struct {
	verbs         *phraseSet // speech verbs; payload: index into wordbook.forms
	preposition   *phraseSet // a mention after one is no subject
	transparent   *phraseSet // conjunctions and time words a subject may follow
	auxiliary     *phraseSet // English words between a subject and its verb
	anonymous     *phraseSet // heads that name no one (officials, مقامات)
	naming        *phraseSet // words that make the quotation after them a name
	including     *phraseSet // "supporters, including X"
	demonstrative *phraseSet // این، this: no source after "بر اساس"
	intent        *phraseSet // hope and intention: an event, not a quote
	report        *phraseSet // objects that make a publishing verb a report
	cue           *phraseSet // attribution before the source (به گفتهٔ، according to)
	based         *phraseSet // بر اساس: attribution only before basedNoun or a name
	basedNoun     *phraseSet
	pronoun       *phraseSet // personal pronouns (او، he)
	verbEnd       *phraseSet // verbs after which "و" opens a new clause
	titles        *phraseSet // payload: index into wordbook.roles
	// first maps the folded text of a token to the bits of the sets that
	// have a phrase starting with it.
	first map[string]uint32
}

// all returns the sets of w, each with its bit.
func (w *words) all() []**phraseSet {
	return []**phraseSet{&w.verbs, &w.preposition, &w.transparent, &w.auxiliary, &w.anonymous,
		&w.naming, &w.including, &w.demonstrative, &w.intent, &w.report, &w.cue, &w.based,
		&w.basedNoun, &w.pronoun, &w.verbEnd, &w.titles}
}

// index gives every set its bit and builds first.
func (w *words) index() {
	w.first = map[string]uint32{}
	for i, sp := range w.all() {
		if *sp == nil {
			*sp = newPhraseSet()
		}
		p := *sp
		p.bit = 1 << uint(i)
		p.keys(func(k string) { w.first[k] |= p.bit })
	}
}

// wordbook is everything the finder reads from data/.
type wordbook struct {
	forms []verbForm
	roles []string
	fa    words
	en    words
}

var (
	bookOnce sync.Once
	book     *wordbook
	bookErr  error
)

// loadWordbook parses the embedded data once.
func loadWordbook() (*wordbook, error) {
	bookOnce.Do(func() { book, bookErr = parseWordbook() })
	return book, bookErr
}

func parseWordbook() (*wordbook, error) {
	l := &wordbook{}
	l.fa.verbs, l.en.verbs = newPhraseSet(), newPhraseSet()
	if err := l.readLines("data/verbs_fa.txt", l.addVerbFa); err != nil {
		return nil, err
	}
	if err := l.readLines("data/verbs_en.txt", l.addVerbEn); err != nil {
		return nil, err
	}
	if err := l.readWords("data/words_fa.txt", &l.fa); err != nil {
		return nil, err
	}
	if err := l.readWords("data/words_en.txt", &l.en); err != nil {
		return nil, err
	}
	l.fa.titles, l.en.titles = newPhraseSet(), newPhraseSet()
	if err := l.readLines("data/titles.txt", l.addTitle); err != nil {
		return nil, err
	}
	l.fa.index()
	l.en.index()
	return l, nil
}

// readLines calls add with the fields of every line of a data file that
// is not blank or a comment; an error names the file and line.
func (l *wordbook) readLines(name string, add func(fields []string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := add(fields); err != nil {
			return fmt.Errorf("quotes: %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func checkClass(c string) error {
	switch c {
	case classSay, classWeak, classCall, classPublish:
		return nil
	}
	return fmt.Errorf("unknown verb class %q", c)
}

func (l *wordbook) addVerbFa(f []string) error {
	if len(f) != 4 {
		return fmt.Errorf("want class | nonverbal | past stem | present stem, got %d fields", len(f))
	}
	if err := checkClass(f[0]); err != nil {
		return err
	}
	nonverbal := f[1]
	if nonverbal == "-" {
		nonverbal = ""
	}
	past, present := f[2], f[3]
	if past == "-" && nonverbal == "" {
		return fmt.Errorf("a copula verb needs a nonverbal part")
	}
	lemma := nonverbal
	if past != "-" {
		lemma = strings.TrimSpace(nonverbal + " " + past)
	}
	for _, form := range conjugateFa(nonverbal, past, present) {
		l.forms = append(l.forms, verbForm{class: f[0], lemma: lemma, bare: form.bare})
		l.fa.verbs.add(form.parts, int32(len(l.forms)-1))
	}
	return nil
}

func (l *wordbook) addVerbEn(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want class | form | …")
	}
	if err := checkClass(f[0]); err != nil {
		return err
	}
	for _, form := range f[1:] {
		if form == "" {
			return fmt.Errorf("empty form")
		}
		l.forms = append(l.forms, verbForm{class: f[0], lemma: f[1], participle: strings.HasSuffix(form, "ing")})
		l.en.verbs.addText(form, int32(len(l.forms)-1))
	}
	return nil
}

func (l *wordbook) addTitle(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want role | title | …")
	}
	l.roles = append(l.roles, f[0])
	id := int32(len(l.roles) - 1)
	for _, t := range f[1:] {
		if isLatin(t) {
			l.en.titles.addText(t, id)
		} else {
			l.fa.titles.addText(t, id)
		}
	}
	return nil
}

// readWords reads a words file: "kind: a | b | …" lines.
func (l *wordbook) readWords(name string, w *words) error {
	sets := map[string]**phraseSet{
		"preposition": &w.preposition, "transparent": &w.transparent, "auxiliary": &w.auxiliary,
		"anonymous": &w.anonymous, "naming": &w.naming, "including": &w.including,
		"demonstrative": &w.demonstrative, "intent": &w.intent, "report": &w.report,
		"cue": &w.cue, "based": &w.based, "basednoun": &w.basedNoun,
		"pronoun": &w.pronoun, "verbend": &w.verbEnd,
	}
	return l.readLines(name, func(f []string) error {
		kind, first, ok := strings.Cut(f[0], ":")
		if !ok {
			return fmt.Errorf("want kind: a | b | …")
		}
		set, ok := sets[strings.TrimSpace(kind)]
		if !ok {
			return fmt.Errorf("unknown kind %q", kind)
		}
		if *set == nil {
			*set = newPhraseSet()
		}
		f[0] = strings.TrimSpace(first)
		for _, p := range f {
			if p != "" {
				(*set).addText(p, 0)
			}
		}
		return nil
	})
}

func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x80 {
			return false
		}
	}
	return true
}
