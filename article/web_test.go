package article

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"khabar/article/warc"
)

// page reads a golden page of package htmlpage.
func page(t testing.TB, name string) string {
	data, err := os.ReadFile(filepath.Join("htmlpage", "testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// crawl builds a small WARC: a request, an HTML response (a golden page)
// and an image response.
func crawl(t testing.TB, gz bool) string {
	var b bytes.Buffer
	when := time.Date(2025, 11, 16, 8, 0, 0, 0, time.UTC)
	for _, f := range []warc.Fixture{
		{Type: "request", URL: "https://nsh.example.ir/news/4582190", Date: when, Body: "GET / HTTP/1.1\r\n\r\n"},
		{Type: "response", URL: "https://nsh.example.ir/news/4582190", Date: when, ContentType: "text/html; charset=utf-8", Body: page(t, "ir-agency-1.html")},
		{Type: "response", URL: "https://nsh.example.ir/logo.png", Date: when, ContentType: "image/png", Body: "\x89PNG"},
		{Type: "response", URL: "https://nsh.example.ir/undated", Date: when, ContentType: "text/html", Body: "<html><body><article><p>" + strings.Repeat("متن بی‌تاریخ این صفحه در آرشیو ذخیره شده است. ", 20) + "</p></article></body></html>"},
	} {
		if err := warc.WriteFixture(&b, f, gz); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// brief writes an outcome with the fields the web readers fill.
func brief(root string, a Article, err error) string {
	if err != nil {
		return strings.ReplaceAll(err.Error(), root+string(filepath.Separator), "")
	}
	rel := strings.TrimPrefix(a.Source, root+string(filepath.Separator))
	return fmt.Sprintf("%s L%d R%d date=%s lang=%s variant=%s title=%s author=%s summary=%v fetched=%s url=%s",
		filepath.ToSlash(rel), a.Line, a.Record, a.Date, a.Lang, a.Variant, a.Title, a.Author, a.Summary, a.Fetched, a.URL)
}

func TestBatchReadMixedFolder(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.txt":                   "date 2025-11-07 خبر اول\nمتن.",
		"b.jsonl":                 `{"text":"B.","lang":"prs"}`,
		"pages/af.html":           page(t, "af-agency-1.html"),
		"pages/cp1256.htm":        page(t, "ir-agency-2-cp1256.html"),
		"pages/feed-saved.html":   `<?xml version="1.0"?><rss version="2.0"><channel><language>fa-IR</language><item><title>خبر</title><pubDate>۲۵ آبان ۱۴۰۴</pubDate><description>خلاصهٔ خبر.</description></item><item><title>بی‌متن</title></item></channel></rss>`,
		"pages/ps.html":           page(t, "blog-4-ps.html"),
		"feeds/nasim.xml":         `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa-IR"><entry><title>تعطیلی مدارس</title><updated>1404/08/24</updated><content type="text">مدارس تعطیل است.</content></entry></feed>`,
		"archive/crawl.warc.gz":   crawl(t, true),
		"archive/crawl2.warc":     crawl(t, false),
		"archive/empty-page.html": "<html><body><nav>خانه</nav></body></html>",
		"notes.md":                "# skipped",
	})
	b := NewBatch(Options{})
	var got []string
	for a, err := range b.Read(context.Background(), []string{root}) {
		got = append(got, brief(root, a, err))
	}
	sameOutcomes(t, got, []string{
		`a.txt L1 R0 date=2025-11-07 lang= variant= title=خبر اول author= summary=false fetched= url=`,
		// WARC: the page's own date wins; a page with none gets its fetch date.
		`archive/crawl.warc.gz L0 R2 date=2025-11-13 lang=fa variant=fa-IR title=افزایش ظرفیت نیروگاه‌های خورشیدی در استان کرمان author= summary=false fetched=2025-11-16T08:00:00Z url=https://nsh.example.ir/news/4582190`,
		`archive/crawl.warc.gz L0 R4 date=2025-11-16 lang= variant= title= author= summary=false fetched=2025-11-16T08:00:00Z url=https://nsh.example.ir/undated`,
		`archive/crawl2.warc L0 R2 date=2025-11-13 lang=fa variant=fa-IR title=افزایش ظرفیت نیروگاه‌های خورشیدی در استان کرمان author= summary=false fetched=2025-11-16T08:00:00Z url=https://nsh.example.ir/news/4582190`,
		`archive/crawl2.warc L0 R4 date=2025-11-16 lang= variant= title= author= summary=false fetched=2025-11-16T08:00:00Z url=https://nsh.example.ir/undated`,
		`archive/empty-page.html: article: no text: htmlpage: no article text found`,
		`b.jsonl L1 R0 date= lang=fa variant=fa-AF title= author= summary=false fetched= url=`,
		// Atom saved as .xml; a numeric solar date.
		`feeds/nasim.xml L0 R1 date=2025-11-15 lang=fa variant=fa-IR title=تعطیلی مدارس author= summary=false fetched= url=`,
		`pages/af.html L1 R0 date=2024-03-05 lang=fa variant=fa-AF title=سیلاب در ولسوالی ارگو سه قریه را زیر آب برد author=فریده نوری summary=false fetched= url=`,
		`pages/cp1256.htm L1 R0 date=2025-11-11 lang= variant= title=برگزاري نمايشگاه کتاب تبريز با حضور 200 ناشر author= summary=false fetched= url=`,
		// An RSS feed saved as .html is read as a feed: sniffed by content.
		`pages/feed-saved.html L0 R1 date=2025-11-16 lang=fa variant=fa-IR title=خبر author= summary=true fetched= url=`,
		`pages/feed-saved.html: record 2: article: no text: feed: item has no content and no summary`,
		// Pashto is kept with its language; the pipeline must not code it.
		`pages/ps.html L1 R0 date=2025-11-11 lang=ps variant= title=په کابل کې نوی روغتون پرانیستل شو author=ګل احمد summary=false fetched= url=`,
	})
	stats := b.Stats()
	for reason, want := range map[string]int{"WARC request": 2, "WARC response not HTML": 2, "extension .md": 1} {
		if stats.SkippedBy[reason] != want {
			t.Errorf("skipped %q: %d; want %d (%v)", reason, stats.SkippedBy[reason], want, stats.SkippedBy)
		}
	}
}

func TestSniff(t *testing.T) {
	gzWARC := crawl(t, true)
	for _, c := range []struct {
		head string
		want Format
		why  string
	}{
		{"WARC/1.1\r\n", WARC, "WARC magic"},
		{gzWARC[:200], WARC, "gzip member holding WARC"},
		{"\x1f\x8b\x08\x00rest", anyText, "gzip that is not WARC: left to the binary check"},
		{`<?xml version="1.0"?><rss version="2.0">`, Feed, "RSS after an XML declaration"},
		{"<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", Feed, "Atom after a comment"},
		{`<rdf:RDF xmlns:rdf="x">`, Feed, "RSS 1.0"},
		{"\n  <!DOCTYPE html><html>", HTML, "doctype"},
		{`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, HTML, "XHTML"},
		{`<div class="post"><p>متن</p></div>`, HTML, "a fragment with block elements"},
		{`<3 you`, anyText, "text starting with <"},
		{`{"text":"x"}`, JSONLines, "JSON Lines"},
		{"date 2025-11-07 x", anyText, "dated text"},
	} {
		if got := sniff([]byte(c.head)); got != c.want {
			t.Errorf("%s: sniff = %v; want %v", c.why, got, c.want)
		}
	}
}

// BenchmarkReadWARC streams generated WARCs of 1,000 and 10,000 records
// (half of them HTML responses, gzip) through the whole reader, HTML
// extraction included, and reports the peak live heap (after a GC, every
// 250 articles): it stays flat as the file grows tenfold.
//
//	go test ./article -run XXX -bench ReadWARC -benchtime 1x
func BenchmarkReadWARC(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			var file bytes.Buffer
			page := page(b, "af-agency-1.html")
			when := time.Date(2025, 11, 16, 8, 0, 0, 0, time.UTC)
			for i := range n {
				f := warc.Fixture{Type: "request", URL: fmt.Sprintf("https://pamir.example.af/news/%d", i), Date: when, Body: "GET / HTTP/1.1\r\n\r\n"}
				if i%2 == 1 {
					f = warc.Fixture{Type: "response", URL: f.URL, Date: when, ContentType: "text/html; charset=utf-8", Body: page}
				}
				if err := warc.WriteFixture(&file, f, true); err != nil {
					b.Fatal(err)
				}
			}
			// The file is read from disk, so the heap holds only what the
			// reader keeps.
			path := filepath.Join(b.TempDir(), "crawl.warc.gz")
			if err := os.WriteFile(path, file.Bytes(), 0o644); err != nil {
				b.Fatal(err)
			}
			size := file.Len()
			file = bytes.Buffer{}
			runtime.GC()
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var peak uint64
			var m runtime.MemStats
			for b.Loop() {
				articles := 0
				f, err := os.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				for _, err := range ReadFrom(f, path, Auto, Options{}) {
					if err != nil {
						b.Fatal(err)
					}
					if articles++; articles%250 == 0 {
						runtime.GC() // live heap: what the reader holds
						runtime.ReadMemStats(&m)
						peak = max(peak, m.HeapAlloc)
					}
				}
				f.Close()
				if articles != n/2 {
					b.Fatalf("%d articles; want %d", articles, n/2)
				}
			}
			b.ReportMetric(float64(size)/(1<<20), "MiB-file")
			b.ReportMetric(float64(peak)/(1<<20), "MiB-peak-live-heap")
		})
	}
}

func BenchmarkReadHTML(b *testing.B) {
	data := []byte(page(b, "ir-agency-1.html"))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range ReadFrom(bytes.NewReader(data), "bench.html", HTML, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
