package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestListCountries(t *testing.T) {
	countries, err := listCountries()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(countries); n < 249 || n > 251 {
		t.Errorf("listCountries gives %d regions; ISO 3166-1 has 249 (and Kosovo)", n)
	}
	byA3 := map[string]country{}
	for _, c := range countries {
		byA3[c.Alpha3] = c
	}
	// countries that must be there, with a name in both dialects
	for a3, want := range map[string]string{"AFG": "افغانستان", "IRN": "ایران", "KAZ": "قزاقستان", "USA": "ایالات متحده"} {
		c, ok := byA3[a3]
		if !ok {
			t.Errorf("%s missing", a3)
			continue
		}
		if len(c.Fa) == 0 || c.Fa[0] != want {
			t.Errorf("%s: fa names %q, want first %q", a3, c.Fa, want)
		}
	}
	// groups and codes that are not countries must be absent
	for _, a3 := range []string{"QUU", "QOO", "ZZZ", "ASC", "CPT", "DGA", "TAA", "SUN", "YUG"} {
		if _, ok := byA3[a3]; ok {
			t.Errorf("%s should not be listed", a3)
		}
	}
	// every Persian name is already in normal form
	for _, c := range countries {
		for _, list := range [][]string{c.Fa, c.FaAF, c.FaIR} {
			for _, n := range list {
				if got := normalizer.String(n); got != n {
					t.Errorf("%s: %q is not normalized (normalizer gives %q)", c.Alpha3, n, got)
				}
				if strings.ContainsAny(n, "()،|") {
					t.Errorf("%s: name %q keeps a parenthesis, comma or bar", c.Alpha3, n)
				}
			}
		}
		for _, n := range c.En {
			if strings.ContainsAny(n, "()|") {
				t.Errorf("%s: English name %q keeps a parenthesis or bar", c.Alpha3, n)
			}
		}
	}
}

// TestGeneratedFileUpToDate checks that data/countries.gen.txt is what the
// generator writes now; run `go generate ./lexicon/` when it fails.
func TestGeneratedFileUpToDate(t *testing.T) {
	committed, err := os.ReadFile("../../data/countries.gen.txt")
	if err != nil {
		t.Skipf("no generated file: %v", err)
	}
	countries, err := listCountries()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeRecords(&buf, countries); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Error("data/countries.gen.txt is stale: run go generate ./lexicon/")
	}
}
