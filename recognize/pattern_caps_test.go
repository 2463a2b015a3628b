package recognize

import "testing"

func TestCapitals(t *testing.T) {
	runPatternCases(t, []patternCase{
		// An organisation head word at the end of a capitalised run.
		{"organisation head", "en", "The Baton Ridge Police Department said on Friday that it had arrested a man.",
			[]wantEntity{{"Baton Ridge Police Department", "ORG", "", "", "pattern:capitals"}}},
		// A place after a preposition.
		{"place after preposition", "en", "More than 500 people were evacuated in Dongala after the quake.",
			[]wantEntity{{"Dongala", "LOC", "", "", "pattern:capitals"}}},
		// A place head in lower case after the name.
		{"lower-case head", "en", "The quake hit Pidie Raya regency on Monday.",
			[]wantEntity{{"Pidie Raya", "LOC", "", "", "pattern:capitals"}}},
		// The island of X.
		{"island of", "en", "Here are some facts about the island of Sulawara.",
			[]wantEntity{{"Sulawara", "LOC", "", "", "pattern:capitals"}}},
		// A known given name starts a person's name.
		{"given name", "en", "Officials said that John Alderbrook had left the country.",
			[]wantEntity{{"John Alderbrook", "PER", "", "", "pattern:capitals"}}},
		// A name followed by an age in commas.
		{"age apposition", "en", "The vote was important, said Olivan Georgeska, 79, in the capital.",
			[]wantEntity{{"Olivan Georgeska", "PER", "", "", "pattern:capitals"}}},
		// A short acronym is an organisation.
		{"acronym", "en", "The station WKRB reported the arrest.",
			[]wantEntity{{"WKRB", "ORG", "", "", "pattern:capitals"}}},
		// A family word before a name.
		{"kin", "en", "He cast his ballot with his wife Zorana.",
			[]wantEntity{{"Zorana", "PER", "", "", "pattern:capitals"}}},
		// Head words right after a known body make one name with it.
		{"known name and head", "en", "She spoke at the European Union Summit in May.",
			[]wantEntity{{"European Union Summit", "EVT", "", "", "pattern:capitals"}}},
	})
}

func TestCapitalsRefuse(t *testing.T) {
	r := testRecognizer(t)
	tests := []struct{ name, body, not string }{
		// A capital that only opens a sentence is no name.
		{"sentence opener", "Mining and trade are the pillars of the province.", "Fishing"},
		// A capitalised people's adjective is no place.
		{"demonym", "They trained Kurdish forces in the north.", "Kurdish"},
		// Title words alone are no name.
		{"title words", "The Prime Minister said the talks went well.", "Prime Minister"},
		// A hyphenated half is no name: Euro-Asia.
		{"hyphen half", "The plan links the Euro-Asia rail routes.", "Euro"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Recognize(makeDoc("en", "", tt.body))
			if e := find(es, tt.not); e != nil {
				t.Errorf("unwanted %q in %s", tt.not, describe(es))
			}
		})
	}
}
