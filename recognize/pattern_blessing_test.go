package recognize

import "testing"

func TestBlessedNames(t *testing.T) {
	runPatternCases(t, []patternCase{
		// A title of reverence, a name and its blessing: all in the span.
		{"hazrat", "fa", "مراسم سالروز وفات حضرت رقیه (س) در مسجد برگزار شد.",
			[]wantEntity{{"حضرت رقیه (س)", "PER", "", "", "pattern:honorific"}}},
		// A name before (ره), with the title شیخ before it.
		{"two words", "fa", "کتاب‌های شیخ انصاری (ره) دوباره چاپ شد.",
			[]wantEntity{{"شیخ انصاری (ره)", "PER", "", "", "pattern:honorific"}}},
	})
}

// TestBlessedNamesNone checks parentheses that hold no blessing.
func TestBlessedNamesNone(t *testing.T) {
	r := testRecognizer(t)
	// An abbreviation in parentheses that is no blessing names no person.
	for _, e := range r.Recognize(makeDoc("fa", "2025-11-07", "سازمان بهداشت جهانی (WHO) گزارش داد.")) {
		if e.Type == "PER" {
			t.Errorf("want no person, got %q", e.Text)
		}
	}
}
