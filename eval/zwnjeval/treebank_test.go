package zwnjeval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"khabar/text/fa/zwnj"
)

// treebankPath is the PerDT development treebank in the shared eval data.
const treebankPath = "../../../shared/eval/zwnj/fa_perdt-ud-dev.conllu"

// Targets the restorer must meet on the treebank.
const (
	minF1Deleted    = 0.92
	minF1Spaced     = 0.96
	maxChangedShare = 0.003
)

// TestRestorerOnTreebank scores zwnj.Default on the treebank and checks the
// targets. Set ZWNJEVAL_DUMP=file to write every mismatch for study.
func TestRestorerOnTreebank(t *testing.T) {
	f, err := os.Open(treebankPath)
	if err != nil {
		t.Skipf("treebank not available: %v", err)
	}
	defer f.Close()
	var dump strings.Builder
	var onMismatch func(Input, Mismatch)
	if os.Getenv("ZWNJEVAL_DUMP") != "" {
		onMismatch = func(in Input, m Mismatch) {
			fmt.Fprintf(&dump, "%s\t%s>%s\t%s\n", in, m.Want, m.Got, m.Word)
		}
	}
	r := zwnj.Default()
	notIdempotent := 0
	normalize := func(s string) string {
		out := r.String(s)
		if r.String(out) != out {
			notIdempotent++
		}
		return out
	}
	rep, err := EvaluateFunc(f, normalize, onMismatch)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	if p := os.Getenv("ZWNJEVAL_DUMP"); p != "" {
		if err := os.WriteFile(p, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if notIdempotent > 0 {
		t.Errorf("%d outputs change when restored again", notIdempotent)
	}
	if rep.Deleted.F1 < minF1Deleted {
		t.Errorf("F1 on ZWNJ-deleted input = %.4f, want ≥ %.2f", rep.Deleted.F1, minF1Deleted)
	}
	if rep.Spaced.F1 < minF1Spaced {
		t.Errorf("F1 on ZWNJ-spaced input = %.4f, want ≥ %.2f", rep.Spaced.F1, minF1Spaced)
	}
	for _, sc := range []Score{rep.Deleted, rep.Spaced} {
		if sc.ChangedShare > maxChangedShare {
			t.Errorf("%s: changed %.3f%% of non-ZWNJ boundaries, want ≤ %.1f%%", sc.Input, 100*sc.ChangedShare, 100*maxChangedShare)
		}
	}
}
