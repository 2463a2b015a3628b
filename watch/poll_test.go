package watch

import (
	"context"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"khabar/store"
)

// stored returns the stored articles by URL.
func stored(t *testing.T, st store.Store) map[string]store.ArticleSummary {
	t.Helper()
	page, err := st.Articles(context.Background(), store.ArticleQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]store.ArticleSummary{}
	for _, a := range page.Items {
		out[a.URL] = a
	}
	return out
}

// TestPoll serves one feed whose items meet every kind of page, polls it,
// checks what became of each item, then polls again and gets a 304.
func TestPoll(t *testing.T) {
	s := newSite(t)
	var written atomic.Int64
	const (
		fromPage = "page" // the page was read
		fromFeed = "feed" // the page failed: the feed's text was stored
		none     = "none" // nothing stored
	)
	cases := []struct {
		name    string
		path    string // "" for an item without a link
		handler http.Handler
		desc    string // the item's summary
		want    string
		hits    int // requests to path
	}{
		// A Dari page, read whole; its own date wins.
		{"Dari page", "/news/1", htmlHandler(page("fa-AF", "توزیع بذر در هرات", "2025-11-10", 1)), "خلاصه.", fromPage, 1},
		// An English page without a date: the item's date fills in.
		{"English page", "/news/2", htmlHandler(page("en", "Road budget approved", "", 2)), "", fromPage, 1},
		// A page slower than the timeout: retried, then the summary.
		{"slow page", "/news/slow", slow(3 * time.Second), "A summary of the slow page.", fromFeed, 3},
		// A page that always answers 500: retried, then the summary.
		{"500", "/news/500", failing(1000, 500, ""), "A summary of the failing page.", fromFeed, 3},
		// A redirect loop a → b → a: ended after 5 hops (a asked 3
		// times), not retried, then the summary.
		{"redirect loop", "/loop/a", http.RedirectHandler("/loop/b", http.StatusFound), "A summary of the looping page.", fromFeed, 3},
		// A 100 MB page: cut at the cap, then the summary.
		{"100 MB page", "/news/huge", hugePage(&written, false), "A summary of the huge page.", fromFeed, 1},
		// An item without a link: its summary.
		{"no link", "", nil, "A summary of an item that links nowhere.", fromFeed, 0},
		// A 404 page and no summary: nothing to store, the item given up.
		{"404 without summary", "/news/gone", http.NotFoundHandler(), "", none, 1},
	}
	s.mux.Handle("/loop/b", http.RedirectHandler("/loop/a", http.StatusFound))
	var items []item
	for _, c := range cases {
		link := ""
		if c.path != "" {
			s.mux.Handle(c.path, c.handler)
			link = s.URL + c.path
		}
		items = append(items, item{title: c.name, link: link, guid: "item-" + c.name, date: "Mon, 10 Nov 2025 08:00:00 +0000", desc: c.desc})
	}
	s.mux.Handle("/feed.xml", &feedDoc{body: rss("en", items...), etag: `"v1"`})

	st := openStore(t, "")
	w, logs := newWatcher(t, st, testConfig())
	ctx := context.Background()
	r := w.Poll(ctx, s.URL+"/feed.xml")
	if r.Err != nil || r.Status != 200 || r.Items != len(cases) || r.New != len(cases) {
		t.Fatalf("first poll: %+v", r)
	}
	if r.Fetched != 2 || r.Failed != 5 || r.FromFeed != 5 || r.Stored != 7 || r.Deferred != 0 {
		t.Errorf("first poll: fetched %d failed %d from feed %d stored %d deferred %d; want 2 5 5 7 0", r.Fetched, r.Failed, r.FromFeed, r.Stored, r.Deferred)
	}
	arts := stored(t, st)
	for _, c := range cases {
		a, ok := arts[""]
		if c.path != "" {
			a, ok = arts[s.URL+c.path]
		}
		got := none
		if ok {
			got = fromPage
			if a.Source == s.URL+"/feed.xml" {
				got = fromFeed
			}
		}
		if got != c.want {
			t.Errorf("%s: stored from %s, want %s", c.name, got, c.want)
		}
		if c.path != "" && s.hit(c.path) != c.hits {
			t.Errorf("%s: %d requests, want %d", c.name, s.hit(c.path), c.hits)
		}
	}
	if a := arts[s.URL+"/news/1"]; a.Date != "2025-11-10" || a.Variant != "fa-AF" || a.Title != "توزیع بذر در هرات" {
		t.Errorf("Dari page stored as %+v", a)
	}
	if a := arts[s.URL+"/news/2"]; a.Date != "2025-11-10" || a.Lang != "en" {
		t.Errorf("English page stored as %+v, want the item's date", a)
	}
	if st, _ := w.feeds.FeedState(ctx, s.URL+"/feed.xml"); st.ETag != `"v1"` {
		t.Errorf("ETag recorded %q, want \"v1\"", st.ETag)
	}

	// The second poll sends the ETag back and gets a 304: no page is asked for.
	r2 := w.Poll(ctx, s.URL+"/feed.xml")
	if r2.Status != 304 || r2.New != 0 || r2.Err != nil {
		t.Errorf("second poll: %+v, want a 304", r2)
	}
	for _, c := range cases {
		if c.path != "" && s.hit(c.path) != c.hits {
			t.Errorf("%s after the 304: %d requests, want %d", c.name, s.hit(c.path), c.hits)
		}
	}
	out := logs.String()
	for _, want := range []string{"msg=poll ", "status=200 items=8 new=8 seen=0 fetched=2 failed=5", "status=304", `msg="page failed"`, "too many redirects", "body larger than the cap"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
}

// TestRestart polls, closes the store, opens a new one on the same SQLite
// file and polls a feed with one more item: only the new page is fetched.
func TestRestart(t *testing.T) {
	cases := []struct {
		name string
		etag string
	}{
		// The feed has an ETag, and a new one when it changes.
		{"with ETag", `"v1"`},
		// The server ignores conditional requests: the seen list alone
		// keeps the pages from being fetched again.
		{"without ETag", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSite(t)
			var items []item
			for i, title := range []string{"Roads", "Bridges", "Schools", "Clinics"} {
				path := "/n/" + title
				s.mux.Handle(path, htmlHandler(page("en", title+" budget approved", "2025-11-0"+string(rune('1'+i)), i)))
				items = append(items, item{title: title, link: s.URL + path, guid: title})
			}
			doc := &feedDoc{}
			doc.set(rss("en", items[:3]...), c.etag)
			s.mux.Handle("/rss", doc)
			path := t.TempDir() + "/watch.db"
			ctx := context.Background()

			st1 := openStore(t, path)
			w1, _ := newWatcher(t, st1, testConfig())
			if r := w1.Poll(ctx, s.URL+"/rss"); r.Stored != 3 || r.Err != nil {
				t.Fatalf("first run: %+v", r)
			}
			st1.Close()

			if c.etag != "" {
				doc.set(rss("en", items...), `"v2"`)
			} else {
				doc.set(rss("en", items...), "")
			}
			st2 := openStore(t, path)
			w2, _ := newWatcher(t, st2, testConfig())
			r := w2.Poll(ctx, s.URL+"/rss")
			if r.Status != 200 || r.New != 1 || r.Seen != 3 || r.Fetched != 1 || r.Stored != 1 {
				t.Errorf("after the restart: %+v, want 1 new item fetched and 3 seen", r)
			}
			for _, it := range items[:3] {
				if n := s.hit("/n/" + it.title); n != 1 {
					t.Errorf("%s fetched %d times, want once", it.title, n)
				}
			}
			if n := s.hit("/n/Clinics"); n != 1 {
				t.Errorf("the new item fetched %d times, want once", n)
			}
		})
	}
}

