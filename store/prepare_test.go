package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"khabar/pipeline"
	"khabar/store"
	"khabar/store/searchterms"
	"khabar/store/simhash"
)

// TestPrepare checks that Prepare, which folds the body once for both,
// gives the fingerprint of the body and the terms of title and body joined
// by a line break, as the store used to work them out apart: on the demo
// articles and on the edges of an empty title or body.
func TestPrepare(t *testing.T) {
	type doc struct{ title, body string }
	docs := []doc{
		{"", "قزاقستان و امریکا توافق کردند."}, // no title
		{"Kazakhstan and the US agree", ""},    // no body
		{"", ""},                               // nothing
		{"  رئیس جمهور ", "\n\nگفت که  سفر می‌کند.\n"},      // spaces at both ends
		{"Talks end.", "Iran-Turkmenistan gas swap, 2025."}, // punctuation at the joint
	}
	files, _ := filepath.Glob("../examples/demo/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{filepath.Base(f), string(b)})
	}
	for _, d := range docs {
		r := pipeline.Result{}
		r.Article.Title, r.Article.Body = d.title, d.body
		got := store.Prepare(&r)
		want := store.Prepared{
			SimHash: simhash.Of(d.body),
			Terms:   searchterms.Join(searchterms.Index(d.title + "\n" + d.body)),
		}
		if got != want {
			t.Errorf("%q / %.40q:\n got %+v\nwant %+v", d.title, d.body, got, want)
		}
	}
}
