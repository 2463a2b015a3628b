package main

import (
	"reflect"
	"testing"
)

func TestEnglishNames(t *testing.T) {
	cases := []struct {
		name      string // the phenomenon
		alpha3    string
		cldr      string
		canonical string
		names     []string
	}{
		// a plain name is its own canonical name
		{"plain", "AFG", "Afghanistan", "Afghanistan", []string{"Afghanistan"}},
		// a final parenthesis is an alternative name
		{"parenthesis", "MMR", "Myanmar (Burma)", "Myanmar", []string{"Myanmar", "Burma"}},
		// an inner parenthesis is dropped only
		{"inner parenthesis", "CCK", "Cocos (Keeling) Islands", "Cocos Islands", []string{"Cocos Islands"}},
		// the SAR suffix is not part of the name
		{"SAR suffix", "HKG", "Hong Kong SAR China", "Hong Kong", []string{"Hong Kong"}},
		// ampersand written out, both kept
		{"ampersand", "BIH", "Bosnia & Herzegovina", "Bosnia and Herzegovina", []string{"Bosnia and Herzegovina", "Bosnia & Herzegovina"}},
		// St. also as Saint
		{"saint", "LCA", "St. Lucia", "St. Lucia", []string{"St. Lucia", "Saint Lucia"}},
		// accents get an ASCII spelling
		{"accents", "STP", "São Tomé & Príncipe", "São Tomé and Príncipe", []string{"São Tomé and Príncipe", "Sao Tome and Principe", "São Tomé & Príncipe", "Sao Tome & Principe"}},
		// override of the canonical name, CLDR names kept, apostrophe made ASCII
		{"override", "CIV", "Côte d’Ivoire", "Ivory Coast", []string{"Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			canonical, names := englishNames(c.alpha3, c.cldr)
			if canonical != c.canonical || !reflect.DeepEqual(names, c.names) {
				t.Errorf("englishNames(%q, %q) = %q, %q; want %q, %q", c.alpha3, c.cldr, canonical, names, c.canonical, c.names)
			}
		})
	}
}
