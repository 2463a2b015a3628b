package htmlpage

import (
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	for _, p := range loadGolden(f) {
		f.Add(p.html)
	}
	f.Add([]byte("<p>\xe3\xcd\xd3 \xff</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 64<<10 {
			return // callers cap a page's size; see article.Options
		}
		p, err := Extract(data, Options{})
		for _, s := range []string{p.Title, p.Author, p.Body, p.Lang} {
			if !utf8.ValidString(s) {
				t.Fatalf("not UTF-8: %q", s)
			}
		}
		if err == nil && p.Body == "" {
			t.Fatal("no error and no body")
		}
		if p.Date != "" && len(p.Date) != 10 {
			t.Fatalf("date %q", p.Date)
		}
	})
}

// BenchmarkExtract reads every golden page with each extractor.
func BenchmarkExtract(b *testing.B) {
	pages := loadGolden(b)
	size := 0
	for _, p := range pages {
		size += len(p.html)
	}
	for _, e := range []Extractor{Readability, Trafilatura} {
		if e != Readability && trafilaturaText == nil {
			continue // not in this build
		}
		b.Run(e.String(), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					Extract(p.html, Options{Extractor: e})
				}
			}
		})
	}
}
