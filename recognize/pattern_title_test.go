package recognize

import "testing"

// patternCase is one sentence and the mentions a pattern must find in it.
type patternCase struct {
	name, lang, body string
	want             []wantEntity
}

type wantEntity struct {
	text, typ, country, role, source string
}

func runPatternCases(t *testing.T, tests []patternCase) {
	t.Helper()
	r := testRecognizer(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Recognize(makeDoc(tt.lang, "2025-11-07", tt.body))
			for _, w := range tt.want {
				e := find(es, w.text)
				switch {
				case e == nil:
					t.Errorf("no entity %q in %s", w.text, describe(es))
				case e.Type != w.typ:
					t.Errorf("%q: type %s, want %s", w.text, e.Type, w.typ)
				case w.country != "" && e.Country != w.country:
					t.Errorf("%q: country %q, want %q", w.text, e.Country, w.country)
				case w.role != "" && e.Role != w.role:
					t.Errorf("%q: role %q, want %q", w.text, e.Role, w.role)
				case w.source != "" && e.Source != w.source:
					t.Errorf("%q: source %q, want %q", w.text, e.Source, w.source)
				}
			}
		})
	}
}

func TestTitlePatterns(t *testing.T) {
	runPatternCases(t, []patternCase{
		// Apposition after a known name gives it the office and country.
		{"apposition of a known person", "fa", "مارکو روبیو، وزیر خارجهٔ ایالات متحده، گفت که توافق مهم است.",
			[]wantEntity{{"مارکو روبیو", "PER", "USA", "foreign-minister", "lexicon"}}},
		// Apposition after an unknown name makes a person of the country.
		{"apposition of an unknown name", "fa", "فرهاد نوروزی، وزیر تجارت ترکیه، به کابل رفت.",
			[]wantEntity{{"فرهاد نوروزی", "PER", "TUR", "trade-minister", "apposition"}}},
		// A title then a name: رئیس‌جمهور X.
		{"title before name", "fa", "رئیس‌جمهور قزاقستان، قاسم‌جومرت توکایف به مسکو رفت.",
			[]wantEntity{{"قاسم‌جومرت توکایف", "PER", "KAZ", "head-of-state", ""}}},
		// A title, a modifier, then the name.
		{"former minister", "fa", "وزیر خارجهٔ پیشین وی هارولد بنسون به لندن رفت.",
			[]wantEntity{{"هارولد بنسون", "PER", "", "foreign-minister", "pattern:title"}}},
		// A chief executive in apposition, with the company after the title.
		{"chief executive", "fa", "ریتا کالینز، رئیس اجرایی گروه «آلفا مینرالز»، گفت که پروژه آغاز شد.",
			[]wantEntity{{"ریتا کالینز", "PER", "", "", "apposition"}}},
		// English: title and capitalised name.
		{"english title", "en", "President Gjorgo Ivanski has said he will not vote.",
			[]wantEntity{{"Gjorgo Ivanski", "PER", "", "head-of-state", "pattern:title"}}},
		// English: country adjective before the title.
		{"english adjective title", "en", "The talks were led by Kazakh Foreign Minister Aslan Beksultov on Monday.",
			[]wantEntity{{"Aslan Beksultov", "PER", "KAZ", "foreign-minister", "pattern:title"}}},
		// English: name, the title of country.
		{"english apposition of", "en", "Hakan Demirel, the foreign minister of Turkey, arrived.",
			[]wantEntity{{"Hakan Demirel", "PER", "TUR", "foreign-minister", "apposition"}}},
		// English: a title after the name, with no comma (MP).
		{"post title", "en", "Jeanette Freelan MSP sent a letter.",
			[]wantEntity{{"Jeanette Freelan", "PER", "", "", "apposition"}}},
	})
}
