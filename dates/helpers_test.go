package dates

import (
	"fmt"
	"strings"
	"testing"
)

// friday is the article date of most cases: Friday 7 November 2025, which
// is 16 Aban 1404 in the solar calendar.
const friday = "2025-11-07"

// want describes an expected Expr as "text=value/precision", with a
// trailing "~" when it is relative: "روز پنجشنبه=2025-11-06/day~".
type findCase struct {
	name    string // the form or phenomenon
	text    string
	article string
	want    []string
}

func format(e Expr) string {
	s := fmt.Sprintf("%s=%s/%s", e.Text, e.Value, e.Precision)
	if e.Relative {
		s += "~"
	}
	return s
}

func runFindCases(t *testing.T, lang string, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		got := Find(tc.text, lang, tc.article)
		var gotS []string
		for _, e := range got {
			gotS = append(gotS, format(e))
			if tc.text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets %d–%d do not hold %q", tc.name, e.Start, e.End, e.Text)
			}
		}
		if strings.Join(gotS, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%s: Find(%q, %s)\n got  %q\n want %q", tc.name, tc.text, tc.article, gotS, tc.want)
		}
	}
}
