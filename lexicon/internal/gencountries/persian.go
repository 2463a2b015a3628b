package main

import (
	"strings"

	"khabar/text/fa"
)

// persianNames returns the Persian names to match for one CLDR display
// name, in the lexicon's written form (see writtenForm):
//
//   - a parenthesised part is a name of its own: "میانمار (برمه)" gives
//     میانمار and برمه;
//   - what follows "،" is a description, not a name: "هنگ‌کنگ، ناحیهٔ
//     ویژهٔ حکومتی چین" gives هنگ‌کنگ.
func persianNames(cldr string) []string {
	if cldr == "" {
		return nil
	}
	if i := strings.Index(cldr, "،"); i >= 0 {
		cldr = cldr[:i]
	}
	base, extra := splitParenthesis(cldr)
	var names []string
	for _, n := range append([]string{base}, extra...) {
		names = appendNew(names, writtenForm(n))
	}
	return names
}

// normalizer gives the lexicon's written form, as the lexicon's validator
// checks it: letters and spacing normalized, half-spaces as written.
var normalizer = fa.New(fa.Options{Spacing: true})

// writtenForm returns a Persian name as the lexicon writes it: the form
// khabar's normalizer gives (Persian ی and ک, ezafe ۀ as ه + U+0654, no
// tatweel or diacritics, single spaces), trimmed.
func writtenForm(s string) string {
	return strings.TrimSpace(normalizer.String(s))
}

// splitDialects sorts the names CLDR gives for fa (Iranian usage) and
// fa-AF (Dari) into those used in both, Dari-only and Iranian-only ones.
// Two names are one when they fold to the same key (they differ only in
// half-spaces, hamza or madda), and the fa spelling is kept.
func splitDialects(faNames, afNames []string) (both, dari, iranian []string) {
	inAF := map[string]bool{}
	for _, n := range afNames {
		inAF[fa.FoldKey(n)] = true
	}
	inFa := map[string]bool{}
	for _, n := range faNames {
		k := fa.FoldKey(n)
		inFa[k] = true
		if inAF[k] {
			both = appendNew(both, n)
		} else {
			iranian = appendNew(iranian, n)
		}
	}
	for _, n := range afNames {
		if !inFa[fa.FoldKey(n)] {
			dari = appendNew(dari, n)
		}
	}
	return both, dari, iranian
}
