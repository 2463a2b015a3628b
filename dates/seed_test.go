package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khabar/text/fa"
)

const devDir = "../../shared/eval/dev"

// readDev reads a dev article: its date (or "") and its body, normalized
// when Persian.
func readDev(t *testing.T, path string) (date, body, lang string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("dev set not available: %v", err)
	}
	s := strings.TrimLeft(string(raw), " \t\r\n\ufeff")
	if rest, ok := strings.CutPrefix(s, "date "); ok && len(rest) >= 10 {
		date, s = rest[:10], strings.TrimLeft(rest[10:], " \t")
	}
	if date == "0000-00-00" {
		date = ""
	}
	lang = "fa"
	if strings.HasSuffix(path, ".eng.txt") {
		return date, s, "en"
	}
	body, _ = fa.Default().Normalize(s)
	return date, body, lang
}

// TestSeed checks the dates of the seed article (Dari, 7 November 2025).
func TestSeed(t *testing.T) {
	date, body, lang := readDev(t, filepath.Join(devDir, "seed.prs.txt"))
	if date != "2025-11-07" {
		t.Fatalf("seed date %q", date)
	}
	found := map[string]Expr{}
	for _, e := range Find(body, lang, date) {
		found[e.Text] = e
	}
	for _, tc := range []struct{ text, value, precision string }{
		{"ششم نومبر", "2025-11-06", Day},
		{"روز پنجشنبه", "2025-11-06", Day},
		{"ماه سپتمبر", "2025-09", Month},
		{"ماه جون", "2025-06", Month},
		{"ماه اپریل", "2025-04", Month},
	} {
		e, ok := found[tc.text]
		if !ok || e.Value != tc.value || e.Precision != tc.precision || !e.Relative {
			t.Errorf("%s: got %+v (found %v), want %s/%s", tc.text, e, ok, tc.value, tc.precision)
		}
	}
}

// TestDevGoldDates checks that every date of a gold event in the dev set
// is found, at its precision, in each language of the article.
func TestDevGoldDates(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(devDir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("dev set not available")
	}
	for _, gold := range golds {
		raw, err := os.ReadFile(gold)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Events []struct {
				Date string `json:"date"`
			} `json:"events"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gold, err)
		}
		stem := strings.TrimSuffix(gold, ".gold.json")
		for _, lang := range []string{"prs", "fas", "eng"} {
			path := stem + "." + lang + ".txt"
			if _, err := os.Stat(path); err != nil {
				continue
			}
			date, body, l := readDev(t, path)
			values := map[string]bool{}
			for _, e := range Find(body, l, date) {
				values[e.Value] = true
			}
			for _, ev := range g.Events {
				if ev.Date != "" && !values[ev.Date] {
					t.Errorf("%s: gold date %s not found", filepath.Base(path), ev.Date)
				}
			}
		}
	}
}
