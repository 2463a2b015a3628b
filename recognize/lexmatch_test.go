package recognize

import "testing"

func TestLexiconMatching(t *testing.T) {
	r := testRecognizer(t)
	tests := []struct {
		name, lang, body string
		want             []string // Text=Canonical of each wanted mention
		not              []string // Texts that must not be entities
	}{
		// A full name and a country, in Dari.
		{"dari name and country", "fa", "دونالد ترمپ به قزاقستان سفر کرد.", []string{"دونالد ترمپ=Donald Trump", "قزاقستان=Kazakhstan"}, nil},
		// The object marker را glued to a name is not part of the span.
		{"clitic را", "fa", "ترمپ قزاقستان‌را ستود.", []string{"قزاقستان=Kazakhstan"}, nil},
		// A country name plus the demonym ی is the adjective.
		{"demonym suffix", "fa", "مقامات قزاقستانی گفتند.", []string{"قزاقستانی=Kazakhstan"}, nil},
		// A listed adjective with a plural suffix.
		{"adjective plural", "fa", "امریکایی‌ها آمدند.", []string{"امریکایی=United States"}, nil},
		// Spaces and half-spaces inside a name do not matter.
		{"split name", "fa", "شی جین پینگ و شی جینپینگ", []string{"شی جین پینگ=Xi Jinping", "شی جینپینگ=Xi Jinping"}, nil},
		// The ezafe hamza and the ezafe ی are the same name.
		{"ezafe", "fa", "اتحادیهٔ اروپا و اتحادیه‌ی اروپا", []string{"اتحادیهٔ اروپا=European Union", "اتحادیه‌ی اروپا=European Union"}, nil},
		// A name never matches inside a longer word.
		{"no match inside a word", "fa", "ایرانی‌ها و ترکیه", []string{"ترکیه=Turkey"}, []string{"ترک"}},
		// A short name plus letters that are no suffix is another word.
		{"no suffix", "fa", "بازی با سیاست", nil, []string{"سیا"}},
		// Punctuation after a name is left out.
		{"comma after name", "fa", "در واشنگتن، ترمپ گفت", []string{"واشنگتن=واشنگتن", "ترمپ=Donald Trump"}, nil},
		// A one-word surname that is a common word (می) needs the full name first.
		{"common-word surname", "fa", "می گوید که ترزا می نخست وزیر بریتانیا است.", []string{"ترزا می=Theresa May"}, []string{"می"}},
		// English: a one-word name that is a common word needs a capital.
		{"english capital rule", "en", "Turkey sent turkey to China's leaders in May.", []string{"Turkey=Turkey", "China=China"}, []string{"turkey", "May"}},
		// English multi-word names match in any case.
		{"english multiword", "en", "The united states and the European Union.", []string{"united states=United States", "European Union=European Union"}, nil},
		// A short acronym must be in capitals.
		{"acronym", "en", "The US told us.", []string{"US=United States"}, []string{"us"}},
		// An adjective with a plural s: the span ends before the s.
		{"english adjective plural", "en", "Iranians and Afghan police.", []string{"Iranian=Iran"}, nil},
		// The possessive 's is left out of the span.
		{"possessive", "en", "Turkey's president", []string{"Turkey=Turkey"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Recognize(makeDoc(tt.lang, "2025-11-07", tt.body))
			for _, w := range tt.want {
				found := false
				for _, e := range es {
					if e.Text+"="+e.Canonical == w {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %s in %s", w, describe(es))
				}
			}
			for _, n := range tt.not {
				if e := find(es, n); e != nil {
					t.Errorf("unwanted %q in %s", n, describe(es))
				}
			}
		})
	}
}
