package code

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// TestGolden codes whole articles written for these tests (Dari,
// Iranian Persian, English; not the evaluation set) and compares every
// event with testdata/golden/<name>.events. Run with -update to rewrite
// them after a reviewed change.
func TestGolden(t *testing.T) {
	_, coder := setup(t)
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden articles")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			a := readArticle(t, f)
			lang := "fa"
			if name == "english" {
				lang = "en"
			}
			got := renderEvents(coder.Code(makeInput(t, lang, a.Date, a.Body)))
			path := strings.TrimSuffix(f, ".txt") + ".events"
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", name, path, got, want)
			}
		})
	}
}

// renderEvents writes events one a line, in a form meant for review.
func renderEvents(evs []Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "%s %s→%s cameo=%s quad=%d goldstein=%.1f", e.Type, codes(e.Actor), codes(e.Recipient), e.CAMEO, e.QuadCode, e.Goldstein)
		if e.Mode != "" {
			fmt.Fprintf(&b, " mode=%s", e.Mode)
		}
		if len(e.Context) > 0 {
			fmt.Fprintf(&b, " context=%s", strings.Join(e.Context, ","))
		}
		if e.Date != "" {
			fmt.Fprintf(&b, " date=%s/%s", e.Date, e.DatePrecision)
		}
		if e.Negated {
			b.WriteString(" negated")
		}
		fmt.Fprintf(&b, " sentence=%d mentions=%v trigger=%q amounts=%v confidence=%.2f\n", e.Sentence, e.Mentions, e.Trigger, e.Amounts, e.Confidence)
	}
	return b.String()
}
