package recognize

import (
	"strings"
	"sync"
	"testing"

	"khabar/lexicon"
	"khabar/text"
	"khabar/text/fa"
	"khabar/text/segment"
)

var (
	testOnce    sync.Once
	testRec     *Recognizer
	testErr     error
	builtinOnce sync.Once
	builtinRec  *Recognizer
	builtinErr  error
)

// builtinRecognizer returns a recognizer over the built-in lexicon alone,
// as khabar runs: for scores and benchmarks.
func builtinRecognizer(tb testing.TB) *Recognizer {
	tb.Helper()
	builtinOnce.Do(func() {
		lex, err := lexicon.Load()
		if err != nil {
			tb.Logf("lexicon: %v", err) // partial lexicons still load
		}
		builtinRec, builtinErr = New(lex)
	})
	if builtinErr != nil {
		tb.Fatal(builtinErr)
	}
	return builtinRec
}

// testRecognizer returns a recognizer over the built-in lexicon extended
// by testdata/lexicon.
func testRecognizer(tb testing.TB) *Recognizer {
	tb.Helper()
	testOnce.Do(func() {
		lex, err := lexicon.Load("testdata/lexicon")
		if err != nil {
			tb.Logf("lexicon: %v", err) // partial lexicons still load
		}
		testRec, testErr = New(lex)
	})
	if testErr != nil {
		tb.Fatal(testErr)
	}
	return testRec
}

var plainNormalizer = fa.New(fa.Options{KeepDiacritics: true, Spacing: true})

// makeDoc prepares body as the pipeline does: normalize, split sentences
// and tokens.
func makeDoc(lang, date, body string) Doc {
	var norm string
	var al *text.Alignment
	if lang == "fa" {
		norm, al = fa.Default().Normalize(body)
	} else {
		norm, al = plainNormalizer.Normalize(body)
	}
	sents := segment.Sentences(norm)
	return Doc{Body: body, Norm: norm, Align: al, Sentences: sents, Tokens: segment.Tokens(norm, sents), Lang: lang, Date: date}
}

// describe renders entities compactly for test failures.
func describe(es []Entity) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.ID + ":" + e.Type + ":" + e.Text + "=" + e.Canonical + "[" + e.Source + "] ")
	}
	return b.String()
}

// find returns the first entity whose Text is text, or nil.
func find(es []Entity, text string) *Entity {
	for i := range es {
		if es[i].Text == text {
			return &es[i]
		}
	}
	return nil
}
