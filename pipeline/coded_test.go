package pipeline

import (
	"context"
	"testing"

	"khabar/article"
)

// TestNotCoded checks that an article in a language khabar does not code
// keeps its language and sentences and gets no Persian or English rule.
func TestNotCoded(t *testing.T) {
	p, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lang, body string
		coded            bool
	}{
		// Pashto with Persian digits and a currency: no amount, no entity.
		{"pashto", "ps", "د افغانستان او قزاقستان استازو په کابل کې د ۲۰۰ میلیونو ډالرو تړون لاسلیک کړ.", false},
		// Arabic with a number.
		{"arabic", "ar", "وقعت أفغانستان وكازاخستان اتفاقية بقيمة ٣ ملايين دولار في كابول.", false},
		// Dari is coded.
		{"dari", "fa", "افغانستان و قزاقستان در کابل قراردادی به ارزش ۲۰۰ میلیون دالر امضا کردند.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := p.Extract(context.Background(), article.Article{Body: tt.body, Lang: tt.lang, Date: "2025-11-07"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Coded != tt.coded {
				t.Errorf("coded %v, want %v", res.Coded, tt.coded)
			}
			if len(res.Sentences) == 0 {
				t.Errorf("no sentences")
			}
			if !tt.coded && len(res.Amounts)+len(res.Entities)+len(res.Events)+len(res.Quotes) > 0 {
				t.Errorf("not coded, but got %d amounts, %d entities, %d events, %d quotes",
					len(res.Amounts), len(res.Entities), len(res.Events), len(res.Quotes))
			}
			if tt.coded && len(res.Amounts) == 0 {
				t.Errorf("coded, but no amount")
			}
		})
	}
}
