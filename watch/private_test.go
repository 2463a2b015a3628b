package watch

import (
	"context"
	"errors"
	"net/netip"
	"testing"
	"time"
)

// TestPublicAddr checks which addresses count as on the public internet.
func TestPublicAddr(t *testing.T) {
	for _, c := range []struct {
		addr   string
		public bool
	}{
		{"8.8.8.8", true},              // a public IPv4 address
		{"2001:4860:4860::8888", true}, // a public IPv6 address
		{"127.0.0.1", false},           // loopback
		{"::1", false},                 // IPv6 loopback
		{"::ffff:127.0.0.1", false},    // loopback written as IPv4-mapped IPv6
		{"10.1.2.3", false},            // private (RFC 1918)
		{"172.16.0.1", false},          // private (RFC 1918)
		{"192.168.1.1", false},         // private (RFC 1918)
		{"fd00::1", false},             // unique local IPv6
		{"169.254.169.254", false},     // link-local: cloud metadata services
		{"fe80::1", false},             // IPv6 link-local
		{"100.64.0.1", false},          // carrier-grade NAT
		{"0.0.0.0", false},             // unspecified
		{"224.0.0.1", false},           // multicast
		{"100.128.0.1", true},          // just past the CGNAT range
	} {
		if got := publicAddr(netip.MustParseAddr(c.addr)); got != c.public {
			t.Errorf("%s: public %v, want %v", c.addr, got, c.public)
		}
	}
}

// TestCheckPublic checks hosts given as addresses and as names.
func TestCheckPublic(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, c := range []struct {
		host    string
		private bool
	}{
		{"127.0.0.1", true},             // a literal loopback address
		{"localhost", true},             // a name for the loopback
		{"93.184.216.34", false},        // a literal public address: no lookup
		{"no-such-host.invalid", false}, // a name that does not resolve: the request reports it
	} {
		err := checkPublic(ctx, c.host)
		if got := errors.Is(err, ErrPrivate); got != c.private {
			t.Errorf("%s: err %v, want private %v", c.host, err, c.private)
		}
	}
}

// TestPrivatePages: without Config.PrivatePages, a feed's items that link
// to a page on the loopback are not fetched: one with a summary is stored
// from it, one without is given up; the feed itself, on the loopback too,
// is read.
func TestPrivatePages(t *testing.T) {
	s := newSite(t)
	s.mux.Handle("/news/1", htmlHandler(page("en", "Road budget approved", "2025-11-10", 1)))
	s.mux.Handle("/news/2", htmlHandler(page("en", "Bridge budget approved", "2025-11-10", 2)))
	doc := &feedDoc{}
	doc.set(rss("en",
		item{title: "Roads", link: s.URL + "/news/1", guid: "1", desc: "The road budget was approved on Monday by the council."},
		item{title: "Bridges", link: s.URL + "/news/2", guid: "2"},
	), "")
	s.mux.Handle("/rss", doc)
	cfg := testConfig()
	cfg.PrivatePages = false
	w, _ := newWatcher(t, openStore(t, ""), cfg)
	r := w.Poll(context.Background(), s.URL+"/rss")
	if r.Err != nil || r.Status != 200 || r.Stored != 1 {
		t.Fatalf("poll: %+v, want the feed read and one item stored from its summary", r)
	}
	for _, p := range []string{"/news/1", "/news/2"} {
		if n := s.hit(p); n != 0 {
			t.Errorf("%s fetched %d times, want never", p, n)
		}
	}
}
