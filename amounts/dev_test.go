package amounts

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"khabar/text/fa"
)

// devDir is the shared evaluation set, read-only; the test skips without it.
const devDir = "../../shared/eval/dev"

// goldAmount is one amount of a gold file.
type goldAmount struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// tally counts matched, predicted and gold amounts, micro-averaged.
type tally struct{ matched, predicted, gold int }

func (t tally) f1() float64 {
	if t.predicted == 0 || t.gold == 0 {
		return 0
	}
	p, r := float64(t.matched)/float64(t.predicted), float64(t.matched)/float64(t.gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

var dateHeader = regexp.MustCompile(`^\s*date \d{4}-\d{2}-\d{2} `)

// devBody reads an article and returns its text as Find sees it: without
// the date header, and normalized when Persian.
func devBody(t *testing.T, path, lang string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	s := dateHeader.ReplaceAllString(string(b), "")
	if lang == "fa" {
		s = fa.Default().String(s)
	}
	return s
}

// scoreAmounts compares predictions with gold as FORMAT.md says: sets of
// (kind, value within 0.5%, unit for money), duplicate keys counted once.
func scoreAmounts(pred []Amount, gold []goldAmount) (tally, []string, []string) {
	hit := make([]bool, len(gold))
	keys := map[string]bool{}
	var wrong []string
	for _, a := range pred {
		gi := -1
		for i, g := range gold {
			if g.Kind == a.Kind && (g.Kind != Money || strings.EqualFold(g.Unit, a.Unit)) && within(a.Value, g.Value) {
				gi = i
				break
			}
		}
		if gi >= 0 {
			hit[gi] = true
			keys[fmt.Sprintf("gold#%d", gi)] = true
			continue
		}
		own := fmt.Sprintf("%s %g %s %q", a.Kind, a.Value, a.Unit, a.Text)
		key := fmt.Sprintf("%s %g %s", a.Kind, a.Value, a.Unit)
		if !keys["pred:"+key] {
			wrong = append(wrong, own)
		}
		keys["pred:"+key] = true
	}
	t := tally{predicted: len(keys), gold: len(gold)}
	var missed []string
	for i, h := range hit {
		if h {
			t.matched++
		} else {
			missed = append(missed, fmt.Sprintf("%s %g %s", gold[i].Kind, gold[i].Value, gold[i].Unit))
		}
	}
	return t, missed, wrong
}

func within(v, want float64) bool {
	if want == 0 {
		return v == 0
	}
	return math.Abs(v-want) <= 0.005*math.Abs(want)
}

// TestDevAmounts runs Find on every dev article and logs amount F1 per
// language, with what was missed and what was wrong.
func TestDevAmounts(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(devDir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("no dev set at " + devDir)
	}
	sort.Strings(golds)
	totals := map[string]*tally{"prs": {}, "fas": {}, "eng": {}}
	for _, g := range golds {
		var file struct {
			Amounts []goldAmount `json:"amounts"`
		}
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &file); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		id := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		for _, code := range []string{"prs", "fas", "eng"} {
			path := filepath.Join(devDir, id+"."+code+".txt")
			if _, err := os.Stat(path); err != nil {
				continue
			}
			lang := "fa"
			if code == "eng" {
				lang = "en"
			}
			got := Find(devBody(t, path, lang), lang)
			tl, missed, wrong := scoreAmounts(got, file.Amounts)
			tot := totals[code]
			tot.matched += tl.matched
			tot.predicted += tl.predicted
			tot.gold += tl.gold
			if len(missed)+len(wrong) > 0 {
				t.Logf("%s.%s: missed %v; wrong %v", id, code, missed, wrong)
			}
		}
	}
	for _, code := range []string{"prs", "fas", "eng"} {
		tl := totals[code]
		t.Logf("%s: amount F1 %.3f (matched %d, predicted %d, gold %d)", code, tl.f1(), tl.matched, tl.predicted, tl.gold)
		// a floor below the 0.90 target, to catch regressions
		if tl.f1() < 0.85 {
			t.Errorf("%s: amount F1 %.3f, below the floor 0.85", code, tl.f1())
		}
	}
}
