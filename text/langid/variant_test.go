package langid

import (
	"strings"
	"testing"
)

// TestMarkerMatching checks which markers are found in short phrases: the
// whole-word rule, inflections, half-spaces, Arabic letters and dates.
func TestMarkerMatching(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // markers found, heaviest first then by variant and spelling
	}{
		// Plain whole word.
		{"whole word", "قیمت دالر بالا رفت", []string{"دالر"}},
		// Plural written with a half-space: the half-space splits the word.
		{"plural with half-space", "دالر‌ها", []string{"دالر"}},
		// Plural with the half-space dropped: stem plus inflection.
		{"plural without half-space", "دالرها", []string{"دالر"}},
		// Adjective: آمریکایی is آمریکا plus یی.
		{"adjective", "شرکت آمریکایی", []string{"آمریکا"}},
		// A longer word holding a marker is not the marker: استاندارد is not استاندار, استانبول not استان.
		{"longer word", "استاندارد استانبول", nil},
		// A compound is not its first part: اردوگاه "camp" is not اردو "army", تیراندازی not تیر.
		{"compound", "اردوگاه تیراندازی مهربانی", nil},
		// Short markers take no inflection: مهری is not مهر.
		{"short marker exact", "۱۵ مهری", nil},
		// Marker with a half-space, typed with one, with a space, and joined.
		{"half-space as written", "دانش‌آموز", []string{"دانش‌آموز"}},
		{"half-space as space", "دانش آموز", []string{"دانش‌آموز"}},
		{"half-space dropped", "دانشآموز", []string{"دانش‌آموز"}},
		// Inflection on the last word of a phrase: دانش آموزان.
		{"phrase inflected", "دانش آموزان", []string{"دانش‌آموز"}},
		// Arabic yeh and kaf fold to Persian: ولسوالي (ولسوال plus ی), كنكور.
		{"arabic letters", "ولسوالي كنكور", []string{"ولسوال", "کنکور"}},
		// Heh with hamza and ۀ fold to heh: شفاخانهٔ, شفاخانۀ.
		{"ezafe heh", "شفاخانهٔ شفاخانۀ", []string{"شفاخانه"}},
		// Diacritics and tatweel are ignored: پُولیس, پولـیس.
		{"diacritics and tatweel", "پُولیس پولـیس", []string{"پولیس"}},
		// A phrase wins over the single word it starts with: ولایت فقیه is Iranian.
		{"phrase before word", "ولایت فقیه", []string{"ولایت فقیه"}},
		// A zodiac month that is a common word counts only in a date.
		{"month in date", "۱۵ حمل ۱۴۰۳", []string{"حمل"}},
		{"month before year", "حمل ۱۴۰۳", []string{"حمل"}},
		{"month after ماه", "ماه حمل", []string{"حمل"}},
		{"common word", "حمل و نقل", nil},
		// میزان before a percentage is "amount", not the month.
		{"amount before number", "میزان ۲۰ درصد", nil},
		// Latin digits work as day and year too.
		{"latin digits", "12 Mizan: 5 میزان 2024", []string{"میزان"}},
		// Iranian month with ماه written after it, joined or spaced.
		{"iranian month joined", "دیماه", []string{"دی‌ماه"}},
		{"iranian month spaced", "دی ماه", []string{"دی‌ماه"}},
		// A silenced CLDR name: غنا (Ghana) is also "richness".
		{"silenced name", "غنای فرهنگی", nil},
		// A generated CLDR name: جاپان and ژاپن.
		{"cldr names", "جاپان ژاپن", []string{"جاپان", "ژاپن"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, evidence := defaultLexicon.variant(tc.text)
			var got []string
			for _, e := range evidence {
				got = append(got, e.Marker)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("markers in %q: %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestEvidenceCounts checks that repeated markers are counted and weighed.
func TestEvidenceCounts(t *testing.T) {
	r := Detect("پولیس کابل و پولیس هرات و پولیس‌ها در ولسوالی‌ها گفتند که این کار را انجام می‌دهند.")
	if len(r.Evidence) != 2 {
		t.Fatalf("evidence %v, want پولیس and ولسوالی", r.Evidence)
	}
	e := r.Evidence[0]
	if e.Marker != "پولیس" || e.Count != 3 || e.Weight != 9 || e.Variant != Dari || e.Source != handMarkersFile {
		t.Errorf("first evidence %+v, want پولیس counted 3 times for 9", e)
	}
	if dari, iranian := r.Scores(); dari != 12 || iranian != 0 {
		t.Errorf("scores %v, %v; want 12, 0", dari, iranian)
	}
}

// TestDecideVariant checks the thresholds of the decision.
func TestDecideVariant(t *testing.T) {
	ev := func(dari, iranian float64) []Evidence {
		return []Evidence{{Variant: Dari, Weight: dari}, {Variant: Iranian, Weight: iranian}}
	}
	tests := []struct {
		name    string
		in      []Evidence
		variant string
	}{
		{"no evidence", nil, ""},
		// Below the minimum score.
		{"too little", ev(1.5, 0), ""},
		// At the minimum score with nothing against it.
		{"just enough", ev(2, 0), Dari},
		// Leading, but not twice the other side.
		{"no clear margin", ev(5, 3), ""},
		// Twice the other side.
		{"clear margin", ev(3, 6), Iranian},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			variant, confidence := decideVariant(tc.in)
			if variant != tc.variant {
				t.Errorf("variant %q, want %q", variant, tc.variant)
			}
			if (variant == "") != (confidence == 0) || confidence < 0 || confidence > 1 {
				t.Errorf("confidence %v for variant %q", confidence, variant)
			}
		})
	}
}
