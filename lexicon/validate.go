package lexicon

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"khabar/text/fa"
)

var (
	idPattern   = regexp.MustCompile(`^[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$`)
	datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
	qidPattern  = regexp.MustCompile(`^Q[1-9]\d*$`)
	// writtenForm checks that Persian names are in the normalizer's form,
	// half-spaces as written (the restorer is not asked).
	writtenForm = fa.New(fa.Options{Spacing: true})
)

// Validate reports every field of e that breaks the format, joined in one
// error that names the entry's source.
func (e *Entry) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s: %s", e.Source, e.ID, fmt.Sprintf(format, args...)))
	}
	if !idPattern.MatchString(e.ID) {
		bad("id must be kind/slug in lower-case ASCII")
	}
	types, ok := kinds[e.Kind()]
	if !ok {
		bad("unknown id kind %q", e.Kind())
	} else if !slices.Contains(types, e.Type) {
		bad("type %q does not fit kind %q (want %v)", e.Type, e.Kind(), types)
	}
	if e.Name == "" {
		bad("no canonical name")
	}
	if e.Country != "" && !ValidCode(e.Country) {
		bad("country %q is neither ISO 3166-1 alpha-3 nor an organisation code", e.Country)
	}
	if e.Sector != "" && !Sectors[e.Sector] {
		bad("unknown sector %q", e.Sector)
	}
	if e.Wikidata != "" && !qidPattern.MatchString(e.Wikidata) {
		bad("wikidata %q is not a Q-id", e.Wikidata)
	}
	if len(e.AllNames())+len(e.Adj)+len(e.Metonym) == 0 {
		bad("no names")
	}
	for _, o := range e.Offices {
		if !Offices[o.Office] {
			bad("unknown office %q", o.Office)
		}
		if !ValidCode(o.Country) {
			bad("office country %q is not a code", o.Country)
		}
		if !datePattern.MatchString(o.From) || (o.To != "" && !datePattern.MatchString(o.To)) {
			bad("office dates %q..%q are not YYYY[-MM[-DD]]", o.From, o.To)
		} else if o.To != "" && o.To < o.From[:min(len(o.From), len(o.To))] {
			bad("office ends (%s) before it starts (%s)", o.To, o.From)
		}
	}
	for lang, names := range e.Names {
		for _, n := range names {
			if err := checkName(n, lang != LangEN); err != nil {
				bad("%s name %q: %v", lang, n, err)
			}
		}
	}
	for _, n := range append(slices.Clone(e.Adj), e.Metonym...) {
		if err := checkName(n, isArabicScript(n)); err != nil {
			bad("name %q: %v", n, err)
		}
	}
	return errors.Join(errs...)
}

// checkName refuses names that matching could never find or that are not in
// their written form.
func checkName(n string, persian bool) error {
	if !utf8.ValidString(n) || strings.TrimSpace(n) != n || strings.Contains(n, "  ") {
		return errors.New("has stray white space or invalid UTF-8")
	}
	if fa.FoldKey(n) == "" {
		return errors.New("folds to nothing")
	}
	if persian {
		if !isArabicScript(n) || strings.ContainsFunc(n, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) {
			return errors.New("a Persian name must be written in Arabic script, without Latin letters")
		}
		if w := writtenForm.String(n); w != n {
			return fmt.Errorf("is not in written form (want %q)", w)
		}
	}
	return nil
}

// isArabicScript reports whether s has an Arabic-script letter.
func isArabicScript(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}
