package zwnjeval

import (
	"encoding/json"
	"strings"
	"testing"
)

// testTreebank is a CoNLL-U fragment written for this test (tokens are
// omitted: only the "# text =" lines count).
const testTreebank = "# sent_id = 1\n# text = وزیر می\u200cگوید که نشست\u200cها ادامه دارد.\n1\tوزیر\t_\n\n" +
	"# sent_id = 2\n# text = کشورها گفت\u200cوگو کردند.\n1\tکشورها\t_\n\n"

// perfect restores the gold from either damaged input.
func perfect(s string) string {
	r := strings.NewReplacer("میگوید", "می\u200cگوید", "می گوید", "می\u200cگوید",
		"نشستها", "نشست\u200cها", "نشست ها", "نشست\u200cها", "گفتوگو", "گفت\u200cوگو", "گفت وگو", "گفت\u200cوگو")
	return r.Replace(s)
}

func TestEvaluate(t *testing.T) {
	cases := []struct {
		name       string
		normalize  func(string) string
		f1Del      float64
		f1Sp       float64
		changedDel int
		changedSp  int
	}{
		// A perfect restorer scores 1 and changes nothing else.
		{"perfect", perfect, 1, 1, 0, 0},
		// Doing nothing finds no ZWNJ and changes nothing.
		{"identity", func(s string) string { return s }, 0, 0, 0, 0},
		// Joining every word loses all spaces: each is a changed boundary.
		{"no spaces", func(s string) string { return strings.ReplaceAll(perfect(s), " ", "") }, 1, 1, 7, 7},
		// A half-space after every letter: every none boundary changes.
		{"zwnj everywhere", func(s string) string {
			var b strings.Builder
			for _, r := range perfect(s) {
				b.WriteRune(r)
				if r != ' ' && r != '.' && r != '\u200c' {
					b.WriteRune('\u200c')
				}
			}
			return b.String()
		}, 0, 0, -1, -1},
	}
	for _, c := range cases {
		rep, err := Evaluate(strings.NewReader(testTreebank), c.normalize)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Sentences != 2 || rep.Deleted.GoldZWNJ != 3 {
			t.Fatalf("%s: sentences=%d gold ZWNJ=%d", c.name, rep.Sentences, rep.Deleted.GoldZWNJ)
		}
		if c.name == "zwnj everywhere" {
			if rep.Deleted.Precision > 0.2 || rep.Deleted.ChangedShare < 0.5 {
				t.Errorf("%s: %+v", c.name, rep.Deleted)
			}
			continue
		}
		if rep.Deleted.F1 != c.f1Del || rep.Spaced.F1 != c.f1Sp {
			t.Errorf("%s: F1 %v/%v, want %v/%v", c.name, rep.Deleted.F1, rep.Spaced.F1, c.f1Del, c.f1Sp)
		}
		if rep.Deleted.Changed != c.changedDel || rep.Spaced.Changed != c.changedSp {
			t.Errorf("%s: changed %d/%d, want %d/%d", c.name, rep.Deleted.Changed, rep.Spaced.Changed, c.changedDel, c.changedSp)
		}
	}
}

func TestReportPrintsAndMarshals(t *testing.T) {
	rep, err := Evaluate(strings.NewReader(testTreebank), perfect)
	if err != nil {
		t.Fatal(err)
	}
	s := rep.String()
	for _, want := range []string{"precision", "zwnj-deleted", "zwnj-spaced", "1.0000"} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q:\n%s", want, s)
		}
	}
	data, err := json.Marshal(rep)
	if err != nil || !strings.Contains(string(data), `"f1":1`) {
		t.Errorf("json %s, %v", data, err)
	}
}

// TestAlignmentSurvivesUnification checks that a normalizer that also
// unifies letters (ي → ی) is scored on its boundaries alone.
func TestAlignmentSurvivesUnification(t *testing.T) {
	tb := "# text = مي\u200cگويد\n"
	rep, err := Evaluate(strings.NewReader(tb), func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(s, "ي", "ی"), "می گ", "می\u200cگ"), "میگ", "می\u200cگ")
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Deleted.F1 != 1 || rep.Spaced.F1 != 1 || rep.Deleted.Unaligned != 0 {
		t.Errorf("%+v", rep)
	}
}

func TestEvaluateRejectsEmptyInput(t *testing.T) {
	if _, err := Evaluate(strings.NewReader("1\tx\t_\n"), perfect); err == nil {
		t.Error("no error for a file without text lines")
	}
}
