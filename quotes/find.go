package quotes

import (
	"sort"

	"khabar/recognize"
)

// found is one quote in the making: its speakers and the tokens of its
// words.
type found struct {
	speakers []speaker
	t0, t1   int // the quoted words, tokens [t0, t1)
	direct   bool
	sent     int
}

// speaker is one resolved speaker.
type speaker struct {
	name      string
	entity    string
	anonymous bool
	person    bool // a person, whom "he" or "او" may stand for
}

// finder finds the quotes of one article.
type finder struct {
	v     *view
	opts  Options
	found []found
	taken [][2]int // token spans of words already quoted
}

// Find returns the quotes of one article with DefaultOptions: every
// direct and indirect quote whose speaker names someone, in text order.
// ents are the recognizer's mentions of d (agents and pronouns
// included). Articles in languages other than fa and en get none.
func Find(d recognize.Doc, ents []recognize.Entity) []Quote {
	return FindWith(d, ents, DefaultOptions())
}

// FindWith is Find with options.
func FindWith(d recognize.Doc, ents []recognize.Entity, opts Options) []Quote {
	if d.Lang != "fa" && d.Lang != "en" {
		return nil
	}
	f := &finder{v: newView(&d, ents, mustWordbook()), opts: opts}
	f.scan()
	f.fragments()
	return f.quotes()
}

// mustWordbook returns the embedded word lists; they are checked by the
// package tests, so a failure here is a build fault.
func mustWordbook() *wordbook {
	b, err := loadWordbook()
	if err != nil {
		panic(err)
	}
	return b
}

// scan walks the article for attribution phrases and speech verbs.
func (f *finder) scan() {
	v := f.v
	for i := 0; i < len(v.toks); i++ {
		if v.toks[i].kind != tokWord || v.inQ[i] >= 0 || f.isTaken(i) {
			continue
		}
		if n := f.cue(i); n > 0 {
			i += n - 1
			continue
		}
		if n, pl := v.w.verbs.match(v, i); n > 0 {
			f.verb(i, n, v.book.forms[pl])
			i += n - 1
		}
	}
}

// isTaken reports whether token i lies in words already quoted.
func (f *finder) isTaken(i int) bool {
	for _, s := range f.taken {
		if s[0] <= i && i < s[1] {
			return true
		}
	}
	return false
}

// add records a quote with its words in tokens [t0, t1).
func (f *finder) add(spk []speaker, t0, t1 int, direct bool, sent int) {
	t0, t1 = f.trim(t0, t1)
	if len(spk) == 0 || t0 >= t1 {
		return
	}
	f.found = append(f.found, found{speakers: spk, t0: t0, t1: t1, direct: direct, sent: sent})
	f.taken = append(f.taken, [2]int{t0, t1})
}

// trim drops separators and final marks at both ends of a token span.
func (f *finder) trim(t0, t1 int) (int, int) {
	v := f.v
	for t0 < t1 && v.isPunct(t0, ",،:;؛.") {
		t0++
	}
	for t1 > t0 && v.isPunct(t1-1, ",،:;؛.!?؟…") {
		t1--
	}
	return t0, t1
}

// quotes turns what was found into Quotes: one per speaker, duplicates
// and (unless asked for) anonymous speakers left out, in text order.
func (f *finder) quotes() []Quote {
	v := f.v
	type key struct {
		entity, name string
		start, end   int
	}
	seen := map[key]bool{}
	var out []Quote
	for _, fd := range f.found {
		ns, ne := v.startOf(fd.t0), v.endOf(fd.t1-1)
		bs, be := v.bodySpan(ns, ne)
		if bs < 0 || be > len(v.d.Body) || bs >= be {
			continue
		}
		for _, sp := range fd.speakers {
			if sp.anonymous && !f.opts.Anonymous || sp.name == "" {
				continue
			}
			k := key{sp.entity, sp.name, bs, be}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, Quote{
				Speaker: sp.name, SpeakerEntity: sp.entity, Text: v.d.Body[bs:be], Start: bs, End: be,
				Direct: fd.direct, Sentence: fd.sent, Anonymous: sp.anonymous,
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
