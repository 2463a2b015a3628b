package recognize

import "testing"

func TestPlacePattern(t *testing.T) {
	runPatternCases(t, []patternCase{
		// A word the lexicon lacks, after a preposition and before a
		// country: a place of that country.
		{"place of a country", "fa", "نشست در برمینگام بریتانیا برگزار شد.",
			[]wantEntity{{"برمینگام", "LOC", "GBR", "", "pattern:place"}}},
	})
}

func TestPersonPatterns(t *testing.T) {
	runPatternCases(t, []patternCase{
		// A lone surname before a two-word verb of saying.
		{"speech compound", "fa", "کمالیان تصریح کرد که این طرح اجرا می‌شود.",
			[]wantEntity{{"کمالیان", "PER", "", "", "pattern:speech"}}},
		// A lone surname before the formula with which news quotes a speaker.
		{"speech formula", "fa", "شاهرخیان با بیان اینکه قیمت‌ها بالا رفته افزود: بازار آرام است.",
			[]wantEntity{{"شاهرخیان", "PER", "", "", "pattern:speech"}}},
		// A common given name, then a surname no list holds.
		{"given name", "fa", "دیروز محمد کریمزاده به هرات رسید.",
			[]wantEntity{{"محمد کریمزاده", "PER", "", "", "pattern:given-name"}}},
		// A courtesy title before a name.
		{"honorific", "fa", "به گفتهٔ خانم فریدلند، نامه ارسال شد.",
			[]wantEntity{{"فریدلند", "PER", "", "", "pattern:honorific"}}},
		// A family word, with a possessive, before a name.
		{"kin", "fa", "همسرش زوریلا و پسرش دوشکار رای دادند.",
			[]wantEntity{{"زوریلا", "PER", "", "", "pattern:kin"}, {"دوشکار", "PER", "", "", "pattern:kin"}}},
		// A name at the start of a clause before a verb of saying.
		{"speech", "fa", "کاواردوف گفت که ما کشور فقیر هستیم.",
			[]wantEntity{{"کاواردوف", "PER", "", "", "pattern:speech"}}},
		// An Iranian given name (data/given.txt) before an unknown surname.
		{"iranian given name", "fa", "به گزارش خبرنگار ما، کیومرث نیک‌خواه در جلسه حاضر نشد.",
			[]wantEntity{{"کیومرث نیک‌خواه", "PER", "", "", "pattern:given-name"}}},
		// A clerical title stays out of the name, like other honorifics.
		{"clerical honorific", "fa", "حجت‌الاسلام بهرامی‌نژاد در نماز جمعه سخن گفت.",
			[]wantEntity{{"بهرامی‌نژاد", "PER", "", "", "pattern:honorific"}}},
		// A name before an age.
		{"age", "fa", "در سکوپیا، اولیوا جورجیسکا ۷۹ ساله گفت که رای داده است.",
			[]wantEntity{{"اولیوا جورجیسکا", "PER", "", "", "pattern:age"}}},
	})
}
