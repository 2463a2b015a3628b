package quotes

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"khabar/recognize"
)

// FuzzFind checks that Find never panics and that every quote points
// into the body: a span in range, on rune boundaries, with Text the body
// there, and a sentence that exists; also with a stray entity whose span
// may be anything.
func FuzzFind(f *testing.F) {
	for _, name := range []string{"testdata/kabul.prs.txt", "testdata/tehran.fas.txt", "testdata/almaty.eng.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		// Pairs of lines: short seeds keep the fuzzer fast.
		lines := strings.Split(string(b), "\n")
		for i := 0; i+1 < len(lines); i += 2 {
			f.Add(lines[i]+"\n"+lines[i+1], !strings.HasSuffix(name, "eng.txt"), uint16(i), uint16(i+20))
		}
	}
	for _, s := range []string{
		"«", "»", "\"", "گفت:", "گفت: «", "«»، او گفت.", "said \"", "\", he said.", "according to", "به گفتهٔ",
		"«الف «ب» ج", "\"a\nb\"\nc\"", "او گفت که", "He said, said he.", "بر اساس این", "X گفت: «الف.\n\nب»",
	} {
		f.Add(s, true, uint16(1), uint16(3))
		f.Add(s, false, uint16(0), uint16(2))
	}
	f.Fuzz(func(t *testing.T, body string, persian bool, a, b uint16) {
		if !utf8.ValidString(body) {
			return
		}
		lang := "en"
		if persian {
			lang = "fa"
		}
		d := makeDoc(lang, "2025-11-07", body)
		ents := testRecognizer(t).Recognize(d)
		n := len(body) + 1
		ents = append(ents, recognize.Entity{ID: "ex", Type: "PER", Canonical: "X", Start: int(a) % n, End: int(b) % n})
		for _, q := range FindWith(d, ents, Options{Anonymous: true}) {
			if q.Start < 0 || q.End > len(body) || q.Start >= q.End {
				t.Fatalf("span [%d,%d) out of a body of %d bytes", q.Start, q.End, len(body))
			}
			if !utf8.RuneStart(body[q.Start]) || q.End < len(body) && !utf8.RuneStart(body[q.End]) {
				t.Fatalf("span [%d,%d) not on rune boundaries", q.Start, q.End)
			}
			if q.Text != body[q.Start:q.End] {
				t.Fatalf("Text %q is not body[%d:%d]", q.Text, q.Start, q.End)
			}
			if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
				t.Fatalf("sentence %d of %d", q.Sentence, len(d.Sentences))
			}
			if q.Speaker == "" {
				t.Fatal("empty speaker")
			}
		}
	})
}
