package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"khabar/pipeline"
	"khabar/store"
)

// corpus stores a small set of articles with events for the filter tests.
func corpus(t *testing.T, s store.Store) {
	put(t, s,
		result("2025-01-10", "en", "Kazakhstan agreed a tungsten deal with the United States.", event("AGREE", "057", "2025-01-10", "KAZ", "USA")),
		result("2025-02-15", "fa", "ایران و افغانستان درباره آب گفتگو کردند.", event("CONSULT", "043", "2025-02-15", "IRN", "AFG")),
		result("2025-03-20", "fa", "پاکستان افغانستان را به حمله متهم کرد.", event("ACCUSE", "112", "2025-03-20", "PAK", "AFG")),
		result("2025-03-21", "en", "The United States accused Iran of enriching uranium.", event("ACCUSE", "112", "2025-03-21", "USA", "IRN")),
		result("2025-04-01", "en", "Kazakhstan hosted talks with Uzbekistan about tungsten.", event("CONSULT", "043", "2025-04-01", "KAZ", "UZB")),
	)
}

func testEventFilters(t *testing.T, s store.Store) {
	corpus(t, s)
	tests := []struct {
		name string
		q    store.EventQuery
		want int
	}{
		{"no filter", store.EventQuery{}, 5},
		{"actor", store.EventQuery{Actor: "KAZ"}, 2},
		{"recipient", store.EventQuery{Recipient: "AFG"}, 2},
		{"actor and recipient", store.EventQuery{Actor: "PAK", Recipient: "AFG"}, 1},
		{"type", store.EventQuery{Type: "ACCUSE"}, 2},
		{"from", store.EventQuery{From: "2025-03-20"}, 3},
		{"to", store.EventQuery{To: "2025-02-15"}, 2},
		{"from and to", store.EventQuery{From: "2025-02-01", To: "2025-03-20"}, 2},
		{"lang", store.EventQuery{Lang: "fa"}, 2},
		{"text", store.EventQuery{Q: "tungsten"}, 2},
		{"text and type", store.EventQuery{Q: "tungsten", Type: "AGREE"}, 1},
		{"unknown actor", store.EventQuery{Actor: "ZZZ"}, 0},
		// the actor filter looks at the actor side only
		{"actor is not recipient", store.EventQuery{Actor: "AFG"}, 0},
	}
	for _, tc := range tests {
		page, err := s.Events(context.Background(), tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if page.Total != tc.want || len(page.Items) != tc.want {
			t.Errorf("%s: %d items, total %d; want %d", tc.name, len(page.Items), page.Total, tc.want)
		}
	}
	bad := []struct {
		name string
		q    store.EventQuery
	}{
		{"impossible date", store.EventQuery{From: "2025-13-45"}},
		{"from after to", store.EventQuery{From: "2025-05-01", To: "2025-01-01"}},
		{"lang not a code", store.EventQuery{Lang: "english"}},
		{"negative limit", store.EventQuery{Limit: -1}},
		{"bad cursor", store.EventQuery{Cursor: "!!"}},
	}
	for _, tc := range bad {
		if _, err := s.Events(context.Background(), tc.q); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", tc.name, err)
		}
	}
}

