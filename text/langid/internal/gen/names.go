package main

import (
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// pair is the Iranian and Dari name of one CLDR code; a side is "" when its
// name was left out.
type pair struct {
	code          string
	iranian, dari string
}

var (
	iranianTag = language.MustParse("fa")
	dariTag    = language.MustParse("fa-AF")
)

// regionPairs lists the regions whose names differ.
func regionPairs() []pair {
	var codes []string
	var iranian, dari []string
	fa, af := display.Regions(iranianTag), display.Regions(dariTag)
	for _, r := range display.Values.Regions() {
		codes = append(codes, r.String())
		iranian = append(iranian, fa.Name(r))
		dari = append(dari, af.Name(r))
	}
	return differing(codes, iranian, dari)
}

// languagePairs lists the languages whose names differ.
func languagePairs() []pair {
	var codes []string
	var iranian, dari []string
	fa, af := display.Languages(iranianTag), display.Languages(dariTag)
	for _, l := range display.Values.BaseLanguages() {
		codes = append(codes, l.String())
		iranian = append(iranian, fa.Name(l))
		dari = append(dari, af.Name(l))
	}
	return differing(codes, iranian, dari)
}

// differing keeps the codes whose two names differ, dropping names that are
// not distinctive (see the file header written by writeHeader).
func differing(codes, iranian, dari []string) []pair {
	for i := range codes {
		iranian[i], dari[i] = shorten(iranian[i]), shorten(dari[i])
	}
	allIranian, allDari := nameSet(iranian), nameSet(dari)
	var pairs []pair
	seen := make(map[string]bool)
	for i, code := range codes {
		fa, af := iranian[i], dari[i]
		if fa == "" || af == "" || fa == af || inflected(squeeze(fa), squeeze(af)) {
			continue
		}
		p := pair{code: code}
		if !allDari[fa] && !seen[fa] {
			p.iranian = fa
		}
		if !allIranian[af] && !seen[af] {
			p.dari = af
		}
		seen[fa], seen[af] = true, true
		if p.iranian != "" || p.dari != "" {
			pairs = append(pairs, p)
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].code < pairs[j].code })
	return pairs
}

// shorten keeps the first part of a name like "کنگو - کینشاسا" or
// "X (Y)": text will name the country by its first part.
func shorten(name string) string {
	if i := strings.Index(name, " - "); i >= 0 {
		name = name[:i]
	}
	if i := strings.Index(name, " ("); i >= 0 {
		name = name[:i]
	}
	return strings.TrimSpace(name)
}

func nameSet(names []string) map[string]bool {
	set := make(map[string]bool, len(names))
	for _, n := range names {
		set[n] = true
	}
	return set
}

// squeeze drops spaces, half-spaces and diacritics and unifies the forms of
// heh, so that names that differ only in spacing compare equal.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ', r == '\u200c', r >= '\u064b' && r <= '\u065f':
			return -1
		case r == 'ۀ', r == 'ة':
			return 'ه'
		}
		return r
	}, s)
}

// inflections are suffixes that langid lets a marker carry (plural, ezafe,
// adjective endings); names that differ only by one would match each other.
var inflections = []string{"ها", "های", "ی", "ای", "یی", "ئی", "ایی", "ان"}

// inflected reports whether one of a and b is the other plus an inflection.
func inflected(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(b, a)
	if !ok {
		return false
	}
	for _, suffix := range inflections {
		if rest == suffix {
			return true
		}
	}
	return false
}
