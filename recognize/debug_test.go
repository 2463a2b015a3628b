package recognize

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugDoc prints the entities of the article named by RECOGNIZE_DEBUG.
func TestDebugDoc(t *testing.T) {
	path := os.Getenv("RECOGNIZE_DEBUG")
	if path == "" {
		t.Skip("set RECOGNIZE_DEBUG to an article file")
	}
	lang := "fa"
	if len(path) > 8 && path[len(path)-8:] == ".eng.txt" {
		lang = "en"
	}
	a := readArticle(t, path)
	for _, e := range builtinRecognizer(t).Recognize(makeDoc(lang, a.Date, a.Body)) {
		fmt.Printf("%s %s %q=%q %s %s %s %s adj=%v\n", e.ID, e.Type, e.Text, e.Canonical, e.Country, e.Role, e.Source, e.Entry, e.Adjective)
	}
}
