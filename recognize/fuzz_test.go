package recognize

import (
	"testing"
	"unicode/utf8"
)

// FuzzRecognize checks, for any text in either language, that the
// recognizer does not panic and that every mention's offsets lie inside
// the body, on UTF-8 boundaries when the body is valid UTF-8, with Text
// equal to the body between them; that mentions are sorted and do not
// overlap; and that the mentions of one id agree on its type.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"دونالد ترمپ، رئیس‌جمهور ایالات متحده، به قزاقستان‌را سفر کرد. او گفت.",
		"شرکت امریکایی کوهستان مینرالز گروپ (Kohistan Minerals Group) قرارداد بست.",
		"President Gjorgo Ivanski, 62, said he will vote in Skopje.",
		"اتحادیهٔ اروپا و اتحادیه‌ی اروپا، شی جین پینگ؛ «استارلینک»",
		"ﻻ ﷲ ي ك ۀ ة\u200c\u200c  ‌ترمپ‌ها",
		"U.S. Turkey's al-Assad (AMLO) \"Sunday Times\"",
		"\xff\xfe ترمپ \x80",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	r := testRecognizer(f)
	f.Fuzz(func(t *testing.T, body string, persian bool) {
		lang := "en"
		if persian {
			lang = "fa"
		}
		d := makeDoc(lang, "2025-11-07", body)
		es := r.Recognize(d)
		valid := utf8.ValidString(body)
		types := map[string]string{}
		prevEnd := 0
		for i, e := range es {
			if e.Start < 0 || e.End > len(body) || e.Start >= e.End {
				t.Fatalf("mention %d %+v: span out of range of %d bytes", i, e, len(body))
			}
			if valid && (!utf8.RuneStart(body[e.Start]) || e.End < len(body) && !utf8.RuneStart(body[e.End])) {
				t.Fatalf("mention %d %+v: not on rune boundaries", i, e)
			}
			if e.Text != body[e.Start:e.End] {
				t.Fatalf("mention %d: Text %q, body has %q", i, e.Text, body[e.Start:e.End])
			}
			if e.Start < prevEnd {
				t.Fatalf("mention %d %+v overlaps or precedes the one before (end %d)", i, e, prevEnd)
			}
			prevEnd = e.End
			if typ, ok := types[e.ID]; ok && typ != e.Type {
				t.Fatalf("id %s has types %s and %s", e.ID, typ, e.Type)
			}
			types[e.ID] = e.Type
			if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
				t.Fatalf("mention %d: sentence %d of %d", i, e.Sentence, len(d.Sentences))
			}
		}
	})
}
