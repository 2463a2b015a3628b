package quotes

import (
	"sync"
	"testing"

	"khabar/article"
	"khabar/lexicon"
	"khabar/recognize"
	"khabar/text"
	"khabar/text/fa"
	"khabar/text/segment"
)

var (
	recOnce sync.Once
	rec     *recognize.Recognizer
	recErr  error
	plain   = fa.New(fa.Options{KeepDiacritics: true, Spacing: true})
)

// testRecognizer returns a recognizer over the built-in lexicon.
func testRecognizer(tb testing.TB) *recognize.Recognizer {
	tb.Helper()
	recOnce.Do(func() {
		lex, err := lexicon.Load()
		if err != nil {
			recErr = err
			return
		}
		rec, recErr = recognize.New(lex)
	})
	if recErr != nil {
		tb.Fatal(recErr)
	}
	return rec
}

// makeDoc prepares body as the pipeline does: normalize, split sentences
// and tokens.
func makeDoc(lang, date, body string) recognize.Doc {
	var norm string
	var al *text.Alignment
	if lang == "fa" {
		norm, al = fa.Default().Normalize(body)
	} else {
		norm, al = plain.Normalize(body)
	}
	sents := segment.Sentences(norm)
	segment.MarkDuplicates(sents, func(i int) string { return fa.Fold(norm[sents[i].Start:sents[i].End]) })
	return recognize.Doc{Body: body, Norm: norm, Align: al, Sentences: sents, Tokens: segment.Tokens(norm, sents), Lang: lang, Date: date}
}

// findIn runs the recognizer and Find over one body.
func findIn(tb testing.TB, lang, body string) ([]Quote, []recognize.Entity) {
	tb.Helper()
	d := makeDoc(lang, "2025-11-07", body)
	ents := testRecognizer(tb).Recognize(d)
	return Find(d, ents), ents
}

// readArticle reads the one article of a dev file.
func readArticle(t *testing.T, path string) article.Article {
	t.Helper()
	a, err := article.ReadFile(path, article.DefaultOptions())
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return a
}
