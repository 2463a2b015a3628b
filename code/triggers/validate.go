package triggers

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"khabar/text/fa"
)

var (
	idPattern    = regexp.MustCompile(`^(fa|en)/[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$`)
	cameoPattern = regexp.MustCompile(`^[0-9]{2,4}$`)
	canonical    = fa.New(fa.Options{Spacing: true})
	// roles are the places an argument may stand.
	roles = []string{
		"subject", "object",
		"با", "به", "از", "میان", "بین", "علیه", "برای", "در", "نزد", "بر", "بالای", "توسط", "درباره",
		"with", "to", "against", "from", "by", "between", "on", "in", "for", "at", "of", "into",
	}
)

// Validate reports every field of e that breaks the format.
func (e *Entry) Validate() error { return e.validate(nil, false) }

// validate is Validate with conjugations kept in c; keep keeps the written
// forms of each verb, made to check it, in e.forms for the index, so that
// Load makes them once.
func (e *Entry) validate(c conjugations, keep bool) error {
	var errs []error
	if keep {
		e.forms = make([][]writtenForm, len(e.Verbs))
	}
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s: %s", e.Source, e.ID, fmt.Sprintf(format, args...)))
	}
	if !idPattern.MatchString(e.ID) {
		bad("id must be <lang>/<type>/<slug> in lower-case ASCII")
	}
	if e.Lang != "fa" && e.Lang != "en" {
		bad("lang %q must be fa or en", e.Lang)
	}
	if !slices.Contains(Types, e.Type) {
		bad("type %q is not a PLOVER type", e.Type)
	}
	if !cameoPattern.MatchString(e.CAMEO) {
		bad("cameo %q is not a CAMEO code (2 to 4 digits)", e.CAMEO)
	}
	if e.Negated != "drop" && !slices.Contains(Types, e.Negated) {
		bad("negated %q must be drop or a PLOVER type", e.Negated)
	}
	if len(e.Verbs)+len(e.Nouns) == 0 {
		bad("no verb and no noun")
	}
	for _, r := range append(slices.Clone(e.Actor), e.Recipient...) {
		if !slices.Contains(roles, r) {
			bad("unknown argument place %q", r)
		}
	}
	for i, v := range e.Verbs {
		var (
			ws  []writtenForm
			err error
		)
		if e.Lang == "en" {
			ws, err = englishForms(v)
			if err == nil && strings.Contains(v, Gap) {
				err = fmt.Errorf("verb %q: a gap (%s) is for Persian predicates only", v, Gap)
			}
		} else {
			ws, err = persianFormsWith(v, c)
			if err == nil {
				err = persianWritten(v)
			}
		}
		if keep && err == nil {
			e.forms[i] = ws
		}
		if err != nil {
			bad("%v", err)
		}
	}
	if e.Lang == "fa" {
		for _, n := range e.Nouns {
			if w := canonical.String(n); w != n {
				bad("noun %q is not in written form (want %q)", n, w)
			}
		}
	}
	return errors.Join(errs...)
}

// persianWritten checks that a Persian verb spec is written as the
// normalizer writes it, each side of its gap (if any) on its own, and
// that a gap has words on both sides.
func persianWritten(v string) error {
	parts := []string{v}
	if strings.Contains(v, Gap) {
		before, after, ok := splitGap(v)
		if !ok || strings.Count(v, Gap) > 1 {
			return fmt.Errorf("verb %q: a gap (%s) stands once, between the fixed words and the verb", v, Gap)
		}
		parts = []string{before, after}
	}
	for _, p := range parts {
		if w := canonical.String(p); w != p {
			return fmt.Errorf("verb %q is not in written form (want %q for %q)", v, w, p)
		}
	}
	return nil
}
