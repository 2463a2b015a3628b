package zwnjeval

import (
	"fmt"
	"strings"
)

// Score counts one input's boundaries.
type Score struct {
	Input Input `json:"input"`
	// GoldZWNJ counts the gold ZWNJ boundaries; TruePositive,
	// FalsePositive and FalseNegative count the output's ZWNJ boundaries
	// against them.
	GoldZWNJ      int `json:"gold_zwnj"`
	TruePositive  int `json:"true_positive"`
	FalsePositive int `json:"false_positive"`
	FalseNegative int `json:"false_negative"`
	// NonZWNJ counts the gold boundaries without ZWNJ (none or space);
	// Changed counts those the output made different.
	NonZWNJ int `json:"non_zwnj"`
	Changed int `json:"changed"`
	// Unaligned counts boundaries whose letters the output lost or changed.
	Unaligned int `json:"unaligned"`

	Precision    float64 `json:"precision"`
	Recall       float64 `json:"recall"`
	F1           float64 `json:"f1"`
	ChangedShare float64 `json:"changed_share"`
}

func (sc *Score) finish() {
	sc.Precision = ratio(sc.TruePositive, sc.TruePositive+sc.FalsePositive)
	sc.Recall = ratio(sc.TruePositive, sc.TruePositive+sc.FalseNegative)
	if sc.Precision+sc.Recall > 0 {
		sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
	}
	sc.ChangedShare = ratio(sc.Changed, sc.NonZWNJ)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the result of Evaluate: one Score per damaged input.
type Report struct {
	Sentences int   `json:"sentences"`
	Deleted   Score `json:"deleted"`
	Spaced    Score `json:"spaced"`
}

// String prints the report as a table.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ZWNJ restoration on %d sentences\n", r.Sentences)
	fmt.Fprintf(&b, "%-14s %9s %9s %9s %6s %6s %6s %9s %9s %9s\n",
		"input", "precision", "recall", "F1", "TP", "FP", "FN", "non-ZWNJ", "changed", "changed%")
	for _, sc := range []Score{r.Deleted, r.Spaced} {
		fmt.Fprintf(&b, "%-14s %9.4f %9.4f %9.4f %6d %6d %6d %9d %9d %8.3f%%\n",
			sc.Input, sc.Precision, sc.Recall, sc.F1, sc.TruePositive, sc.FalsePositive, sc.FalseNegative,
			sc.NonZWNJ, sc.Changed, 100*sc.ChangedShare)
	}
	return b.String()
}
