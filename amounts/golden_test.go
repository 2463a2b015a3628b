package amounts

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khabar/text/fa"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// TestGolden runs Find on the articles in testdata (written for these
// tests, not taken from the evaluation set) and compares every amount,
// with its span, to the golden file beside the article. Files named
// english_* are English; the others are Persian and are normalized first.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in testdata: %v", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s, lang := string(b), "fa"
		if strings.HasPrefix(filepath.Base(p), "english") {
			lang = "en"
		} else {
			s = fa.Default().String(s)
		}
		var out strings.Builder
		for _, a := range Find(s, lang) {
			fmt.Fprintf(&out, "%d-%d\t%s\t%g\t%s\t%s\t%s\n", a.Start, a.End, a.Kind, a.Value, a.Unit, a.Text, a.Thing)
		}
		golden := strings.TrimSuffix(p, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to write it)", err)
		}
		if out.String() != string(want) {
			t.Errorf("%s: amounts differ from %s\ngot:\n%s\nwant:\n%s", p, golden, out.String(), want)
		}
	}
}