// TestDeferred: an item without text whose page fails for a reason that
// may pass is left unseen, and the ETag unrecorded, until it is stored.
func TestDeferred(t *testing.T) {
	s := newSite(t)
	var down atomic.Bool
	down.Store(true)
	s.mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		htmlHandler(page("en", "Back up", "2025-11-03", 7))(w, r)
	})
	s.mux.Handle("/rss", &feedDoc{body: rss("en", item{title: "Back up", link: s.URL + "/p", guid: "p"}), etag: `"e"`})
	st := openStore(t, "")
	w, _ := newWatcher(t, st, testConfig())
	ctx := context.Background()
	steps := []struct {
		name                   string
		up                     bool
		status, stored, deferr int
		etag                   string
	}{
		// The page is down and the item has no summary: deferred.
		{"down", false, 200, 0, 1, ""},
		// No ETag was recorded, so the feed is read again; the page is up.
		{"up", true, 200, 1, 0, `"e"`},
		// Now the feed is unchanged.
		{"unchanged", true, 304, 0, 0, `"e"`},
	}
	for _, c := range steps {
		down.Store(!c.up)
		r := w.Poll(ctx, s.URL+"/rss")
		fs, _ := w.feeds.FeedState(ctx, s.URL+"/rss")
		if r.Status != c.status || r.Stored != c.stored || r.Deferred != c.deferr || fs.ETag != c.etag {
			t.Errorf("%s: status %d stored %d deferred %d etag %q; want %d %d %d %q", c.name, r.Status, r.Stored, r.Deferred, fs.ETag, c.status, c.stored, c.deferr, c.etag)
		}
	}
}

