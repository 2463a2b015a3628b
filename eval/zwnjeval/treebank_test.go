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
	rep := scoreTreebank(t, zwnj.Default(), os.Getenv("ZWNJEVAL_DUMP"))
	t.Logf("\n%s", rep)
	checkTargets(t, rep)
}

// maxF1DropWithNames is the F1 the lexicon's names may cost: about three
// boundaries, for names the lexicon spells otherwise than the treebank
// (نیویورک تایمز there, نیویورک‌تایمز here).
const maxF1DropWithNames = 0.001

// TestRestorerWithWordsOnTreebank scores the restorer that knows every
// Persian name of khabar's lexicon (WithWords): the names must change no
// more boundaries than without them, and cost at most maxF1DropWithNames.
func TestRestorerWithWordsOnTreebank(t *testing.T) {
	base := scoreTreebank(t, zwnj.Default(), "")
	rep := scoreTreebank(t, zwnj.Default().WithWords(lexiconNames(t)), os.Getenv("ZWNJEVAL_DUMP_WORDS"))
	t.Logf("with the lexicon's names:\n%s", rep)
	checkTargets(t, rep)
	for _, p := range [][2]Score{{base.Deleted, rep.Deleted}, {base.Spaced, rep.Spaced}} {
		if p[1].F1 < p[0].F1-maxF1DropWithNames || p[1].Changed > p[0].Changed {
			t.Errorf("%s: with the names F1 %.4f and %d changed, without %.4f and %d", p[0].Input, p[1].F1, p[1].Changed, p[0].F1, p[0].Changed)
		}
	}
}

// scoreTreebank scores r on the treebank (skipping the test when it is
// absent), failing on outputs that change when restored again. When
// dumpPath is set, it writes every mismatch there.
func scoreTreebank(t *testing.T, r *zwnj.Restorer, dumpPath string) Report {
	t.Helper()
	f, err := os.Open(treebankPath)
	if err != nil {
		t.Skipf("treebank not available: %v", err)
	}
	defer f.Close()
	var dump strings.Builder
	var onMismatch func(Input, Mismatch)
	if dumpPath != "" {
		onMismatch = func(in Input, m Mismatch) {
			fmt.Fprintf(&dump, "%s\t%s>%s\t%s\n", in, m.Want, m.Got, m.Word)
		}
	}
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
	if dumpPath != "" {
		if err := os.WriteFile(dumpPath, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if notIdempotent > 0 {
		t.Errorf("%d outputs change when restored again", notIdempotent)
	}
	return rep
}

// checkTargets checks a report against the targets.
func checkTargets(t *testing.T, rep Report) {
	t.Helper()
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
