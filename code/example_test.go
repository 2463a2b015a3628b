package code_test

import (
	"fmt"

	"khabar/code"
	"khabar/code/triggers"
	"khabar/dates"
	"khabar/lexicon"
	"khabar/recognize"
	"khabar/text/fa"
	"khabar/text/segment"
)

// Example codes one Dari sentence the way the pipeline does.
func Example() {
	lex, _ := lexicon.Load()
	rec, _ := recognize.New(lex)
	trig, _ := triggers.Load()
	coder := code.New(trig)

	body := "رئیس‌جمهور چین در ماه جون به قزاقستان سفر کرد."
	norm, align := fa.Default().Normalize(body)
	sents := segment.Sentences(norm)
	doc := recognize.Doc{Body: body, Norm: norm, Align: align, Sentences: sents,
		Tokens: segment.Tokens(norm, sents), Lang: "fa", Date: "2025-11-07"}
	in := code.Input{Doc: doc, Entities: rec.Recognize(doc), Dates: dates.Find(norm, "fa", doc.Date)}

	for _, e := range coder.Code(in) {
		fmt.Println(e.Type, e.Actor[0].Code, e.Recipient[0].Code, e.CAMEO, e.Date, e.Trigger)
	}
	// Output:
	// CONSULT CHN KAZ 042 2025-06 سفر کرد
}
