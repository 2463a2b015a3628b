package amounts

import (
	"math"
	"testing"
)

// FuzzFind checks what must hold for any text: no panic, spans inside the
// text on rune boundaries, in order and without overlaps, Text equal to
// the span, a known kind, a finite value, and a unit for money only.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"۳۷ طیارهٔ جت", "۱.۱ میلیارد دالر", "۷۰٪", "بین ۳۰ تا ۴۳ درصد", "دو هزار و پانصد",
		"یک و نیم میلیون", "$2.5bn", "US$1.1 billion", "2025-11-07", "+93 799 123 456",
		"6-foot-6", "thirty-seven", "a dozen", "۱/۵ میلیون", "360،000 نفر", "3,500 people",
		"Rs. 500", "٪۵۰", "۵ هزار و ۲۰۰ هزار میلیارد تومان", "\u200c۱۲\u200c", "1.2.3.4", "$",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		boundary := make([]bool, len(s)+1) // where a rune starts, as Go decodes s
		for i := range s {
			boundary[i] = true
		}
		boundary[len(s)] = true
		for _, lang := range []string{"fa", "en"} {
			end := 0
			for _, a := range Find(s, lang) {
				if a.Start < end || a.Start > a.End || a.End > len(s) {
					t.Fatalf("%s: span %d-%d out of order or range (previous end %d, len %d) in %q", lang, a.Start, a.End, end, len(s), s)
				}
				if !boundary[a.Start] || !boundary[a.End] {
					t.Fatalf("%s: span %d-%d not on rune boundaries in %q", lang, a.Start, a.End, s)
				}
				if a.Text != s[a.Start:a.End] {
					t.Fatalf("%s: Text %q is not the span %q", lang, a.Text, s[a.Start:a.End])
				}
				if a.Kind != Money && a.Kind != Percent && a.Kind != Count {
					t.Fatalf("%s: kind %q", lang, a.Kind)
				}
				if math.IsNaN(a.Value) || math.IsInf(a.Value, 0) || a.Value < 0 {
					t.Fatalf("%s: value %v in %q", lang, a.Value, s)
				}
				if (a.Kind == Money) != (a.Unit != "") {
					t.Fatalf("%s: kind %s with unit %q", lang, a.Kind, a.Unit)
				}
				end = a.End
			}
		}
	})
}

// FuzzKey checks the fast path of the lexicon lookup: a word that isKey
// accepts is its own key.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"درصد", "Dollar", "سه‌صد", "هزینهٔ", "آوریل", "يك", "ة", "’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if isKey(w) && string(appendKey(nil, w)) != w {
			t.Fatalf("isKey(%q) but its key is %q", w, appendKey(nil, w))
		}
	})
}
