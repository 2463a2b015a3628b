package recognize

import "testing"

// TestNamedAgents covers findNamedAgents: an agent phrase that begins with
// a head marked named (وزارت, سازمان) and goes on past it is the name of
// one body.
func TestNamedAgents(t *testing.T) {
	runPatternCases(t, []patternCase{
		// A ministry's full name is a name, not an agent.
		{"ministry", "fa", "سخنگوی وزارت امور خارجه این ادعا را رد کرد.",
			[]wantEntity{{"وزارت امور خارجه", "ORG", "", "", "pattern:head"}}},
		// A country right after the ministry ends its name and gives its country.
		{"ministry of a country", "fa", "وزارت خارجهٔ کنیا این حمله را محکوم کرد.",
			[]wantEntity{{"وزارت خارجهٔ کنیا", "ORG", "KEN", "", "pattern:head"}}},
	})
}

// TestNamedAgentsRefuse: agents without a named head stay agents.
func TestNamedAgentsRefuse(t *testing.T) {
	r := testRecognizer(t)
	tests := []struct{ name, body, agent string }{
		// The police is a sector, not a name.
		{"police", "پلیس سه نفر را بازداشت کرد.", "پلیس"},
		// The head word alone names no body.
		{"head alone", "این وزارتخانه طرح تازه‌ای ارائه داد.", "وزارتخانه"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Recognize(makeDoc("fa", "", tt.body))
			if e := find(es, tt.agent); e == nil || !e.IsAgent() {
				t.Errorf("want agent %q in %s", tt.agent, describe(es))
			}
		})
	}
}