// TestInterrupted cancels the poll while the second page is fetched:
// the first article is committed and marked seen, and the next poll
// finishes the rest without fetching it again.
func TestInterrupted(t *testing.T) {
	s := newSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var items []item
	for i, name := range []string{"one", "two", "three"} {
		path := "/n/" + name
		h := htmlHandler(page("en", "Story "+name, "2025-11-05", 10+i))
		if name == "two" {
			h = func(w http.ResponseWriter, r *http.Request) {
				cancel() // Ctrl-C while this page is fetched
				<-r.Context().Done()
			}
		}
		s.mux.Handle(path, h)
		items = append(items, item{title: name, link: s.URL + path, guid: name})
	}
	doc := &feedDoc{}
	doc.set(rss("en", items...), `"x"`)
	s.mux.Handle("/rss", doc)
	cfg := testConfig()
	cfg.BatchSize = 10 // the first article is only committed by the stop
	st := openStore(t, "")
	w, _ := newWatcher(t, st, cfg)
	r := w.Poll(ctx, s.URL+"/rss")
	if !r.Interrupted || r.Stored != 1 {
		t.Fatalf("interrupted poll: %+v, want interrupted with 1 stored", r)
	}
	if fs, _ := w.feeds.FeedState(context.Background(), s.URL+"/rss"); fs.ETag != "" {
		t.Errorf("ETag %q recorded by an interrupted poll", fs.ETag)
	}
	doc.set(rss("en", items[0], items[2]), `"x"`)
	r = w.Poll(context.Background(), s.URL+"/rss")
	if r.Seen != 1 || r.Stored != 1 || s.hit("/n/one") != 1 || s.hit("/n/three") != 1 {
		t.Errorf("next poll: %+v, /n/one fetched %d times, /n/three %d; want one seen, one stored, each fetched once", r, s.hit("/n/one"), s.hit("/n/three"))
	}
}

// TestPersianFeed reads a Persian RSS feed whose items are dated in the
// solar-hijri calendar (Iranian and Afghan month names, Persian digits);
// the pages carry no date, so the items' dates are stored.
func TestPersianFeed(t *testing.T) {
	data, err := os.ReadFile("testdata/fa.rss")
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(t)
	s.mux.Handle("/fa.rss", &feedDoc{body: strings.ReplaceAll(string(data), "{{base}}", s.URL)})
	s.mux.Handle("/fa/101", htmlHandler(page("fa-IR", "افتتاح کتابخانهٔ تازه در شیراز", "", 101)))
	s.mux.Handle("/fa/102", htmlHandler(page("fa-AF", "آغاز توزیع بذر در هرات", "", 102)))
	st := openStore(t, "")
	w, _ := newWatcher(t, st, testConfig())
	if r := w.Poll(context.Background(), s.URL+"/fa.rss"); r.Err != nil || r.Fetched != 2 || r.Stored != 2 {
		t.Fatalf("poll: %+v", r)
	}
	arts := stored(t, st)
	for _, c := range []struct {
		path, date, variant string
	}{
		// ۲۵ آبان ۱۴۰۴: Iranian month name, Persian digits.
		{"/fa/101", "2025-11-16", "fa-IR"},
		// ۱۵ حوت ۱۴۰۲: Afghan month name (Hut = Esfand).
		{"/fa/102", "2024-03-05", "fa-AF"},
	} {
		a := arts[s.URL+c.path]
		if a.Date != c.date || a.Lang != "fa" || a.Variant != c.variant {
			t.Errorf("%s: date %q lang %q variant %q; want %s fa %s", c.path, a.Date, a.Lang, a.Variant, c.date, c.variant)
		}
	}
}

// TestFailingFeeds: feeds that fail are logged and the others go on.
func TestFailingFeeds(t *testing.T) {
	s := newSite(t)
	s.mux.Handle("/good", &feedDoc{body: rss("en", item{title: "Roads", link: s.URL + "/n", guid: "n"}), etag: `"g"`})
	s.mux.Handle("/n", htmlHandler(page("en", "Roads budget approved", "2025-11-01", 1)))
	s.mux.HandleFunc("/500", failing(1000, 500, ""))
	s.mux.HandleFunc("/html", htmlHandler(page("en", "Not a feed", "", 2)))
	cases := []struct {
		path    string
		status  int
		failed  bool
		comment string
	}{
		{"/good", 200, false, "a feed that works"},
		{"/500", 500, true, "a server error, retried then given up"},
		{"/html", 200, true, "a web page where a feed was expected"},
		{"/missing", 404, true, "a feed that is not there"},
	}
	var feeds []string
	for _, c := range cases {
		feeds = append(feeds, s.URL+c.path)
	}
	st := openStore(t, "")
	w, logs := newWatcher(t, st, testConfig())
	for i, r := range w.PollAll(context.Background(), feeds) {
		c := cases[i]
		if r.Status != c.status || (r.Err != nil) != c.failed {
			t.Errorf("%s (%s): status %d err %v", c.path, c.comment, r.Status, r.Err)
		}
	}
	if n := len(stored(t, st)); n != 1 {
		t.Errorf("%d articles stored, want 1", n)
	}
	if n := strings.Count(logs.String(), `msg="poll failed"`); n != 3 {
		t.Errorf("%d failed polls logged, want 3:\n%s", n, logs.String())
	}
}

