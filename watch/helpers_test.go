package watch

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"khabar/pipeline"
	"khabar/store"
	"khabar/store/sqlite"
)

// sharedPipeline is built once for all tests: loading the lexicon takes
// about a second.
var sharedPipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	return pipeline.New(pipeline.DefaultConfig())
})

func testPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := sharedPipeline()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// testConfig is DefaultConfig made fast: short timeouts and backoff, a
// small host interval that is still exercised.
func testConfig() Config {
	c := DefaultConfig()
	c.HostInterval = 2 * time.Millisecond
	c.RequestTimeout = 300 * time.Millisecond
	c.ConnectTimeout = time.Second
	c.Retries = 2
	c.BackoffBase = 10 * time.Millisecond
	c.BackoffMax = 40 * time.Millisecond
	c.MaxRetryAfter = 2 * time.Second
	c.BatchSize = 2
	c.Lexicon = "test-lexicon"
	c.PrivatePages = true // the test sites are on the loopback
	return c
}

// openStore opens a SQLite store at path (a new file in a temporary
// folder when path is "").
func openStore(t testing.TB, path string) store.Store {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "watch.db")
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// logBuffer collects log lines from several goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func newWatcher(t testing.TB, st store.Store, cfg Config) (*Watcher, *logBuffer) {
	t.Helper()
	logs := &logBuffer{}
	w, err := New(st, testPipeline(t), cfg, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return w, logs
}

// site is a local web server that counts the requests to each path and
// keeps the last User-Agent.
type site struct {
	*httptest.Server
	mux  *http.ServeMux
	mu   sync.Mutex
	hits map[string]int
	ua   string
}

func newSite(t testing.TB) *site {
	s := &site{mux: http.NewServeMux(), hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.ua = r.UserAgent()
		s.mu.Unlock()
		s.mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// feedDoc is a feed the test can change between polls; etag "" serves it
// without validators, ignoring conditional requests.
type feedDoc struct {
	mu         sync.Mutex
	body, etag string
}

func (f *feedDoc) set(body, etag string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.body, f.etag = body, etag
}

func (f *feedDoc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	body, etag := f.body, f.etag
	f.mu.Unlock()
	if etag != "" {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
	}
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprint(w, body)
}

// item is one RSS item to serve.
type item struct {
	title, link, guid, date, desc string
}

// rss writes an RSS 2.0 feed.
func rss(lang string, items ...item) string {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<rss version=\"2.0\"><channel><title>test</title><link>http://example.test/</link>")
	fmt.Fprintf(&b, "<language>%s</language>\n", lang)
	for _, it := range items {
		b.WriteString("<item>")
		for _, f := range [][2]string{{"title", it.title}, {"link", it.link}, {"guid", it.guid}, {"pubDate", it.date}, {"description", it.desc}} {
			if f[1] != "" {
				fmt.Fprintf(&b, "<%s>%s</%s>", f[0], esc(f[1]), f[0])
			}
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// Invented article text, one paragraph a sentence.
var (
	faParagraphs = []string{
		"وزارت زراعت روز دوشنبه اعلام کرد که توزیع بذر گندم به کشاورزان در ولایت هرات آغاز شده است.",
		"به گفتهٔ مسئولان این وزارت، بیش از دو هزار خانواده در پنج ولسوالی از این برنامه بهره‌مند می‌شوند.",
		"این برنامه با همکاری شوراهای محلی اجرا می‌شود و تا پایان ماه آینده ادامه خواهد داشت.",
		"کشاورزان می‌گویند کمبود آب در سال گذشته بخش بزرگی از محصول آنان را از بین برده بود.",
	}
	enParagraphs = []string{
		"The provincial council approved a new budget for the repair of rural roads on Monday.",
		"Officials said the work would begin in the spring and employ about four hundred local workers.",
		"Several members of the council asked for the contracts to be published before the work starts.",
		"The governor's office said a first report on the spending would be ready within three months.",
	}
)

// page writes a news page with a menu, the article and a footer; n makes
// its text unique; date "" leaves the page undated.
func page(lang, title, date string, n int) string {
	paras := enParagraphs
	if strings.HasPrefix(lang, "fa") {
		paras = faParagraphs
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s | Test News</title>`, lang, title)
	if date != "" {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, date)
	}
	b.WriteString(`</head><body><nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav><article>`)
	fmt.Fprintf(&b, "<h1>%s</h1>", title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	fmt.Fprintf(&b, "<p>Report %d.</p>", n)
	b.WriteString(`</article><footer class="footer">© Test News</footer></body></html>`)
	return b.String()
}

// htmlHandler serves a fixed page as text/html.
func htmlHandler(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}
