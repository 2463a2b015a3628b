package code

import "testing"

// TestClassTable checks that the one-lookup classes of each language say
// exactly what its word sets say, for every key of every set.
func TestClassTable(t *testing.T) {
	for _, c := range []struct {
		name string
		l    *language
	}{{"english", &english}, {"persian", &persian}} {
		sets := []struct {
			class wordClass
			in    func(string) bool
		}{
			{classQuote, func(k string) bool { return quoteMarks[k] }},
			{classConditional, func(k string) bool { return c.l.conditional[k] }},
			{classBoundary, func(k string) bool { return c.l.boundaries[k] }},
			{classBreak, func(k string) bool { return c.l.breaks[k] }},
			{classVerb, func(k string) bool { return c.l.verbs[k] }},
			{classAux, func(k string) bool { return persianAux[k] }},
			{classGlued, func(k string) bool { _, ok := gluedObject[k]; return ok }},
			{classPlace, func(k string) bool { return c.l.places.one[k] != "" || c.l.places.two[k] != nil }},
		}
		keys := map[string]bool{"": true, "zzz": true}
		for _, m := range []map[string]bool{quoteMarks, c.l.conditional, c.l.boundaries, c.l.breaks, c.l.verbs, persianAux} {
			for k := range m {
				keys[k] = true
			}
		}
		for k := range c.l.places.one {
			keys[k] = true
		}
		for k := range c.l.places.two {
			keys[k] = true
		}
		for k := range gluedObject {
			keys[k] = true
		}
		for k := range keys {
			cl := c.l.classOf(k)
			for _, s := range sets {
				if got, want := cl&s.class != 0, s.in(k); got != want {
					t.Errorf("%s: %q: class %b has %b: %v, want %v", c.name, k, cl, s.class, got, want)
				}
			}
		}
	}
}