// TestRun polls on an interval until the context ends: the first poll
// stores, the later ones get 304s.
func TestRun(t *testing.T) {
	s := newSite(t)
	s.mux.Handle("/rss", &feedDoc{body: rss("en", item{title: "Roads", link: s.URL + "/n", guid: "n"}), etag: `"r"`})
	s.mux.Handle("/n", htmlHandler(page("en", "Roads budget approved", "2025-11-01", 1)))
	cfg := testConfig()
	cfg.Interval = 100 * time.Millisecond
	st := openStore(t, "")
	w, _ := newWatcher(t, st, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), 450*time.Millisecond)
	defer cancel()
	tot := w.Run(ctx, []string{s.URL + "/rss"})
	if tot.Polls < 3 || tot.Stored != 1 || tot.NotModified != tot.Polls-1 || s.hit("/n") != 1 {
		t.Errorf("Run: %s; page fetched %d times", tot, s.hit("/n"))
	}
}

// forgetRecorder is a store that records the ForgetSeen calls it passes
// on.
type forgetRecorder struct {
	store.Store
	store.FeedStore
	keep   [][]string
	before []time.Time
}

func (f *forgetRecorder) ForgetSeen(ctx context.Context, feedURL string, keep []string, before time.Time) (int, error) {
	f.keep = append(f.keep, slices.Clone(keep))
	f.before = append(f.before, before)
	return f.FeedStore.ForgetSeen(ctx, feedURL, keep, before)
}

// TestForgetSeen: after each complete poll the watcher asks the store to
// forget the items seen ForgetSeenAfter ago that the feed no longer
// lists, keeping the ones it lists; with ForgetSeenAfter 0 it never asks.
func TestForgetSeen(t *testing.T) {
	s := newSite(t)
	var items []item
	for i, title := range []string{"Roads", "Bridges", "Schools"} {
		path := "/n/" + title
		s.mux.Handle(path, htmlHandler(page("en", title+" budget approved", "2025-11-0"+string(rune('1'+i)), i)))
		items = append(items, item{title: title, link: s.URL + path, guid: title})
	}
	doc := &feedDoc{}
	doc.set(rss("en", items...), "")
	s.mux.Handle("/rss", doc)
	st := openStore(t, "")
	rec := &forgetRecorder{Store: st, FeedStore: st.(store.FeedStore)}
	cfg := testConfig()
	cfg.ForgetSeenAfter = 48 * time.Hour
	w, _ := newWatcher(t, rec, cfg)
	ctx := context.Background()
	if r := w.Poll(ctx, s.URL+"/rss"); r.Stored != 3 || r.Err != nil {
		t.Fatalf("first poll: %+v", r)
	}
	doc.set(rss("en", items[1:]...), "")
	if r := w.Poll(ctx, s.URL+"/rss"); r.Seen != 2 || r.Err != nil {
		t.Fatalf("second poll: %+v", r)
	}
	if len(rec.keep) != 2 || len(rec.keep[1]) != 2 || rec.keep[1][0] != "guid:"+items[1].guid {
		t.Fatalf("ForgetSeen keeps %v, want the 3 then the 2 listed items", rec.keep)
	}
	if d := time.Since(rec.before[1]); d < 47*time.Hour || d > 49*time.Hour {
		t.Errorf("ForgetSeen before %v ago, want 48h", d)
	}
	// Nothing was seen 48 hours ago: every item is still known.
	if got, _ := rec.FeedStore.SeenItems(ctx, s.URL+"/rss", []string{"guid:" + items[0].guid}); len(got) != 1 {
		t.Errorf("an item seen today was forgotten")
	}

	cfg.ForgetSeenAfter = 0
	rec.keep = nil
	w0, _ := newWatcher(t, rec, cfg)
	w0.Poll(ctx, s.URL+"/rss")
	if len(rec.keep) != 0 {
		t.Errorf("ForgetSeenAfter 0: ForgetSeen called %d times", len(rec.keep))
	}
}
