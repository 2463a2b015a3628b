package quotes

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugDoc prints the entities and quotes (anonymous ones too) of the
// article file QUOTES_DEBUG names.
func TestDebugDoc(t *testing.T) {
	path := os.Getenv("QUOTES_DEBUG")
	if path == "" {
		t.Skip("set QUOTES_DEBUG to an article file")
	}
	lang := "fa"
	if len(path) > 8 && path[len(path)-8:] == ".eng.txt" {
		lang = "en"
	}
	a := readArticle(t, path)
	d := makeDoc(lang, a.Date, a.Body)
	ents := testRecognizer(t).Recognize(d)
	for _, e := range ents {
		fmt.Printf("s%d %s %s %q=%q %s %s %s [%d,%d]\n", e.Sentence, e.ID, e.Type, e.Text, e.Canonical, e.Role, e.Source, e.Entry, e.Start, e.End)
	}
	for _, q := range FindWith(d, ents, Options{Anonymous: true}) {
		fmt.Printf("Q s%d %s[%s] anon=%v direct=%v %q\n", q.Sentence, q.Speaker, q.SpeakerEntity, q.Anonymous, q.Direct, q.Text)
	}
}
