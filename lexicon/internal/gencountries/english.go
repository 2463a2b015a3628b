package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// canonicalEnglish replaces CLDR's English display name where it is not the
// name news writing uses as the country's name. The CLDR name stays a name.
var canonicalEnglish = map[string]string{
	"COD": "Democratic Republic of the Congo",
	"COG": "Republic of the Congo",
	"PSE": "Palestine",
	"CIV": "Ivory Coast",
	"MKD": "North Macedonia", // renamed in 2019, after CLDR 32
	"SWZ": "Eswatini",        // renamed in 2018, after CLDR 32
}

// englishNames returns the canonical English name of a region and all the
// English names to match, derived from its CLDR display name:
//
//   - a parenthesised part is dropped, and when it ends the name it is a
//     name of its own: "Myanmar (Burma)" gives Myanmar and Burma;
//   - " SAR China" is dropped: "Hong Kong SAR China" gives Hong Kong;
//   - "&" is written "and" as well: "Bosnia & Herzegovina";
//   - "St." is written "Saint" as well: "St. Lucia", "Saint Lucia";
//   - letters with accents get a plain-ASCII spelling too: "Curacao";
//   - the typographic apostrophe gets an ASCII one: "Cote d'Ivoire".
//
// The canonical name is the first derived name (with "and"), unless
// canonicalEnglish has one for the alpha-3 code.
func englishNames(alpha3, cldr string) (canonical string, names []string) {
	base, extra := splitParenthesis(cldr)
	base = strings.TrimSuffix(base, " SAR China")
	var forms []string
	for _, f := range append([]string{base}, extra...) {
		f = strings.ReplaceAll(f, "’", "'")
		withAnd := strings.ReplaceAll(f, " & ", " and ")
		forms = append(forms, withAnd, f)
		if strings.HasPrefix(withAnd, "St. ") {
			forms = append(forms, "Saint "+strings.TrimPrefix(withAnd, "St. "))
		}
	}
	for _, f := range forms {
		names = appendNew(names, f)
		names = appendNew(names, stripAccents(f))
	}
	canonical = names[0]
	if c, ok := canonicalEnglish[alpha3]; ok {
		canonical = c
		names = appendNew([]string{c}, names...)
	}
	return canonical, names
}

// splitParenthesis splits "A (B) C" into "A C" and, when the parenthesis
// ends the name, the extra name "B".
func splitParenthesis(s string) (base string, extra []string) {
	open := strings.Index(s, "(")
	shut := strings.Index(s, ")")
	if open < 0 || shut < open {
		return s, nil
	}
	inner := strings.TrimSpace(s[open+1 : shut])
	rest := strings.TrimSpace(s[shut+1:])
	base = strings.Join(strings.Fields(s[:open]+" "+rest), " ")
	if rest == "" && inner != "" {
		extra = []string{inner}
	}
	return base, extra
}

// stripAccents returns s without combining marks: "São Tomé" → "Sao Tome".
func stripAccents(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// appendNew appends the names not already in list (compared exactly).
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if n == "" {
			continue
		}
		seen := false
		for _, m := range list {
			if m == n {
				seen = true
				break
			}
		}
		if !seen {
			list = append(list, n)
		}
	}
	return list
}
