package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// hugeSize is the size of the page that must never be read whole.
const hugeSize = 100 << 20

// hugePage streams hugeSize bytes of HTML, declaring its length or not,
// and adds what it managed to write to written.
func hugePage(written *atomic.Int64, declare bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if declare {
			w.Header().Set("Content-Length", strconv.Itoa(hugeSize))
		}
		chunk := []byte(strings.Repeat("<p>خبر خبر خبر خبر</p>\n", 1024))
		for n := 0; n < hugeSize; {
			m, err := w.Write(chunk[:min(len(chunk), hugeSize-n)])
			n += m
			written.Add(int64(m))
			if err != nil {
				return
			}
		}
	}
}

// failing answers status the first fails times, then a page.
func failing(fails int, status int, retryAfter string) http.HandlerFunc {
	var n atomic.Int64
	return func(w http.ResponseWriter, r *http.Request) {
		if int(n.Add(1)) <= fails {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			http.Error(w, "try later", status)
			return
		}
		htmlHandler(page("en", "Recovered", "", 1))(w, r)
	}
}

// slow waits d (or until the client goes) before answering.
func slow(d time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
			htmlHandler(page("en", "Late", "", 1))(w, r)
		case <-r.Context().Done():
		}
	}
}

func TestFetch(t *testing.T) {
	s := newSite(t)
	var streamed, declared atomic.Int64
	cfg := testConfig()
	s.mux.HandleFunc("/ok", htmlHandler(page("en", "Fine", "", 1)))
	s.mux.HandleFunc("/slow", slow(3*time.Second))
	s.mux.HandleFunc("/500", failing(1000, 500, ""))
	s.mux.HandleFunc("/500-once", failing(1, 502, ""))
	s.mux.HandleFunc("/429", failing(1, 429, "1"))
	s.mux.HandleFunc("/503-long", failing(1000, 503, "3600"))
	s.mux.HandleFunc("/404", http.NotFound)
	s.mux.Handle("/loop/a", http.RedirectHandler("/loop/b", http.StatusFound))
	s.mux.Handle("/loop/b", http.RedirectHandler("/loop/a", http.StatusMovedPermanently))
	s.mux.Handle("/hop/1", http.RedirectHandler("/hop/2", http.StatusFound))
	s.mux.Handle("/hop/2", http.RedirectHandler("/ok", http.StatusTemporaryRedirect))
	s.mux.Handle("/off-web", http.RedirectHandler("ftp://example.test/x", http.StatusFound))
	s.mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	s.mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no header, not even a sniffed one
		fmt.Fprint(w, page("en", "Untyped", "", 1))
	})
	s.mux.HandleFunc("/huge", hugePage(&streamed, false))
	s.mux.HandleFunc("/huge-declared", hugePage(&declared, true))
	s.mux.Handle("/etag", &feedDoc{body: rss("en"), etag: `"e1"`})

	cases := []struct {
		name          string
		path          string
		etag          string
		wantErr       error // nil: success
		wantStatus    int
		wantAttempts  int
		wantTransient bool
		wantHits      int // requests to path, 0: not checked
		minElapsed    time.Duration
	}{
		// A plain page is read at the first try.
		{name: "ok", path: "/ok", wantStatus: 200, wantHits: 1},
		// A page slower than RequestTimeout times out each attempt, and
		// is tried Retries+1 times in all.
		{name: "slow page times out", path: "/slow", wantErr: context.DeadlineExceeded, wantAttempts: 3, wantTransient: true, wantHits: 3},
		// A server that always fails is retried, then given up.
		{name: "500 given up", path: "/500", wantErr: ErrStatus, wantStatus: 500, wantAttempts: 3, wantTransient: true, wantHits: 3},
		// A 502 that mends at the second try.
		{name: "502 then ok", path: "/500-once", wantStatus: 200, wantHits: 2},
		// A 429 with Retry-After: 1 is retried no sooner than a second.
		{name: "429 honours Retry-After", path: "/429", wantStatus: 200, wantHits: 2, minElapsed: time.Second},
		// A Retry-After beyond MaxRetryAfter is not waited for.
		{name: "Retry-After too long", path: "/503-long", wantErr: ErrRetryAfter, wantStatus: 503, wantAttempts: 1, wantTransient: true, wantHits: 1},
		// A 404 will not mend: no retry.
		{name: "404 not retried", path: "/404", wantErr: ErrStatus, wantStatus: 404, wantAttempts: 1, wantHits: 1},
		// A redirect loop ends after MaxRedirects hops, and is not retried.
		{name: "redirect loop", path: "/loop/a", wantErr: ErrRedirects, wantAttempts: 1},
		// Two redirects are within the limit.
		{name: "redirect chain", path: "/hop/1", wantStatus: 200, wantHits: 1},
		// A redirect to another scheme is refused.
		{name: "redirect off the web", path: "/off-web", wantErr: ErrBadURL, wantAttempts: 1},
		// A PDF is not a page.
		{name: "not HTML", path: "/pdf", wantErr: ErrNotHTML, wantStatus: 200, wantAttempts: 1},
		// Without a Content-Type, an HTML body is sniffed and read.
		{name: "untyped HTML", path: "/untyped", wantStatus: 200},
		// A 100 MB page streamed without a length stops at the cap.
		{name: "100 MB streamed", path: "/huge", wantErr: ErrTooLarge, wantStatus: 200, wantAttempts: 1, wantHits: 1},
		// A 100 MB page that says so is refused from its header.
		{name: "100 MB declared", path: "/huge-declared", wantErr: ErrTooLarge, wantStatus: 200, wantAttempts: 1, wantHits: 1},
		// The ETag sent back gets a 304.
		{name: "conditional", path: "/etag", etag: `"e1"`, wantStatus: 304},
	}
	f := newFetcher(cfg)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			resp, err := f.get(context.Background(), request{url: s.URL + c.path, etag: c.etag, maxBytes: cfg.MaxPageBytes, html: c.path != "/etag"})
			elapsed := time.Since(start)
			if c.wantErr == nil {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				if resp.Status != c.wantStatus {
					t.Errorf("status %d, want %d", resp.Status, c.wantStatus)
				}
			} else {
				var fe *FetchError
				if !errors.Is(err, c.wantErr) || !errors.As(err, &fe) {
					t.Fatalf("err = %v, want a *FetchError wrapping %v", err, c.wantErr)
				}
				if fe.Status != c.wantStatus || fe.Attempts != c.wantAttempts || Transient(err) != c.wantTransient {
					t.Errorf("status %d, attempts %d, transient %v; want %d, %d, %v", fe.Status, fe.Attempts, Transient(err), c.wantStatus, c.wantAttempts, c.wantTransient)
				}
			}
			if c.wantHits > 0 && s.hit(c.path) != c.wantHits {
				t.Errorf("%d requests to %s, want %d", s.hit(c.path), c.path, c.wantHits)
			}
			if elapsed < c.minElapsed {
				t.Errorf("took %s, want at least %s", elapsed, c.minElapsed)
			}
		})
	}
	// The loop was followed MaxRedirects times after the first request.
	if n := s.hit("/loop/a") + s.hit("/loop/b"); n != cfg.MaxRedirects+1 {
		t.Errorf("redirect loop: %d requests, want %d", n, cfg.MaxRedirects+1)
	}
	if !strings.HasPrefix(s.ua, "khabar/") || !strings.Contains(s.ua, "contact:") {
		t.Errorf("User-Agent %q does not name khabar and a contact", s.ua)
	}
	// The server could write at most the cap plus what the sockets hold
	// before the client hung up: far from 100 MB.
	for name, n := range map[string]int64{"streamed": streamed.Load(), "declared": declared.Load()} {
		t.Logf("100 MB page, %s: the server wrote %.1f MB before the client closed", name, float64(n)/(1<<20))
		if n > cfg.MaxPageBytes+32<<20 {
			t.Errorf("100 MB page, %s: the server wrote %d bytes: the body was read past the cap", name, n)
		}
	}
}

// TestHugePageMemory checks that reading a 100 MB page allocates about
// the cap, not the page.
func TestHugePageMemory(t *testing.T) {
	s := newSite(t)
	var written atomic.Int64
	s.mux.HandleFunc("/huge", hugePage(&written, false))
	cfg := testConfig()
	cfg.MaxPageBytes = 4 << 20
	f := newFetcher(cfg)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := f.get(context.Background(), request{url: s.URL + "/huge", maxBytes: cfg.MaxPageBytes, html: true})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("cap %d MB: %.1f MB allocated, %.1f MB written by the server", cfg.MaxPageBytes>>20, float64(alloc)/(1<<20), float64(written.Load())/(1<<20))
	if alloc > uint64(2*cfg.MaxPageBytes) {
		t.Errorf("%d bytes allocated for a page capped at %d", alloc, cfg.MaxPageBytes)
	}
}
