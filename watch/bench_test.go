package watch

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

// BenchmarkPollCycle measures one poll of one feed over loopback: with 20
// new items (20 pages fetched, extracted and stored in batches of 20, no
// host limit), and with the feed unchanged (a 304).
func BenchmarkPollCycle(b *testing.B) {
	const perCycle = 20
	s := newSite(b)
	var cycle atomic.Int64
	s.mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		n := cycle.Load()
		etag := fmt.Sprintf(`"c%d"`, n)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		var items []item
		for i := range perCycle {
			id := fmt.Sprintf("%d-%d", n, i)
			items = append(items, item{title: "Story " + id, link: s.URL + "/p/" + id, guid: id, date: "Mon, 10 Nov 2025 08:00:00 +0000"})
		}
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, rss("fa-AF", items...))
	})
	s.mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		var n, i int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/p/"), "%d-%d", &n, &i)
		htmlHandler(page("fa-AF", "گزارش", "2025-11-10", n*1000+i))(w, r)
	})
	cfg := testConfig()
	cfg.HostInterval = 0
	cfg.BatchSize = perCycle
	st := openStore(b, "")
	w, _ := newWatcher(b, st, cfg)
	ctx := context.Background()
	feedURL := s.URL + "/rss"

	b.Run("new-20", func(b *testing.B) {
		for b.Loop() {
			cycle.Add(1)
			if r := w.Poll(ctx, feedURL); r.Stored != perCycle {
				b.Fatalf("stored %d of %d: %+v", r.Stored, perCycle, r)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/perCycle, "ms/page")
	})
	b.Run("not-modified", func(b *testing.B) {
		for b.Loop() {
			if r := w.Poll(ctx, feedURL); r.Status != http.StatusNotModified {
				b.Fatalf("status %d, want 304", r.Status)
			}
		}
	})
}
