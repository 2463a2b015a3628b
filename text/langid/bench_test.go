package langid

import (
	"os"
	"testing"
)

// BenchmarkDetect measures Detect on whole news articles: a 5 KB Dari one
// (language rules and variant matching) and an English one (function-word
// check). testdata holds articles written for these tests.
func BenchmarkDetect(b *testing.B) {
	for _, name := range []string{"dari_article.txt", "english_article.txt"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Detect(text)
			}
		})
	}
}

// BenchmarkDetectWhatlanggo measures the path through whatlanggo, taken by
// Latin texts that are not plainly English and by other scripts: a German
// text of 4 KB, the most whatlanggo is given.
func BenchmarkDetectWhatlanggo(b *testing.B) {
	text := "Die Bundesregierung hat am Montag neue Hilfen für die Flüchtlinge in den Nachbarländern Afghanistans angekündigt. " +
		"Nach Angaben des Ministeriums sollen die Mittel vor allem für Unterkünfte, Lebensmittel und medizinische Versorgung eingesetzt werden. "
	for len(text) < 4<<10 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

// TestArticles checks the benchmark articles themselves.
func TestArticles(t *testing.T) {
	for name, want := range map[string]Result{
		"dari_article.txt":    {Lang: persian, Variant: Dari},
		"english_article.txt": {Lang: english},
	} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		r := Detect(string(data))
		if r.Lang != want.Lang || r.Variant != want.Variant {
			t.Errorf("%s: %s/%s, want %s/%s", name, r.Lang, r.Variant, want.Lang, want.Variant)
		}
	}
}
