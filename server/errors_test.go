package server

import (
	"context"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"khabar/store"
)

// badRequests are requests that must be answered 4xx and change nothing.
var badRequests = []struct {
	path   string
	status int
}{
	// a date that does not exist
	{"/api/events?from=2025-13-45", 400},
	// a date in another shape
	{"/api/events?to=12/03/2025", 400},
	// from after to
	{"/api/events?from=2025-06-01&to=2025-01-01", 400},
	// an unknown event type
	{"/api/events?type=PARTY", 400},
	// an unknown interval
	{"/api/stats/timeline?interval=week", 400},
	// SQL in an actor code
	{"/api/events?actor=" + url.QueryEscape("AFG' OR '1'='1"), 400},
	// SQL in the recipient, with a comment
	{"/api/events?recipient=" + url.QueryEscape("IRN;--"), 400},
	// SQL in the type
	{"/api/events?type=" + url.QueryEscape("AGREE' UNION SELECT body FROM articles--"), 400},
	// SQL in search text
	{"/api/search?q=" + url.QueryEscape("x'; DROP TABLE articles; --"), 400},
	// SQL in event text filter
	{"/api/events?q=" + url.QueryEscape("1 OR 1=1"), 400},
	// a comment in search text
	{"/api/search?q=" + url.QueryEscape("تنگستن /* x */"), 400},
	// an FTS operator in search text
	{"/api/search?q=" + url.QueryEscape("tung*"), 400},
	// a forged cursor
	{"/api/events?cursor=" + url.QueryEscape("' OR 1=1 --"), 400},
	// a cursor that decodes to nothing the store knows
	{"/api/articles?cursor=AAAA", 400},
	// SQL in the language
	{"/api/articles?lang=" + url.QueryEscape("fa' --"), 400},
	// SQL in the limit
	{"/api/articles?limit=" + url.QueryEscape("10; DELETE FROM articles"), 400},
	// a limit of zero
	{"/api/articles?limit=0", 400},
	// a negative limit
	{"/api/events?limit=-5", 400},
	// a story that is no article id
	{"/api/articles?story=../../etc/passwd", 400},
	// an unknown parameter
	{"/api/events?actr=AFG", 400},
	// a repeated parameter
	{"/api/events?actor=AFG&actor=IRN", 400},
	// a control character
	{"/api/search?q=%00tungsten", 400},
	// invalid UTF-8
	{"/api/search?q=%ff%fe", 400},
	// an empty search
	{"/api/search?q=", 400},
	// search text over the cap
	{"/api/search?q=" + strings.Repeat("a", 1100), 400},
	// an article id with SQL
	{"/api/articles/" + url.PathEscape("sha256:' OR 1=1 --"), 400},
	// an article id of the wrong shape
	{"/api/articles/12345", 400},
	// path traversal through the article id
	{"/api/articles/../../etc/passwd", 400},
	// path traversal, escaped
	{"/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 400},
	// path traversal, dots escaped, slashes plain
	{"/api/articles/%2e%2e/%2e%2e/etc/passwd", 400},
	// path traversal out of the page's files
	{"/vendor/../../../go.mod", 400},
	// path traversal with backslashes
	{"/vendor/..%5c..%5cgo.mod", 400},
	// an unknown API path
	{"/api/nothing", 404},
	// an article that is not stored
	{"/api/articles/sha256:" + strings.Repeat("0", 64), 404},
}

// TestBadRequests sends each bad request and checks the JSON error and
// that the database did not change.
func TestBadRequests(t *testing.T) {
	ts, st := testServer(t, nil)
	before, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range badRequests {
		status, body := get(t, ts, tc.path)
		if status != tc.status {
			t.Errorf("GET %s: status %d, want %d: %s", tc.path, status, tc.status, body)
			continue
		}
		errorOf(t, "GET "+tc.path, body)
	}
	after, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("the database changed:\nbefore %+v\nafter  %+v", before, after)
	}
}

// TestSearchText accepts what news text holds between words.
func TestSearchText(t *testing.T) {
	for _, tc := range []struct {
		q  string
		ok bool
	}{
		{"رئیس‌جمهور", true},              // a half-space
		{"Xi's visit", true},              // an apostrophe in a word
		{"«تنگستن» و لیتیم", true},        // Persian quotation marks
		{"۱۴۰۳/۸/۲۵", true},               // a Solar Hijri date
		{"Kazakh-Chinese", true},          // a hyphen
		{"x' OR '1'='1", false},           // an apostrophe outside a word and =
		{"a;b", false},                    // a semicolon
		{"a -- b", false},                 // a comment mark
		{"(tungsten)", false},             // brackets
		{"NEAR(a b)", false},              // an FTS operator
		{"<script>", false},               // markup
		{strings.Repeat("ب", 600), false}, // over 1,000 bytes
	} {
		if got := checkSearchText(tc.q) == ""; got != tc.ok {
			t.Errorf("checkSearchText(%q) accepted %v, want %v", tc.q, got, tc.ok)
		}
	}
}

