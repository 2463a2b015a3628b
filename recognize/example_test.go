package recognize_test

import (
	"fmt"

	"khabar/lexicon"
	"khabar/recognize"
	"khabar/text/fa"
	"khabar/text/segment"
)

func Example() {
	lex, _ := lexicon.Load()
	r, err := recognize.New(lex)
	if err != nil {
		panic(err)
	}
	body := "مارکو روبیو، وزیر خارجهٔ ایالات متحده، به قزاقستان رفت. او گفت که واشنگتن آماده است."
	norm, align := fa.Default().Normalize(body)
	sents := segment.Sentences(norm)
	d := recognize.Doc{
		Body: body, Norm: norm, Align: align, Sentences: sents,
		Tokens: segment.Tokens(norm, sents), Lang: "fa", Date: "2025-11-07",
	}
	for _, e := range r.Recognize(d) {
		fmt.Println(e.ID, e.Type, e.Text, "=", e.Canonical, e.Country, e.Role, e.Source)
	}
	// Output:
	// e1 PER مارکو روبیو = Marco Rubio USA foreign-minister lexicon
	// e2 LOC ایالات متحده = United States USA  lexicon
	// e3 LOC قزاقستان = Kazakhstan KAZ  lexicon
	// e1 PER او = Marco Rubio USA foreign-minister coref
	// e4 LOC واشنگتن = واشنگتن USA  lexicon
}
