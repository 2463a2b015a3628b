package code

import (
	"testing"
	"unicode/utf8"
)

// FuzzCode codes arbitrary text in both languages: no panic, every event
// with a known type, a trigger span inside the body holding the trigger,
// and mentions that include its sentence.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"قراردادی میان افغانستان و ازبکستان امضا شد.",
		"اگر «پاکستان» به افغانستان حمله کند، ، و",
		"Syria told Turkish forces to withdraw, \"immediately\".",
		"که تا را با به از",
		"",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	_, coder := setup(f)
	f.Fuzz(func(t *testing.T, body string, persian bool) {
		if !utf8.ValidString(body) {
			return
		}
		lang := "en"
		if persian {
			lang = "fa"
		}
		in := makeInput(t, lang, articleDate, body)
		for _, e := range coder.Code(in) {
			if e.Type == "" || e.Start < 0 || e.End > len(body) || e.Start > e.End || body[e.Start:e.End] != e.Trigger {
				t.Fatalf("event %+v out of %q", e, body)
			}
			if len(e.Mentions) == 0 || e.Mentions[0] > e.Sentence {
				t.Fatalf("mentions %v, sentence %d", e.Mentions, e.Sentence)
			}
		}
	})
}