// TestMethods answers methods a path does not take with JSON 405.
func TestMethods(t *testing.T) {
	ts, _ := testServer(t, nil)
	for _, tc := range []struct{ method, path string }{
		{"DELETE", "/api/articles"},
		{"PUT", "/api/articles/sha256:" + strings.Repeat("a", 64)},
		{"POST", "/api/events"},
		{"PATCH", "/api/stats/timeline"},
	} {
		status, body := do(t, ts, tc.method, tc.path, "", nil)
		if status != http.StatusMethodNotAllowed {
			t.Errorf("%s %s: status %d, want 405", tc.method, tc.path, status)
			continue
		}
		errorOf(t, tc.method+" "+tc.path, body)
	}
}

// TestQueryTimeout answers a query past its deadline with 503.
func TestQueryTimeout(t *testing.T) {
	ts, _ := testServer(t, func(c *Config) { c.QueryTimeout = time.Nanosecond })
	status, body := get(t, ts, "/api/events")
	if status != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503: %s", status, body)
	}
	errorOf(t, "timeout", body)
}

// TestConfigValidate refuses impossible configurations.
func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Config)
	}{
		{"no body", func(c *Config) { c.MaxBodyBytes = 0 }},
		{"page over the store's cap", func(c *Config) { c.MaxPageSize = store.MaxLimit + 1 }},
		{"no timeout", func(c *Config) { c.QueryTimeout = 0 }},
		{"short token", func(c *Config) { c.Token = "secret" }},
	} {
		c := DefaultConfig()
		tc.edit(&c)
		if c.Validate() == nil {
			t.Errorf("%s: Validate accepted %+v", tc.name, c)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Errorf("DefaultConfig: %v", err)
	}
}

// attacks are values an attacker tries in a parameter: SQL injection,
// FTS5 syntax, path traversal and markup.
var attacks = []string{
	"' OR '1'='1",                // a classic tautology
	"1; DROP TABLE articles",     // a stacked statement
	"\"; DELETE FROM events; --", // a stacked statement after a quote
	"x' /* comment */",           // a comment
	"../../etc/passwd",           // path traversal
	"..\\..\\windows\\win.ini",   // path traversal, backslashes
	"<script>alert(1)</script>",  // markup
	"tung* NEAR(a b)",            // FTS5 operators
}

// endpointParams lists every parameter of every GET endpoint.
var endpointParams = map[string][]string{
	"/api/articles":       {"lang", "variant", "from", "to", "story", "limit", "cursor"},
	"/api/events":         {"actor", "recipient", "type", "from", "to", "lang", "q", "limit", "cursor"},
	"/api/search":         {"q", "lang", "from", "to", "actor", "type", "limit", "cursor"},
	"/api/actors":         {"q", "limit", "cursor"},
	"/api/network":        {"actor", "recipient", "type", "from", "to", "lang", "q", "limit"},
	"/api/stats/timeline": {"actor", "recipient", "type", "from", "to", "lang", "q", "interval"},
}

// TestAttacksInEveryParameter sends every attack in every parameter of
// every endpoint and in the article path, wants 400 each time, and checks
// that the database did not change.
func TestAttacksInEveryParameter(t *testing.T) {
	ts, st := testServer(t, nil)
	before, _ := st.Stats(context.Background())
	n := 0
	for path, names := range endpointParams {
		for _, name := range names {
			for _, attack := range attacks {
				q := url.Values{name: {attack}}
				if name != "q" && path == "/api/search" {
					q.Set("q", "tungsten")
				}
				status, body := get(t, ts, path+"?"+q.Encode())
				n++
				if status != http.StatusBadRequest {
					t.Errorf("GET %s?%s=%q: status %d, want 400: %.200s", path, name, attack, status, body)
				}
			}
		}
	}
	// SQL made of words only is a search like any other (a search for
	// "European Union" must work): it is searched for as text, finds
	// nothing and changes nothing.
	for _, path := range []string{"/api/search", "/api/events", "/api/actors"} {
		p := getList(t, ts, path+"?q="+url.QueryEscape("1 UNION SELECT body FROM articles"))
		if *p.Total != 0 {
			t.Errorf("GET %s?q=1 UNION SELECT…: %d items, want none", path, *p.Total)
		}
	}
	for _, attack := range attacks {
		status, _ := get(t, ts, "/api/articles/"+url.PathEscape(attack))
		n++
		if status != http.StatusBadRequest {
			t.Errorf("GET /api/articles/%s: status %d, want 400", url.PathEscape(attack), status)
		}
	}
	after, _ := st.Stats(context.Background())
	if !reflect.DeepEqual(before, after) {
		t.Errorf("the database changed after %d attacks:\nbefore %+v\nafter  %+v", n, before, after)
	}
}
