package main

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// country is one generated record.
type country struct {
	Alpha2 string // ISO 3166-1 alpha-2, upper case
	Alpha3 string // ISO 3166-1 alpha-3, upper case
	Name   string // canonical English name
	En     []string
	Fa     []string // Persian names used in both Dari and Iranian writing
	FaAF   []string // Dari-only names
	FaIR   []string // Iranian-only names
}

// notISO lists codes that CLDR counts as countries but ISO 3166-1 does not
// assign: the exceptionally reserved codes for islands that belong to
// another country's entry (Ascension, Clipperton, Diego Garcia, Tristan da
// Cunha). Ceuta & Melilla, the Canary Islands, the Eurozone and the United
// Nations have no alpha-3 code in x/text and are dropped by that test.
var notISO = map[string]bool{"AC": true, "CP": true, "DG": true, "TA": true}

// listCountries returns every ISO 3166-1 country and territory (and
// Kosovo), sorted by alpha-3 code. It walks all two-letter codes and keeps
// the canonical, current ones that CLDR marks as countries and that have an
// alpha-3 code and an English name; groups (EU, QO, the world and the
// continents, which are numeric) and unknown ZZ fall out.
func listCountries() ([]country, error) {
	enNames := display.English.Regions()
	faNames := display.Regions(language.MustParse("fa"))
	afNames := display.Regions(language.MustParse("fa-AF"))
	var out []country
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.IsGroup() || notISO[code] {
				continue
			}
			if r.Canonicalize().String() != code {
				continue // a deprecated code (BU, DD, ZR...) that maps to a current one
			}
			a3 := r.ISO3() // Kosovo, user-assigned XK, is XKK here as in lexicon.ValidCode
			en := enNames.Name(r)
			if a3 == "" || a3 == "ZZZ" || en == "" {
				continue
			}
			c, err := makeCountry(code, a3, en, faNames.Name(r), afNames.Name(r))
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Alpha3 < out[j].Alpha3 })
	for i := 1; i < len(out); i++ {
		if out[i].Alpha3 == out[i-1].Alpha3 {
			return nil, fmt.Errorf("alpha-3 code %s used by both %s and %s", out[i].Alpha3, out[i-1].Alpha2, out[i].Alpha2)
		}
	}
	return out, nil
}

// makeCountry builds the record of one region from its CLDR names.
func makeCountry(alpha2, alpha3, en, fa, faAF string) (country, error) {
	c := country{Alpha2: alpha2, Alpha3: strings.ToUpper(alpha3)}
	c.Name, c.En = englishNames(alpha3, en)
	if fa == "" {
		return c, fmt.Errorf("region %s (%s): no Persian name in CLDR", alpha2, en)
	}
	c.Fa, c.FaAF, c.FaIR = splitDialects(persianNames(fa), persianNames(faAF))
	return c, nil
}
