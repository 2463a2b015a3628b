package recognize

import "testing"

func TestOutletPatterns(t *testing.T) {
	runContextCases(t, []contextCase{
		// The formula that credits a report, with its reporter: an agency whose name is a common word.
		{"credited reporter", "به گزارش خبرنگار مهر، نشست خبری امروز برگزار شد.",
			[]wantEntity{{"مهر", "ORG", "IRN", "", "pattern:report"}}, "", nil},
		// A two-word site name after the formula.
		{"credited site", "به گزارش ورزش سه، تمرین امروز لغو شد.",
			[]wantEntity{{"ورزش سه", "ORG", "", "", "pattern:report"}}, "", nil},
		// A quoted outlet after the formula.
		{"quoted", "به گزارش «انتخاب» به نقل از منابع آگاه، جلسه لغو شد.",
			[]wantEntity{{"انتخاب", "ORG", "IRN", "", "pattern:report"}}, "", nil},
		// The reporter of an outlet, told something.
		{"told the reporter", "وی به خبرنگار فارس گفت که طرح آماده است.",
			[]wantEntity{{"فارس", "ORG", "IRN", "", "pattern:report"}}, "", nil},
		// Told the outlet itself: به X گفت.
		{"told the outlet", "او به فارس گفت که نامزد نمی‌شود.",
			[]wantEntity{{"فارس", "ORG", "IRN", "", "pattern:report"}}, "", nil},
		// A press-review line: the daily heads it, a colon after it.
		{"press review colon", "شرق: برجام برگشت‌ناپذیر است",
			[]wantEntity{{"شرق", "ORG", "IRN", "", "pattern:report"}}, "", nil},
		// A daily whose name is the country's heads its line: the daily, not the country.
		{"press review country name", "ایران: دولت لایحه را پس گرفت",
			[]wantEntity{{"ایران", "ORG", "IRN", "", "pattern:report"}}, "", nil},
		// A press-review line with what the daily wrote after it.
		{"press review about", "کیهان درباره اعتراض‌ها نوشت که دولت مقصر است.",
			[]wantEntity{{"کیهان", "ORG", "IRN", "", "pattern:report"}}, "", nil},
		// The common word mid-sentence is no outlet.
		{"common word", "در ماه مهر باران بارید و هوا سرد شد.",
			nil, "ORG", []string{"مهر"}},
		// The country in a sentence is still the country: no colon after it.
		{"country", "ایران با این طرح مخالفت کرد.",
			nil, "ORG", []string{"ایران"}},
	})
}
