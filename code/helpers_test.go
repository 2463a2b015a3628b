package code

import (
	"strings"
	"sync"
	"testing"

	"khabar/amounts"
	"khabar/article"
	"khabar/code/triggers"
	"khabar/dates"
	"khabar/lexicon"
	"khabar/recognize"
	"khabar/text"
	"khabar/text/fa"
	"khabar/text/segment"
)

var (
	setupOnce sync.Once
	testRec   *recognize.Recognizer
	testCoder *Coder
	setupErr  error
)

// setup loads the actor lexicon, the recognizer and a coder over the
// built-in triggers extended by testdata/.
func setup(tb testing.TB) (*recognize.Recognizer, *Coder) {
	tb.Helper()
	setupOnce.Do(func() {
		lex, err := lexicon.Load()
		if err != nil {
			tb.Logf("lexicon: %v", err)
		}
		testRec, setupErr = recognize.New(lex)
		trig, err := triggers.Load("testdata")
		if err != nil {
			tb.Logf("triggers: %v", err)
		}
		testCoder = New(trig)
	})
	if setupErr != nil {
		tb.Fatal(setupErr)
	}
	return testRec, testCoder
}

var plainNormalizer = fa.New(fa.Options{KeepDiacritics: true, Spacing: true})

// makeInput prepares an article body as the pipeline does: normalize,
// split sentences and tokens, recognize entities, find dates and amounts.
func makeInput(tb testing.TB, lang, date, body string) Input {
	rec, _ := setup(tb)
	var norm string
	var al *text.Alignment
	if lang == "fa" {
		norm, al = fa.Default().Normalize(body)
	} else {
		norm, al = plainNormalizer.Normalize(body)
	}
	sents := segment.Sentences(norm)
	segment.MarkDuplicates(sents, func(i int) string { return fa.Fold(norm[sents[i].Start:sents[i].End]) })
	doc := recognize.Doc{Body: body, Norm: norm, Align: al, Sentences: sents, Tokens: segment.Tokens(norm, sents), Lang: lang, Date: date}
	if date == "0000-00-00" {
		date = ""
	}
	return Input{Doc: doc, Entities: rec.Recognize(doc), Dates: dates.Find(norm, lang, date), Amounts: amounts.Find(norm, lang)}
}

// readArticle reads one dated article file.
func readArticle(tb testing.TB, path string) article.Article {
	tb.Helper()
	a, err := article.ReadFile(path, article.DefaultOptions())
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return a
}

// describe renders events compactly for test failures and logs.
func describe(evs []Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Type + " " + codes(e.Actor) + "→" + codes(e.Recipient))
		if e.Date != "" {
			b.WriteString(" @" + e.Date)
		}
		b.WriteString(" [" + e.Trigger + " " + e.CAMEO + "]; ")
	}
	return b.String()
}

func codes(ps []Party) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return strings.Join(out, ",")
}
