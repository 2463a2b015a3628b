package triggers

import (
	"fmt"
	"strings"
)

// Persian verb endings.
var (
	pastEndings    = []string{"", "م", "ی", "یم", "ید", "ند"}
	presentEndings = []string{"م", "ی", "د", "یم", "ید", "ند"}
	perfectAux     = []string{"ام", "ای", "است", "ایم", "اید", "اند"}
	futureAux      = []string{"خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند"}
)

// writtenForm is one generated surface form, words separated by spaces.
type writtenForm struct {
	text string
	form Form
}

// splitPersianVerb reads "FIXED PAST|PRESENT".
func splitPersianVerb(spec string) (fixed, past, present string, err error) {
	before, present, ok := strings.Cut(spec, "|")
	present = strings.TrimSpace(present)
	words := strings.Fields(before)
	if !ok || len(words) == 0 || present == "" || strings.ContainsAny(present, " |") {
		return "", "", "", fmt.Errorf("verb %q: want FIXED PAST|PRESENT, e.g. توافق کرد|کن", spec)
	}
	return strings.Join(words[:len(words)-1], " "), words[len(words)-1], present, nil
}

// prefixed joins a verbal prefix (ن, ب, می, نمی) to a stem: before a stem
// that starts with alef, ن and ب take a yeh (نیامد, بیاید) and آ loses its
// madda.
func prefixed(prefix, stem string) string {
	if prefix == "ن" || prefix == "ب" {
		if rest, ok := strings.CutPrefix(stem, "آ"); ok {
			return prefix + "یا" + rest
		}
		if rest, ok := strings.CutPrefix(stem, "ا"); ok {
			return prefix + "یا" + rest
		}
	}
	if prefix == "می" || prefix == "نمی" {
		return prefix + "\u200c" + stem
	}
	return prefix + stem
}

// persianForms generates every form of a Persian predicate.
func persianForms(spec string) ([]writtenForm, error) { return persianFormsWith(spec, nil) }

// conjugations keeps the forms of each verb conjugated so far, so that the
// hundreds of predicates built on one light verb (کرد, شد, داد) conjugate it
// once. A nil conjugations keeps nothing.
type conjugations map[conjugationKey][]writtenForm

type conjugationKey struct {
	past, present     string
	compound, passive bool
}

// of returns the forms conjugate writes for the verb.
func (c conjugations) of(past, present string, compound bool, base Form) []writtenForm {
	k := conjugationKey{past, present, compound, base.Passive}
	if ws, ok := c[k]; ok {
		return ws
	}
	var ws []writtenForm
	conjugate(past, present, compound, base, func(v string, f Form) { ws = append(ws, writtenForm{v, f}) })
	if c != nil {
		c[k] = ws
	}
	return ws
}

// persianFormsWith is persianForms with the light verbs' conjugations
// taken from, and kept in, c.
func persianFormsWith(spec string, c conjugations) ([]writtenForm, error) {
	fixed, past, present, err := splitPersianVerb(spec)
	if err != nil {
		return nil, err
	}
	var out []writtenForm
	add := func(before string, ws []writtenForm) {
		for _, w := range ws {
			if before != "" {
				w.text = before + " " + w.text
			}
			out = append(out, w)
		}
	}
	add(fixed, c.of(past, present, fixed != "", Form{}))
	// The passive: a کرد predicate takes شدن in its place (امضا شد); any
	// other verb puts its participle before شدن (کشته شد, داده شد). Verbs
	// that are already intransitive with شد have none.
	passive := c.of("شد", "شو", true, Form{Passive: true})
	switch {
	case past == "شد":
	case past == "کرد" && fixed != "":
		add(fixed, passive)
	default:
		part := past + "ه"
		if fixed != "" {
			part = fixed + " " + part
		}
		add(part, passive)
	}
	return out, nil
}

// conjugate writes the forms of one verb in every person: simple and
// progressive past, perfect, past perfect, present, subjunctive, future,
// each also negated. compound says the verb has a fixed part before it, so
// its subjunctive may go without ب.
func conjugate(past, present string, compound bool, base Form, add func(string, Form)) {
	with := func(f Form) Form {
		f.Passive = base.Passive
		return f
	}
	for _, neg := range []bool{false, true} {
		n := ""
		if neg {
			n = "ن"
		}
		for _, e := range pastEndings {
			// The plain past of the second person singular (کشتی, you
			// killed) is left out: news does not address "you", and the
			// form is a noun with its ی (کشتی, ship) far more often.
			if e != "ی" {
				add(prefixed(n, past)+e, with(Form{Negated: neg, Past: true}))
			}
			add(prefixed(n+"می", past)+e, with(Form{Negated: neg, Progressive: true, Past: true}))
			add(prefixed(n, past)+"ه بود"+e, with(Form{Negated: neg, Past: true}))
		}
		add(prefixed(n, past)+"ه", with(Form{Negated: neg, Past: true}))
		for _, a := range perfectAux {
			add(prefixed(n, past)+"ه "+a, with(Form{Negated: neg, Past: true}))
			add(prefixed(n, past)+"ه\u200c"+a, with(Form{Negated: neg, Past: true}))
		}
		for i, e := range presentEndings {
			add(prefixed(n+"می", present)+e, with(Form{Negated: neg, Progressive: true}))
			if neg {
				add(prefixed("ن", present)+e, with(Form{Negated: true, Subjunctive: true}))
			} else {
				add(prefixed("ب", present)+e, with(Form{Subjunctive: true}))
				if compound {
					// داشتن's present goes without می (دیدار دارد): there
					// the bare form is indicative.
					add(present+e, with(Form{Subjunctive: !strings.HasSuffix(past, "داشت")}))
				}
			}
			add(n+futureAux[i]+" "+past, with(Form{Negated: neg, Future: true}))
		}
	}
}
