package pipeline

import (
	"context"
	"testing"

	"khabar/article"
)

// TestWeInAQuote checks that "we" and ما inside a direct quote stand for
// the quote's speaker when the coder reads the events of the quote.
func TestWeInAQuote(t *testing.T) {
	p, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lang, body string
		typ, actor, recp string
	}{
		// English: the EU's foreign policy chief asks Iran.
		{"english we", "en", `The European Union criticised the arrests in Tehran. "We call on the Iranian authorities to release the students immediately," EU foreign policy chief Kaja Kallas said.`,
			"REQUEST", "EU", "IRN"},
		// Persian: ما in Mujahid's quote is the Taliban's Afghanistan.
		{"persian ما", "fa", `ذبیح‌الله مجاهد، سخنگوی طالبان، گفت: «ما از ملل متحد درخواست می‌کنیم که کمک‌های خود را افزایش دهد.»`,
			"REQUEST", "AFG", "UN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := p.Extract(context.Background(), article.Article{Body: tt.body, Lang: tt.lang, Date: "2025-11-07"})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.Events {
				if e.Type != tt.typ {
					continue
				}
				for _, a := range e.Actor {
					for _, r := range e.Recipient {
						if a.Code == tt.actor && r.Code == tt.recp {
							return
						}
					}
				}
			}
			t.Errorf("want %s %s→%s, got %+v", tt.typ, tt.actor, tt.recp, res.Events)
		})
	}
}
