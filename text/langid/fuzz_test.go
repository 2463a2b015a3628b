package langid

import (
	"math"
	"testing"
)

// FuzzDetect checks that Detect never panics and keeps its promises on any
// input: confidences in [0, 1], a variant only for Persian and only with
// evidence, positive evidence.
func FuzzDetect(f *testing.F) {
	for _, seed := range []string{
		"", "۱۲۳", "پولیس ولسوالی ۱۵ حمل ۱۴۰۳", "پلیس استان دی‌ماه",
		"The police said", "د کابل ښار", "في العاصمة", "ہے کہ", "\xff\xfe\u200c\u0654",
		"کـــابل مُحَمَّد ي ك ة ۀ", "Президент",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Detect(s)
		for _, c := range []float64{r.Confidence, r.VariantConfidence} {
			if math.IsNaN(c) || c < 0 || c > 1 {
				t.Fatalf("Detect(%q): confidence %v out of [0, 1]", s, c)
			}
		}
		if r.Lang != persian && (r.Variant != "" || r.Evidence != nil) {
			t.Fatalf("Detect(%q): lang %q with variant %q, evidence %v", s, r.Lang, r.Variant, r.Evidence)
		}
		if r.Variant != "" && len(r.Evidence) == 0 {
			t.Fatalf("Detect(%q): variant %q without evidence", s, r.Variant)
		}
		for _, e := range r.Evidence {
			if e.Count < 1 || e.Weight <= 0 || (e.Variant != Dari && e.Variant != Iranian) {
				t.Fatalf("Detect(%q): bad evidence %+v", s, e)
			}
		}
	})
}
