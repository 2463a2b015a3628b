package recognize

import "testing"

func TestHeadPatterns(t *testing.T) {
	runPatternCases(t, []patternCase{
		// A quoted name after a company head noun.
		{"quoted company", "fa", "قراردادی با شرکت «پامیر تک» امضا شد.",
			[]wantEntity{{"پامیر تک", "ORG", "", "", "quoted"}}},
		// A country adjective between the head and the quoted name gives its country.
		{"quoted with adjective", "fa", "شرکت امریکایی «نوا سولار» در کابل دفتر گشود.",
			[]wantEntity{{"نوا سولار", "ORG", "USA", "", "quoted"}}},
		// A place head noun introduces a place name; the head is not part of it.
		{"place head", "fa", "زلزله‌ای شدید جزیره سولاپاری را لرزاند.",
			[]wantEntity{{"سولاپاری", "LOC", "", "", "pattern:head"}}},
		// An organisation's name with common nouns in it, ended by its country.
		{"organisation run", "fa", "انستیتیوت تحقیقات پالیسی قزاقستان نظرسنجی تازه‌ای نشر کرد.",
			[]wantEntity{{"انستیتیوت تحقیقات پالیسی قزاقستان", "ORG", "KAZ", "", "pattern:head"}}},
		// Common words and a place after a head noun make a name.
		{"organisation of a place", "fa", "دانشگاه ملی قزاقستان برنامهٔ تازه‌ای اعلام کرد.",
			[]wantEntity{{"دانشگاه ملی قزاقستان", "ORG", "", "", "pattern:head"}}},
		// A Latin name after a Persian head noun.
		{"latin after head", "fa", "شبکه Telmar News این خبر را پخش کرد.",
			[]wantEntity{{"Telmar News", "ORG", "", "", "pattern:head"}}},
		// The noun of a light verb may stand inside an organisation's name (vnoun).
		{"verbal noun inside", "fa", "سازمان انتقال خون کرمانشاه فراخوان داد.",
			[]wantEntity{{"سازمان انتقال خون کرمانشاه", "ORG", "", "", "pattern:head"}}},
		// A sports team: the head تیم and the club's name and city.
		{"team", "fa", "تیم پرسپولیس در ورزشگاه آزادی به میدان رفت.",
			[]wantEntity{{"تیم پرسپولیس", "ORG", "", "", "pattern:head"}}},
		// Two nouns joined by و inside an organisation's name.
		{"conjunction inside", "fa", "اتحادیه صنفی نوشیران و آبکاران امروز نرخ تازه را اعلام کرد.",
			[]wantEntity{{"اتحادیه صنفی نوشیران و آبکاران", "ORG", "", "", "pattern:head"}}},
		// A venue: the head noun is part of the place's name.
		{"venue", "fa", "کنسرت در تالار سپیدار برگزار شد.",
			[]wantEntity{{"تالار سپیدار", "LOC", "", "", "pattern:head"}}},
		// Heights on a front line: the head noun is part of the name.
		{"heights", "fa", "نیروها ارتفاعات گل‌کمر را تصرف کردند.",
			[]wantEntity{{"ارتفاعات گل‌کمر", "LOC", "", "", "pattern:head"}}},
		// A municipality head and its city make one body.
		{"municipality", "fa", "شهرداری قزوین طرح تازه‌ای ارائه داد.",
			[]wantEntity{{"شهرداری قزوین", "ORG", "", "", "pattern:head"}}},
		// An Iranian county: the span takes the head in (inspan), the canonical name not.
		{"county head in span", "fa", "سیل در شهرستان کلاله خسارت زد.",
			[]wantEntity{{"شهرستان کلاله", "LOC", "", "", "pattern:head"}}},
		// A company: the head in the span.
		{"company head in span", "fa", "شرکت پارس‌تک قرارداد تازه‌ای بست.",
			[]wantEntity{{"شرکت پارس‌تک", "ORG", "", "", "pattern:head"}}},
		// An event named after a known body: the head and the body make one event.
		{"event of a body", "fa", "کنفرانس اتحادیهٔ اروپا در بروکسل برگزار شد.",
			[]wantEntity{{"کنفرانس اتحادیهٔ اروپا", "EVT", "", "", "pattern:head"}}},
	})
}

func TestHeadPatternsRefuse(t *testing.T) {
	r := testRecognizer(t)
	tests := []struct{ name, body, not string }{
		// "This union" names nothing: a demonstrative before the head.
		{"demonstrative", "گفت‌وگوها دربارهٔ پیوستن به این پیمان جریان دارد.", "جریان"},
		// Only common words after a company head: a description, not a name.
		{"description", "شرکت دولتی معادن قزاقستان همکاری می‌کند.", "شرکت دولتی معادن"},
		// The noun of a light verb does not end a name: it belongs to the verb.
		{"verbal noun at end", "کمیته داوران حمایت خود را اعلام کرد.", "کمیته داوران حمایت"},
		// A Persian name after a head does not run on into Latin words.
		{"script change", "تیم بسکتبال LSU برنده شد.", "تیم بسکتبال LSU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Recognize(makeDoc("fa", "", tt.body))
			for _, e := range es {
				if e.Source != SourceLexicon && (e.Text == tt.not || e.Canonical == tt.not) {
					t.Errorf("unwanted %q in %s", tt.not, describe(es))
				}
			}
		})
	}
}

func TestBareHeadNeedsQuotes(t *testing.T) {
	runContextCases(t, []contextCase{
		// گروه before plain words names no body: a group of goods, a section of a news site.
		{"bare head unquoted", "قیمت در گروه لبنیات ثابت ماند.",
			nil, "ORG", []string{"لبنیات", "گروه لبنیات"}},
		// گروه before a quoted name still names it.
		{"bare head quoted", "گروه «آروند» قرارداد تازه‌ای بست.",
			[]wantEntity{{"آروند", "ORG", "", "", "quoted"}}, "", nil},
	})
}
