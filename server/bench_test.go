package server

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// BenchmarkAPI measures one request of each kind through the whole
// handler (parameters, store, JSON) on the demo database.
func BenchmarkAPI(b *testing.B) {
	ts, _ := testServer(b, nil)
	results, _ := demoData(b)
	s := ts.Config.Handler
	for _, bc := range []struct{ name, path string }{
		{"articles", "/api/articles"},
		{"article", "/api/articles/" + results[0].Article.ID},
		{"events", "/api/events"},
		{"events-filtered", "/api/events?actor=IRN&type=AGREE&from=2025-01-01&to=2025-12-31"},
		{"search", "/api/search?q=" + url.QueryEscape("تنگستن")},
		{"actors", "/api/actors"},
		{"network", "/api/network"},
		{"timeline", "/api/stats/timeline?interval=month"},
		{"bad-request", "/api/events?type=PARTY"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, bc.path, nil)
			for b.Loop() {
				w := httptest.NewRecorder()
				s.ServeHTTP(w, req)
				if w.Code >= 500 {
					b.Fatalf("%s: %d %s", bc.path, w.Code, w.Body)
				}
			}
		})
	}
}
