package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khabar/eval/gold"
)

// devDir is the development set, read in place (never copied).
const devDir = "../../shared/eval/dev"

// TestDevQuoteF1 runs the recognizer and Find on every development
// article and scores the quotes per language as
// ../../shared/eval/FORMAT.md says (the speaker, matched like entity
// names; sets per article; counts summed over articles), with
// khabar/eval/gold's scorer. With -v it logs each article's misses and
// false alarms.
func TestDevQuoteF1(t *testing.T) {
	cases, err := gold.Cases(devDir, "")
	if err != nil {
		t.Skip("no development set at " + devDir)
	}
	langs := map[string]string{"prs": "fa", "fas": "fa", "eng": "en"}
	by := map[string]gold.Counts{}
	for _, c := range cases {
		lang, ok := langs[c.Lang]
		if !ok {
			continue
		}
		g, err := gold.ReadFile(c.GoldPath)
		if err != nil {
			t.Fatal(err)
		}
		a := readArticle(t, c.Path)
		d := makeDoc(lang, a.Date, a.Body)
		ents := testRecognizer(t).Recognize(d)
		qs := Find(d, ents)
		p := &gold.Prediction{}
		for _, e := range ents {
			if e.Named() {
				p.Entities = append(p.Entities, gold.PredEntity{ID: e.ID, Type: e.Type, Text: e.Text, Canonical: e.Canonical})
			}
		}
		for _, q := range qs {
			p.Quotes = append(p.Quotes, gold.PredQuote{Speaker: q.Speaker, SpeakerEntity: q.SpeakerEntity, Direct: q.Direct, Sentence: q.Sentence})
		}
		s, det := gold.ScoreArticle(p, g)
		by[c.Lang] = by[c.Lang].Add(s.Quotes)
		by["all"] = by["all"].Add(s.Quotes)
		if testing.Verbose() && (len(det.MissedQuotes)+len(det.WrongQuotes) > 0 || os.Getenv("QUOTES_SHOW") != "") {
			t.Logf("%s: missed %v; wrong %v", filepath.Base(c.Path), det.MissedQuotes, det.WrongQuotes)
			if os.Getenv("QUOTES_SHOW") != "" {
				for _, q := range qs {
					t.Logf("    s%d %s[%s] direct=%v %q", q.Sentence, q.Speaker, q.SpeakerEntity, q.Direct, clip(q.Text, 60))
				}
			}
		}
	}
	var lines []string
	for _, l := range []string{"prs", "fas", "eng", "all"} {
		if c, ok := by[l]; ok {
			lines = append(lines, fmt.Sprintf("%s quotes: %v", l, c))
		}
	}
	t.Log("\n" + strings.Join(lines, "\n"))
	if c := by["all"]; c.Gold > 0 && c.F1() < 0.85 {
		t.Errorf("quote F1 %.3f on the development set, below the 0.85 target", c.F1())
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
