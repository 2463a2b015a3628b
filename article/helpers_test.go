package article

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"
)

// outcome is one yielded pair, written compactly so that table tests can
// compare whole runs.
func outcome(a Article, err error) string {
	if err != nil {
		var re *RecordError
		if !errors.As(err, &re) {
			return "plain error: " + reasonOf(err)
		}
		return fmt.Sprintf("L%d error: %s", re.Line, reasonOf(err))
	}
	var extra strings.Builder
	for _, f := range []struct{ name, value string }{
		{"id", a.SourceID}, {"url", a.URL}, {"lang", a.Lang}, {"variant", a.Variant},
	} {
		if f.value != "" {
			fmt.Fprintf(&extra, " %s=%s", f.name, f.value)
		}
	}
	return fmt.Sprintf("L%d date=%s title=%s body=%s%s", a.Line, quote(a.Date), quote(a.Title), quote(a.Body), extra.String())
}

// quote is %q that leaves printable and format characters (ZWNJ) as they
// are, so that Persian expectations stay readable.
var quote = func() func(string) string {
	r := strings.NewReplacer(`"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "\x00", `\x00`)
	return func(s string) string { return `"` + r.Replace(s) + `"` }
}()

// outcomes runs seq to the end.
func outcomes(seq iter.Seq2[Article, error]) []string {
	var got []string
	for a, err := range seq {
		got = append(got, outcome(a, err))
	}
	return got
}

// sameOutcomes fails t with both lists when they differ.
func sameOutcomes(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
