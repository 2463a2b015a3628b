package quotes_test

import (
	"fmt"

	"khabar/lexicon"
	"khabar/quotes"
	"khabar/recognize"
	"khabar/text/fa"
	"khabar/text/segment"
)

// ExampleFind finds a direct quote in Dari, and an indirect one whose
// speaker is a pronoun for the person named before, as the pipeline runs
// the recognizer and then Find.
func ExampleFind() {
	body := "امیرخان متقی روز دوشنبه در کابل گفت: «افغانستان خواهان روابط نیک با همسایگان است.»\n" +
		"وی افزود که گذرگاه تورخم به زودی باز خواهد شد."
	lex, err := lexicon.Load()
	if err != nil {
		panic(err)
	}
	rec, err := recognize.New(lex)
	if err != nil {
		panic(err)
	}
	norm, align := fa.Default().Normalize(body)
	sents := segment.Sentences(norm)
	d := recognize.Doc{Body: body, Norm: norm, Align: align, Sentences: sents,
		Tokens: segment.Tokens(norm, sents), Lang: "fa", Date: "2025-11-07"}
	for _, q := range quotes.Find(d, rec.Recognize(d)) {
		fmt.Printf("%s, direct %v, sentence %d: %s\n", q.Speaker, q.Direct, q.Sentence, q.Text)
	}
	// Output:
	// Amir Khan Muttaqi, direct true, sentence 0: افغانستان خواهان روابط نیک با همسایگان است
	// Amir Khan Muttaqi, direct false, sentence 1: گذرگاه تورخم به زودی باز خواهد شد
}
