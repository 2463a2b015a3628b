package htmlpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// goldenPage is one page of testdata/pages and what should be read from it.
// The .want file holds "key: value" lines (title, date, lang, variant,
// author), a "---" line, then the article's sentences, one a line.
type goldenPage struct {
	name      string
	html      []byte
	want      map[string]string
	sentences []string
}

func loadGolden(t testing.TB) []goldenPage {
	t.Helper()
	files, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	var pages []goldenPage
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		wantText, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".want")
		if err != nil {
			t.Fatal(err)
		}
		head, body, ok := strings.Cut(string(wantText), "\n---\n")
		if !ok {
			t.Fatalf("%s.want: no --- line", f)
		}
		p := goldenPage{name: filepath.Base(f), html: data, want: map[string]string{}}
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ":")
			p.want[k] = strings.TrimSpace(v)
		}
		for _, s := range strings.Split(body, "\n") {
			if s = collapse(s); s != "" {
				p.sentences = append(p.sentences, s)
			}
		}
		pages = append(pages, p)
	}
	return pages
}

// score counts sentences: gold ones found in the body (recall) and body
// sentences that belong to the article (precision).
type score struct {
	gold, found     int // article sentences, and how many the body keeps
	extracted, kept int // body sentences, and how many are article sentences
	missing, extra  []string
}

func (s *score) add(o score) {
	s.gold += o.gold
	s.found += o.found
	s.extracted += o.extracted
	s.kept += o.kept
}

func (s score) recall() float64    { return ratio(s.found, s.gold) }
func (s score) precision() float64 { return ratio(s.kept, s.extracted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scoreBody compares an extracted body with the article's sentences.
func scoreBody(body string, gold []string) score {
	flat := collapse(body)
	all := strings.Join(gold, " ")
	s := score{gold: len(gold)}
	for _, g := range gold {
		if strings.Contains(flat, g) {
			s.found++
		} else {
			s.missing = append(s.missing, g)
		}
	}
	for _, piece := range splitSentences(body) {
		s.extracted++
		if strings.Contains(all, piece) {
			s.kept++
		} else {
			s.extra = append(s.extra, piece)
		}
	}
	return s
}

// splitSentences cuts text at line breaks and at . ! ? ؟ before a space.
func splitSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		rs := []rune(line)
		for i, r := range rs {
			end := strings.ContainsRune(".!?؟", r) && (i+1 == len(rs) || rs[i+1] == ' ')
			if end || i+1 == len(rs) {
				if p := collapse(string(rs[start : i+1])); p != "" {
					out = append(out, p)
				}
				start = i + 1
			}
		}
	}
	return out
}

// langOf splits a declared tag as the article package does, for checking.
func langOf(tag string) (lang, variant string) {
	tag = strings.ToLower(tag)
	switch tag {
	case "fa-af":
		variant = "fa-AF"
	case "fa-ir":
		variant = "fa-IR"
	}
	lang, _, _ = strings.Cut(tag, "-")
	return lang, variant
}

// TestGoldenPages checks the default extractor on every page: every
// article sentence kept, no sentence of the rest, and the metadata.
func TestGoldenPages(t *testing.T) {
	for _, p := range loadGolden(t) {
		t.Run(p.name, func(t *testing.T) {
			got, err := Extract(p.html, Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := scoreBody(got.Body, p.sentences)
			for _, m := range s.missing {
				t.Errorf("article sentence missing: %s", m)
			}
			for _, e := range s.extra {
				t.Errorf("sentence not in the article: %s", e)
			}
			lang, variant := langOf(got.Lang)
			for _, f := range []struct{ key, got string }{
				{"title", got.Title}, {"date", got.Date}, {"author", got.Author}, {"lang", lang}, {"variant", variant},
			} {
				if f.got != p.want[f.key] {
					t.Errorf("%s = %q; want %q", f.key, f.got, p.want[f.key])
				}
			}
		})
	}
}

// TestCompareExtractors measures every extractor on the pages: sentence
// recall and precision and time per page. Run it with -v to see the table
// (the package documentation quotes it):
//
//	go test -tags trafilatura ./article/htmlpage -run CompareExtractors -v
func TestCompareExtractors(t *testing.T) {
	pages := loadGolden(t)
	for _, c := range []struct {
		e       Extractor
		noPrune bool
	}{
		{Readability, true}, {Trafilatura, true}, {TrafilaturaFallback, true},
		{Readability, false}, {Trafilatura, false}, {TrafilaturaFallback, false},
	} {
		e := c.e
		if e != Readability && trafilaturaText == nil {
			continue // not in this build: go test -tags trafilatura
		}
		name := e.String() + " + prune"
		if c.noPrune {
			name = e.String() + " alone"
		}
		var total score
		perfect := 0
		const rounds = 5
		start := time.Now()
		for range rounds {
			total = score{}
			perfect = 0
			for _, p := range pages {
				got, err := Extract(p.html, Options{Extractor: e, NoPrune: c.noPrune})
				if err != nil {
					t.Logf("%v %s: %v", e, p.name, err)
				}
				s := scoreBody(got.Body, p.sentences)
				total.add(s)
				if s.found == s.gold && s.kept == s.extracted {
					perfect++
				}
			}
		}
		perPage := time.Since(start) / time.Duration(rounds*len(pages))
		t.Logf("%-28s recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)  perfect pages %d/%d  %v/page",
			name, 100*total.recall(), total.found, total.gold, 100*total.precision(), total.kept, total.extracted,
			perfect, len(pages), perPage.Round(10*time.Microsecond))
	}
}