func testSearchFilters(t *testing.T, s store.Store) {
	corpus(t, s)
	tests := []struct {
		name string
		q    store.SearchQuery
		want int
	}{
		{"word", store.SearchQuery{Q: "tungsten"}, 2},
		{"actor", store.SearchQuery{Q: "tungsten", Actor: "UZB"}, 1},
		{"type", store.SearchQuery{Q: "tungsten", Type: "AGREE"}, 1},
		{"lang", store.SearchQuery{Q: "افغانستان", Lang: "fa"}, 2},
		{"other lang", store.SearchQuery{Q: "افغانستان", Lang: "en"}, 0},
		{"from", store.SearchQuery{Q: "افغانستان", From: "2025-03-01"}, 1},
		{"to", store.SearchQuery{Q: "tungsten", To: "2025-02-01"}, 1},
	}
	for _, tc := range tests {
		page, err := s.Search(context.Background(), tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if page.Total != tc.want || len(page.Items) != tc.want {
			t.Errorf("%s: %d items, total %d; want %d", tc.name, len(page.Items), page.Total, tc.want)
		}
	}
	page, err := s.Articles(context.Background(), store.ArticleQuery{Lang: "en", From: "2025-03-01"})
	if err != nil || page.Total != 2 {
		t.Errorf("Articles(en, from March) total %d, %v; want 2", page.Total, err)
	}
}

func testPaging(t *testing.T, s store.Store) {
	const n = 23
	var rs []pipeline.Result
	for i := range n {
		// three articles per day, so that the cursor must break ties
		date := fmt.Sprintf("2025-06-%02d", 1+i/3)
		rs = append(rs, result(date, "en", fmt.Sprintf("Report number %d about the pass.", i),
			event("CONSULT", "043", date, "AFG", fmt.Sprintf("X%02d", i))))
	}
	put(t, s, rs...)
	ctx := context.Background()
	// walk lists every page of a list and checks that the pages hold n
	// distinct items, newest first.
	walk := func(name string, page func(cursor string) (ids, dates []string, next string, total int, err error)) {
		seen := map[string]bool{}
		cur, last, pages := "", "9999-99-99", 0
		for {
			ids, dates, next, total, err := page(cur)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if total != n {
				t.Errorf("%s: total %d, want %d", name, total, n)
			}
			for i, id := range ids {
				if seen[id] {
					t.Errorf("%s: %s on two pages", name, id)
				}
				seen[id] = true
				if dates[i] > last {
					t.Errorf("%s: %s after %s", name, dates[i], last)
				}
				last = dates[i]
			}
			pages++
			if next == "" {
				break
			}
			if pages > n {
				t.Fatalf("%s: endless paging", name)
			}
			cur = next
		}
		if len(seen) != n || pages != 5 {
			t.Errorf("%s: %d items on %d pages, want %d on 5", name, len(seen), pages, n)
		}
	}
	walk("Articles", func(c string) ([]string, []string, string, int, error) {
		p, err := s.Articles(ctx, store.ArticleQuery{Limit: 5, Cursor: c})
		var ids, dates []string
		for _, a := range p.Items {
			ids, dates = append(ids, a.ID), append(dates, a.Date)
		}
		return ids, dates, p.Next, p.Total, err
	})
	walk("Search", func(c string) ([]string, []string, string, int, error) {
		p, err := s.Search(ctx, store.SearchQuery{Q: "pass", Limit: 5, Cursor: c})
		var ids, dates []string
		for _, a := range p.Items {
			ids, dates = append(ids, a.ID), append(dates, a.Date)
		}
		return ids, dates, p.Next, p.Total, err
	})
	walk("Events", func(c string) ([]string, []string, string, int, error) {
		p, err := s.Events(ctx, store.EventQuery{Actor: "AFG", Limit: 5, Cursor: c})
		var ids, dates []string
		for _, e := range p.Items {
			ids, dates = append(ids, e.ID), append(dates, e.Date)
		}
		return ids, dates, p.Next, p.Total, err
	})
	walk("Actors", func(c string) ([]string, []string, string, int, error) {
		p, err := s.Actors(ctx, store.ActorQuery{Q: "x", Limit: 5, Cursor: c})
		var ids, dates []string
		for _, a := range p.Items {
			ids, dates = append(ids, a.Code), append(dates, "")
		}
		return ids, dates, p.Next, p.Total, err
	})
	// the limit is capped
	p, err := s.Articles(ctx, store.ArticleQuery{Limit: store.MaxLimit * 10})
	if err != nil || len(p.Items) != n || p.Next != "" {
		t.Errorf("capped limit: %d items, next %q, %v", len(p.Items), p.Next, err)
	}
}

func testAggregates(t *testing.T, s store.Store) {
	corpus(t, s)
	ctx := context.Background()
	actors, err := s.Actors(ctx, store.ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if actors.Total != 6 || actors.Items[0].Code != "AFG" && actors.Items[0].Code != "KAZ" && actors.Items[0].Code != "USA" && actors.Items[0].Code != "IRN" {
		t.Errorf("Actors = %+v", actors)
	}
	for _, a := range actors.Items {
		if a.Code == "KAZ" && (a.AsActor != 2 || a.AsRecipient != 0 || a.Name != "KAZ name") {
			t.Errorf("KAZ = %+v", a)
		}
	}
	dyads, err := s.Dyads(ctx, store.EventQuery{Recipient: "AFG"})
	if err != nil || len(dyads) != 2 {
		t.Errorf("Dyads(recipient AFG) = %+v, %v", dyads, err)
	}
	tl, err := s.Timeline(ctx, store.TimelineQuery{Interval: store.Month})
	if err != nil {
		t.Fatal(err)
	}
	want := "[{2025-01 1 1} {2025-02 1 1} {2025-03 2 2} {2025-04 1 1}]"
	if got := fmt.Sprint(tl); got != want {
		t.Errorf("Timeline(month) = %s, want %s", got, want)
	}
	tl, _ = s.Timeline(ctx, store.TimelineQuery{Interval: store.Year, Filter: store.EventQuery{Type: "ACCUSE"}})
	if got := fmt.Sprint(tl); got != "[{2025 2 2}]" {
		t.Errorf("Timeline(year, ACCUSE) = %s", got)
	}
	if _, err := s.Timeline(ctx, store.TimelineQuery{Interval: "week"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Timeline(week): err = %v, want ErrInvalid", err)
	}
	st := stats(t, s)
	if st.Articles != 5 || st.Events != 5 || st.ByLang["fa"] != 2 || st.ByType["ACCUSE"] != 2 || st.FirstDate != "2025-01-10" || st.SchemaVersion < 1 {
		t.Errorf("Stats = %+v", st)
	}
}

// testInjection tries hostile strings in every filter: each is refused as
// invalid or matches nothing, and the database is unchanged.
func testInjection(t *testing.T, s store.Store) {
	corpus(t, s)
	ctx := context.Background()
	before := fmt.Sprint(stats(t, s))
	ok := func(what string, err error, n int) {
		if err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: err = %v, want nil or ErrInvalid", what, err)
		}
		if err == nil && n != 0 {
			t.Errorf("%s: matched %d items", what, n)
		}
	}
	for _, x := range injections {
		qs := map[string]store.EventQuery{
			"actor": {Actor: x}, "recipient": {Recipient: x}, "type": {Type: x}, "from": {From: x},
			"to": {To: x}, "lang": {Lang: x}, "q": {Q: x}, "cursor": {Cursor: x},
		}
		for field, q := range qs {
			p, err := s.Events(ctx, q)
			if field == "cursor" {
				if !errors.Is(err, store.ErrInvalid) {
					t.Errorf("Events(cursor %q): err = %v, want ErrInvalid", x, err)
				}
				continue
			}
			ok(fmt.Sprintf("Events(%s %q)", field, x), err, p.Total)
			_, err = s.Dyads(ctx, q)
			ok(fmt.Sprintf("Dyads(%s %q)", field, x), err, 0)
			_, err = s.Timeline(ctx, store.TimelineQuery{Filter: q})
			ok(fmt.Sprintf("Timeline(%s %q)", field, x), err, 0)
		}
		sq := map[string]store.SearchQuery{
			"q": {Q: x}, "actor": {Q: "tungsten " + x, Actor: x}, "type": {Q: "a", Type: x}, "from": {Q: "a", From: x},
			"to": {Q: "a", To: x}, "lang": {Q: "a", Lang: x},
		}
		for field, q := range sq {
			p, err := s.Search(ctx, q)
			ok(fmt.Sprintf("Search(%s %q)", field, x), err, p.Total)
		}
		p, err := s.Actors(ctx, store.ActorQuery{Q: x})
		ok(fmt.Sprintf("Actors(%q)", x), err, p.Total)
		ap, err := s.Articles(ctx, store.ArticleQuery{Lang: x, Story: x, Variant: x})
		ok(fmt.Sprintf("Articles(%q)", x), err, ap.Total)
		_, err = s.Article(ctx, x)
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Article(%q): err = %v, want ErrInvalid", x, err)
		}
		_, err = s.Has(ctx, x)
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Has(%q): err = %v, want ErrInvalid", x, err)
		}
	}
	if after := fmt.Sprint(stats(t, s)); after != before {
		t.Errorf("hostile queries changed the database:\nbefore %s\nafter  %s", before, after)
	}
}
