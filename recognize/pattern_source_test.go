package recognize

import "testing"

func TestReportSources(t *testing.T) {
	runPatternCases(t, []patternCase{
		// The credit formula: the words up to the comma name the outlet.
		{"credit comma", "fa", "به گزارش خبرنامه پارسیان، نرخ ارز امروز بالا رفت.",
			[]wantEntity{{"خبرنامه پارسیان", "ORG", "", "", "pattern:report"}}},
		// The outlet's reporter: the name after خبرنگار and its desk.
		{"reporter desk", "fa", "به گزارش خبرنگار اقتصادی نوآوران، بازار آرام بود.",
			[]wantEntity{{"نوآوران", "ORG", "", "", "pattern:report"}}},
		// A statement credited to a person: the name up to the comma.
		{"according to", "fa", "به گفتهٔ کاظمیان، این طرح تا پاییز تمام می‌شود.",
			[]wantEntity{{"کاظمیان", "PER", "", "", "pattern:speech"}}},
		// A quoted outlet after به نقل از.
		{"quoted", "fa", "به نقل از «دیده‌بان امروز» این طرح متوقف شد.",
			[]wantEntity{{"دیده‌بان امروز", "ORG", "", "", "pattern:report"}}},
	})
}

// TestReportSourcesNone checks the formula's words that name no outlet.
func TestReportSourcesNone(t *testing.T) {
	r := testRecognizer(t)
	for _, tt := range []struct{ name, body string }{
		// Common words before the comma name no outlet.
		{"common words", "به گزارش ما، این طرح متوقف شد."},
		// No comma after the words: a report about something, not a credit.
		{"no comma", "به گزارش سالانه بانک نگاه کنید."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range r.Recognize(makeDoc("fa", "2025-11-07", tt.body)) {
				if e.Source == SourceReport {
					t.Errorf("%s: want no outlet, got %q", tt.body, e.Text)
				}
			}
		})
	}
}
