package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"khabar/store"
)

// TestEndpoints asks every GET endpoint a question the demo articles
// answer.
func TestEndpoints(t *testing.T) {
	ts, _ := testServer(t, nil)
	results, _ := demoData(t)
	for _, tc := range []struct {
		path     string
		minTotal int
	}{
		// every demo article, newest first
		{"/api/articles", len(results)},
		// the Dari ones
		{"/api/articles?variant=fa-AF", 1},
		// events of the whole set
		{"/api/events", 10},
		// events with Afghanistan as actor, in a date range
		{"/api/events?actor=AFG&from=2025-01-01&to=2025-12-31", 1},
		// actor codes are read case-insensitively
		{"/api/events?actor=irn&type=agree", 1},
		// events in articles about tungsten, in Persian
		{"/api/events?q=" + url.QueryEscape("تنگستن"), 2},
		// full-text search, Persian
		{"/api/search?q=" + url.QueryEscape("تنگستن"), 2},
		// full-text search, English
		{"/api/search?q=tungsten", 1},
		// the actors with events
		{"/api/actors", 5},
		// actors by prefix
		{"/api/actors?q=AF", 1},
		// the edges of the network
		{"/api/network", 3},
		// a monthly timeline of Iran's events
		{"/api/stats/timeline?actor=IRN&interval=month", 2},
		// a yearly timeline of every event
		{"/api/stats/timeline?interval=year", 1},
	} {
		p := getList(t, ts, tc.path)
		if *p.Total < tc.minTotal || len(p.Items) == 0 {
			t.Errorf("GET %s: total %d with %d items, want at least %d", tc.path, *p.Total, len(p.Items), tc.minTotal)
		}
	}
}

// TestArticle checks one article with everything extracted from it, and
// that its offsets point into the body.
func TestArticle(t *testing.T) {
	ts, _ := testServer(t, nil)
	results, _ := demoData(t)
	var want = results[0]
	for _, r := range results {
		if strings.Contains(r.Article.Body, "تنگستن") && len(r.Events) > 0 {
			want = r
			break
		}
	}
	status, body := get(t, ts, "/api/articles/"+want.Article.ID)
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	var a store.Article
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatal(err)
	}
	if a.ID != want.Article.ID || a.Body != want.Article.Body {
		t.Fatalf("got article %s, want %s with the same body", a.ID, want.Article.ID)
	}
	if len(a.Sentences) != len(want.Sentences) || len(a.Entities) != len(want.Entities) || len(a.Events) != len(want.Events) {
		t.Errorf("got %d sentences, %d entities, %d events; want %d, %d, %d", len(a.Sentences), len(a.Entities), len(a.Events),
			len(want.Sentences), len(want.Entities), len(want.Events))
	}
	for _, e := range a.Entities {
		if e.Start < 0 || e.End > len(a.Body) || a.Body[e.Start:e.End] != e.Text {
			t.Errorf("entity %s: body[%d:%d] is not %q", e.ID, e.Start, e.End, e.Text)
		}
	}
	for _, ev := range a.Events {
		s := a.Sentences[ev.Sentence]
		if ev.Start < s.Start || ev.End > s.End {
			t.Errorf("event %s: trigger %d-%d outside its sentence %d (%d-%d)", ev.ID, ev.Start, ev.End, ev.Sentence, s.Start, s.End)
		}
	}
}

// TestPagingToEnd follows next from the first page to the last and sees
// every item once, as many as total says.
func TestPagingToEnd(t *testing.T) {
	ts, _ := testServer(t, nil)
	for _, base := range []string{"/api/articles?limit=3", "/api/events?limit=4", "/api/actors?limit=2",
		"/api/search?limit=1&q=" + url.QueryEscape("افغانستان")} {
		seen := map[string]bool{}
		path, total, pages := base, -1, 0
		for {
			p := getList(t, ts, path)
			pages++
			if total == -1 {
				total = *p.Total
			} else if *p.Total != total {
				t.Errorf("%s: total changed from %d to %d between pages", base, total, *p.Total)
			}
			for _, raw := range p.Items {
				var item struct {
					ID   string `json:"id"`
					Code string `json:"code"`
				}
				json.Unmarshal(raw, &item)
				key := item.ID + item.Code
				if seen[key] {
					t.Errorf("%s: %s seen twice", base, key)
				}
				seen[key] = true
			}
			if *p.Next == "" || pages > 100 {
				break
			}
			path = base + "&cursor=" + url.QueryEscape(*p.Next)
		}
		if len(seen) != total || pages < 2 {
			t.Errorf("%s: %d items over %d pages, total says %d", base, len(seen), pages, total)
		}
	}
}

// TestLimitCapped: a huge limit is served, capped.
func TestLimitCapped(t *testing.T) {
	ts, _ := testServer(t, func(c *Config) { c.MaxPageSize = 2 })
	p := getList(t, ts, "/api/events?limit=1000000")
	if len(p.Items) != 2 || *p.Next == "" {
		t.Errorf("limit=1000000 with MaxPageSize 2: %d items, next %q", len(p.Items), *p.Next)
	}
}

// TestOpenAPI checks that the description parses and names every route.
func TestOpenAPI(t *testing.T) {
	ts, _ := testServer(t, nil)
	status, body := get(t, ts, "/api/openapi.json")
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	var spec struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(body, &spec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi %q, want 3.x", spec.OpenAPI)
	}
	st := testStore(t)
	s, _ := New(st, nil, DefaultConfig())
	for _, path := range s.paths {
		if _, ok := spec.Paths[path]; !ok {
			t.Errorf("route %s is not in openapi.json", path)
		}
	}
	if len(spec.Paths) != len(s.paths) {
		t.Errorf("openapi.json has %d paths, the server %d", len(spec.Paths), len(s.paths))
	}
}

// TestPage serves the page, its modules and the vendored libraries.
func TestPage(t *testing.T) {
	ts, _ := testServer(t, nil)
	for _, tc := range []struct{ path, contentType, holds string }{
		{"/", "text/html", `id="events"`},
		{"/app.js", "javascript", "import"},
		{"/offsets.js", "javascript", "byteIndex"},
		{"/vendor/uplot/uPlot.esm.js", "javascript", "uPlot"},
		{"/vendor/cytoscape/cytoscape.esm.min.js", "javascript", "cytoscape"},
		{"/vendor/uplot/uPlot.min.css", "text/css", "uplot"},
	} {
		res, err := ts.Client().Get(ts.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), tc.contentType) || !strings.Contains(string(b), tc.holds) {
			t.Errorf("GET %s: %d %s, want 200 %s holding %q", tc.path, res.StatusCode, res.Header.Get("Content-Type"), tc.contentType, tc.holds)
		}
	}
}
