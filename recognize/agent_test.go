package recognize

import "testing"

func TestAgents(t *testing.T) {
	r := testRecognizer(t)
	tests := []struct {
		name, lang, body, agent, country string
	}{
		// Persian: the country follows the agent noun.
		{"dari police of a country", "fa", "پولیس افغانستان سه تن را بازداشت کرد.", "پولیس", "AFG"},
		// Persian: the ezafe hamza does not hide the country.
		{"cabinet with ezafe", "fa", "کابینهٔ کنیا این حمله را محکوم کرد.", "کابینهٔ", "KEN"},
		// English: an adjective of the country before the agent.
		{"english adjective", "en", "Afghan police arrested three men.", "police", "AFG"},
		// English: a possessive country before the agent.
		{"english possessive", "en", "Kenya's foreign ministry condemned the attack.", "foreign ministry", "KEN"},
		// English: the country after "of".
		{"english of", "en", "The foreign ministry of Kenya condemned it.", "foreign ministry", "KEN"},
		// No country in sight: none is guessed.
		{"no country", "fa", "پولیس سه تن را بازداشت کرد.", "پولیس", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Recognize(makeDoc(tt.lang, "2025-11-07", tt.body))
			e := find(es, tt.agent)
			if e == nil {
				t.Fatalf("no agent %q in %s", tt.agent, describe(es))
			}
			if !e.IsAgent() || e.Named() {
				t.Errorf("%q: IsAgent %v Named %v, want an unnamed agent", tt.agent, e.IsAgent(), e.Named())
			}
			if e.Country != tt.country {
				t.Errorf("%q: country %q, want %q", tt.agent, e.Country, tt.country)
			}
		})
	}
}
