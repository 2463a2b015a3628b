package server

import (
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"khabar/article"
	"khabar/examples/demo"
	"khabar/pipeline"
	"khabar/store"
	_ "khabar/store/drivers"
)

var (
	demoOnce    sync.Once
	demoResults []pipeline.Result
	demoPipe    *pipeline.Pipeline
	demoErr     error
)

// demoData extracts the demo articles once for all tests.
func demoData(t testing.TB) ([]pipeline.Result, *pipeline.Pipeline) {
	t.Helper()
	demoOnce.Do(func() {
		demoPipe, demoErr = pipeline.New(pipeline.DefaultConfig())
		if demoErr != nil {
			return
		}
		files, _ := fs.Glob(demo.Articles, "*.txt")
		for _, name := range files {
			f, err := demo.Articles.Open(name)
			if err != nil {
				demoErr = err
				return
			}
			for a, err := range article.ReadFrom(f, "examples/demo/"+name, article.DatedText, article.DefaultOptions()) {
				if err != nil {
					demoErr = err
					return
				}
				res, err := demoPipe.Extract(context.Background(), a)
				if err != nil {
					demoErr = err
					return
				}
				demoResults = append(demoResults, res)
			}
			f.Close()
		}
	})
	if demoErr != nil {
		t.Fatalf("extracting the demo articles: %v", demoErr)
	}
	return demoResults, demoPipe
}

// testStore opens a SQLite store in t.TempDir filled with the demo
// articles.
func testStore(t testing.TB) store.Store {
	t.Helper()
	results, _ := demoData(t)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatalf("opening the store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Put(ctx, store.Batch{Results: results, Lexicon: "test"}); err != nil {
		t.Fatalf("storing the demo articles: %v", err)
	}
	return st
}

// testServer serves a store filled with the demo articles; edit changes
// DefaultConfig before the server is made.
func testServer(t testing.TB, edit func(*Config)) (*httptest.Server, store.Store) {
	t.Helper()
	st := testStore(t)
	_, p := demoData(t)
	cfg := DefaultConfig()
	cfg.Logger = slog.New(slog.DiscardHandler)
	if edit != nil {
		edit(&cfg)
	}
	s, err := New(st, p, cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, st
}

// get fetches path (which may hold a query string and anything a raw
// request line may hold) and returns the status and body.
func get(t testing.TB, ts *httptest.Server, path string) (int, []byte) {
	t.Helper()
	return do(t, ts, "GET", path, "", nil)
}

func do(t testing.TB, ts *httptest.Server, method, path, token string, body io.Reader) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL, body)
	if err != nil {
		t.Fatal(err)
	}
	// Set the request line as given, unparsed and uncleaned.
	req.URL.Opaque = "//" + req.URL.Host + path
	if q := strings.IndexByte(path, '?'); q >= 0 {
		req.URL.Opaque = "//" + req.URL.Host + path[:q]
		req.URL.RawQuery = path[q+1:]
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the answer: %v", method, path, err)
	}
	return res.StatusCode, b
}

// listPage is a list answer with raw items.
type listPage struct {
	Items []json.RawMessage `json:"items"`
	Next  *string           `json:"next"`
	Total *int              `json:"total"`
}

// getList fetches a list and checks its shape.
func getList(t testing.TB, ts *httptest.Server, path string) listPage {
	t.Helper()
	status, body := get(t, ts, path)
	if status != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", path, status, body)
	}
	var p listPage
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatalf("GET %s: %v in %s", path, err, body)
	}
	if p.Items == nil || p.Next == nil || p.Total == nil {
		t.Fatalf("GET %s: items, next and total must all be present: %s", path, body)
	}
	return p
}

// errorOf decodes an error answer and fails unless it is {"error": "…"}.
func errorOf(t testing.TB, what string, body []byte) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
		t.Fatalf("%s: answer is not {\"error\": …}: %s", what, body)
	}
	return e.Error
}
