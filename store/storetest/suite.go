package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"khabar/pipeline"
	"khabar/store"
)

// Run runs every case against stores made by open, which must return a
// fresh, empty store each time (and may register its cleanup with t).
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	cases := []struct {
		name string
		run  func(t *testing.T, s store.Store)
	}{
		{"IdempotentPut", testIdempotent},
		{"DuplicatesInBatch", testDuplicatesInBatch},
		{"BadID", testBadID},
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"EntityMentions", testEntityMentions},
		{"StoryLinking", testStories},
		{"EventMerging", testEventMerging},
		{"SearchFolding", testSearchFolding},
		{"SearchFilters", testSearchFilters},
		{"EventFilters", testEventFilters},
		{"Paging", testPaging},
		{"ActorsDyadsTimeline", testAggregates},
		{"Injection", testInjection},
		{"NotCoded", testNotCoded},
		{"EventTextFromSentence", testEventTextFromSentence},
		{"ConcurrentWriters", testConcurrentWriters},
		{"FeedState", testFeedState},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			c.run(t, s)
		})
	}
}

func put(t *testing.T, s store.Store, rs ...pipeline.Result) store.PutSummary {
	t.Helper()
	sum, err := s.Put(context.Background(), store.Batch{Results: rs, Lexicon: "test-lexicon"})
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return sum
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func testIdempotent(t *testing.T, s store.Store) {
	rs := []pipeline.Result{
		result("2025-11-06", "en", "Kazakhstan and the United States signed a trade deal.", event("AGREE", "057", "2025-11-06", "KAZ", "USA")),
		result("2025-11-07", "fa", "وزیر خارجه قزاقستان با همتای امریکایی خود دیدار کرد.", event("CONSULT", "043", "2025-11-07", "KAZ", "USA")),
	}
	first := put(t, s, rs...)
	if first.Stored != 2 || first.Duplicates != 0 || first.NewEvents != 2 {
		t.Fatalf("first Put = %+v, want 2 stored, 2 new events", first)
	}
	before := stats(t, s)
	again := put(t, s, rs...)
	if again.Stored != 0 || again.Duplicates != 2 || again.NewEvents != 0 {
		t.Errorf("second Put = %+v, want 0 stored, 2 duplicates", again)
	}
	after := stats(t, s)
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("re-put changed the database:\nbefore %+v\nafter  %+v", before, after)
	}
	ok, err := s.Has(context.Background(), rs[0].Article.ID)
	if err != nil || !ok {
		t.Errorf("Has(stored) = %v, %v", ok, err)
	}
	ok, err = s.Has(context.Background(), pipeline.ID("never stored"))
	if err != nil || ok {
		t.Errorf("Has(unknown) = %v, %v", ok, err)
	}
	known, err := s.Known(context.Background(), []string{rs[1].Article.ID, pipeline.ID("never stored")})
	if err != nil || !known[rs[1].Article.ID] || len(known) != 1 {
		t.Errorf("Known = %v, %v", known, err)
	}
}

func testDuplicatesInBatch(t *testing.T, s store.Store) {
	a := result("2025-01-02", "en", "A single article repeated in one batch.")
	// The same text with other white space has the same id.
	b := result("2025-01-02", "en", "A single  article repeated in one batch. ")
	if a.Article.ID != b.Article.ID {
		t.Fatalf("ids differ: %s %s", a.Article.ID, b.Article.ID)
	}
	sum := put(t, s, a, b, a)
	if sum.Stored != 1 || sum.Duplicates != 2 {
		t.Errorf("Put = %+v, want 1 stored, 2 duplicates", sum)
	}
	if st := stats(t, s); st.Articles != 1 {
		t.Errorf("%d articles stored, want 1", st.Articles)
	}
}

func testBadID(t *testing.T, s store.Store) {
	good := result("2025-01-02", "en", "A good article.")
	bad := result("2025-01-02", "en", "An article without an id.")
	bad.Article.ID = "not-an-id"
	_, err := s.Put(context.Background(), store.Batch{Results: []pipeline.Result{good, bad}})
	if !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Put with a bad id: err = %v, want ErrInvalid", err)
	}
	if st := stats(t, s); st.Articles != 0 {
		t.Errorf("a refused batch stored %d articles", st.Articles)
	}
	if _, err := s.Article(context.Background(), pipeline.ID("absent")); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(absent): err = %v, want ErrNotFound", err)
	}
	if _, err := s.Article(context.Background(), "../../etc/passwd"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Article(bad id): err = %v, want ErrInvalid", err)
	}
}

// testEntityMentions checks that an entity's mentions come back as they
// went in when they differ from one another: a role named once, a text
// that is not the body's bytes at its offsets, an empty country where the
// first mention had one.
func testEntityMentions(t *testing.T, s store.Store) {
	r := result("2025-11-06", "fa", "قزاقستان و امریکا توافق کردند.", event("AGREE", "057", "2025-11-06", "KAZ", "USA"))
	r.Entities = []pipeline.Entity{
		{ID: "e1", Type: "LOC", Text: "قزاقستان", Canonical: "Kazakhstan", Start: 0, End: 16, Country: "KAZ", Entry: "KAZ", Source: "lexicon"},
		{ID: "e2", Type: "LOC", Text: "امریکا", Canonical: "United States", Start: 20, End: 32, Country: "USA", Sector: "GOV", Source: "lexicon"},
		// e1 again: a role of its own, a text not at its offsets, no country
		{ID: "e1", Type: "LOC", Text: "Kazakhstan", Canonical: "Kazakhstan", Start: 0, End: 16, Entry: "KAZ", Role: "host", Source: "coref"},
	}
	put(t, s, r)
	got, err := s.Article(context.Background(), r.Article.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if fmt.Sprintf("%+v", got.Entities) != fmt.Sprintf("%+v", r.Entities) {
		t.Errorf("entities:\n got %+v\nwant %+v", got.Entities, r.Entities)
	}
	if st, _ := s.Stats(context.Background()); st.Entities < 3 {
		t.Errorf("Stats.Entities = %d, want every mention counted", st.Entities)
	}
}

func testArticleRoundTrip(t *testing.T, s store.Store) {
	r := result("2025-11-06", "fa", "قزاقستان و امریکا توافق کردند.\nارزش این قرارداد ۱.۱ میلیارد دالر است.",
		event("AGREE", "057", "2025-11-06", "KAZ", "USA"))
	dup := 0
	r.Sentences[1].DuplicateOf = &dup
	r.Entities = []pipeline.Entity{{ID: "e1", Type: "LOC", Text: "قزاقستان", Canonical: "Kazakhstan", Start: 0, End: 16, Country: "KAZ", Entry: "KAZ", Source: "lexicon"}}
	r.Amounts = []pipeline.Amount{{ID: "a1", Kind: "money", Value: 1.1e9, Unit: "USD", Text: "۱.۱ میلیارد دالر", Start: 70, End: 99, Sentence: 1}}
	r.Quotes = []pipeline.Quote{{Speaker: "Someone", SpeakerEntity: "e1", Text: "quoted", Direct: true, Sentence: 1, Start: 1, End: 5}}
	r.Events[0].Amounts = []string{"a1"}
	r.Events[0].Mentions = []int{0, 1}
	put(t, s, r)
	got, err := s.Article(context.Background(), r.Article.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	check := func(what string, got, want any) {
		if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
			t.Errorf("%s:\n got %+v\nwant %+v", what, got, want)
		}
	}
	check("body", got.Body, r.Article.Body)
	check("date lang variant", []string{got.Date, got.Lang, got.Variant, got.Story}, []string{"2025-11-06", "fa", "fa-AF", r.Article.ID})
	check("sentences", fmt.Sprint(len(got.Sentences), got.Sentences[1].Start, *got.Sentences[1].DuplicateOf), fmt.Sprint(2, r.Sentences[1].Start, 0))
	check("entities", got.Entities, r.Entities)
	check("amounts", got.Amounts, r.Amounts)
	check("quotes", got.Quotes, r.Quotes)
	if len(got.Events) != 1 || !strings.HasPrefix(got.Events[0].EventID, "ev:") {
		t.Fatalf("events = %+v", got.Events)
	}
	check("event", got.Events[0].Event, r.Events[0])
	check("versions", []string{got.KhabarVersion, got.Lexicon}, []string{pipeline.Version, "test-lexicon"})
}

func testStories(t *testing.T, s store.Store) {
	orig := result("2025-03-01", "en", longStory)
	edited := result("2025-03-02", "en", strings.Replace(longStory, "in the autumn", "in the spring", 1))
	other := result("2025-03-02", "en", "Heavy snow closed the Salang pass for a third day, stranding hundreds of trucks carrying fuel and flour to the northern provinces.")
	put(t, s, orig)
	sum := put(t, s, edited, other)
	if sum.Linked != 1 {
		t.Errorf("Linked = %d, want 1", sum.Linked)
	}
	ctx := context.Background()
	e, err := s.Article(ctx, edited.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.Story != orig.Article.ID {
		t.Errorf("edited copy has story %s, want %s", e.Story, orig.Article.ID)
	}
	if !slices.Equal(e.StoryArticles, []string{orig.Article.ID}) {
		t.Errorf("StoryArticles = %v", e.StoryArticles)
	}
	o, _ := s.Article(ctx, other.Article.ID)
	if o.Story != other.Article.ID {
		t.Errorf("unrelated article joined story %s", o.Story)
	}
	page, err := s.Articles(ctx, store.ArticleQuery{Story: orig.Article.ID})
	if err != nil || page.Total != 2 {
		t.Errorf("Articles(story) total = %d, %v; want 2", page.Total, err)
	}
	if st := stats(t, s); st.Stories != 2 {
		t.Errorf("Stats.Stories = %d, want 2", st.Stories)
	}
}

func testEventMerging(t *testing.T, s store.Store) {
	ev := event("AGREE", "057", "2025-11-06", "KAZ", "USA")
	a := result("2025-11-06", "en", "Kazakhstan signed a deal with the United States on Thursday.", ev)
	// the same event, reported by another article in Persian
	b := result("2025-11-07", "fa", "قزاقستان با ایالات متحده قرارداد امضا کرد.", ev)
	// an article that reports it twice counts once
	c := result("2025-11-07", "en", "Kazakhstan signed the deal. It signed it in Washington.", ev, ev)
	// another event on another day is separate
	d := result("2025-11-08", "en", "Kazakhstan and the United States met again.", event("AGREE", "057", "2025-11-08", "KAZ", "USA"))
	put(t, s, a, b)
	put(t, s, c, d, a)
	page, err := s.Events(context.Background(), store.EventQuery{Actor: "KAZ"})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 {
		t.Fatalf("%d events, want 2: %+v", page.Total, page.Items)
	}
	merged := page.Items[1]
	if merged.Date != "2025-11-06" || merged.Mentions != 3 {
		t.Errorf("merged event: date %s, mentions %d; want 2025-11-06, 3", merged.Date, merged.Mentions)
	}
	var srcs []string
	for _, src := range merged.Sources {
		srcs = append(srcs, src.Article)
	}
	slices.Sort(srcs)
	srcs = slices.Compact(srcs)
	want := []string{a.Article.ID, b.Article.ID, c.Article.ID}
	slices.Sort(want)
	if !slices.Equal(srcs, want) {
		t.Errorf("sources = %v, want %v", srcs, want)
	}
	if st := stats(t, s); st.Events != 2 || st.EventReports != 5 {
		t.Errorf("Stats: %d events, %d reports; want 2, 5", st.Events, st.EventReports)
	}
}

func testSearchFolding(t *testing.T, s store.Store) {
	spellings := []string{"رئیس‌جمهور", "رئیسجمهور", "رئیس جمهور"}
	var ids []string
	for i, sp := range spellings {
		r := result(fmt.Sprintf("2025-05-0%d", i+1), "fa", fmt.Sprintf("امروز %s در نشست شماره %d سخنرانی کرد.", sp, i+1))
		ids = append(ids, r.Article.ID)
		put(t, s, r)
	}
	// Arabic yeh and kaf, Persian digits
	arabic := result("2025-05-09", "fa", "وزير خارجه كشور در سال ۱۴۰۴ به كابل رفت.")
	put(t, s, arabic, result("2025-05-10", "en", "Nothing Persian here at all."))
	ctx := context.Background()
	for _, q := range spellings {
		page, err := s.Search(ctx, store.SearchQuery{Q: q})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		var got []string
		for _, h := range page.Items {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		want := slices.Clone(ids)
		slices.Sort(want)
		if !slices.Equal(got, want) || page.Total != 3 {
			t.Errorf("Search(%q) found %d (total %d), want the 3 spellings", q, len(got), page.Total)
		}
	}
	tests := []struct {
		q    string
		want int
	}{
		// Persian yeh and kaf find the Arabic letters
		{"وزیر کشور", 1},
		// ASCII digits find Persian digits
		{"1404", 1},
		// Persian digits too
		{"۱۴۰۴ کابل", 1},
		// case-folded English
		{"PERSIAN", 1},
		// every word must match
		{"کابل persian", 0},
		// punctuation only matches nothing
		{"؟!", 0},
	}
	for _, tc := range tests {
		page, err := s.Search(ctx, store.SearchQuery{Q: tc.q})
		if err != nil {
			t.Errorf("Search(%q): %v", tc.q, err)
			continue
		}
		if page.Total != tc.want || len(page.Items) != tc.want {
			t.Errorf("Search(%q) = %d items, total %d; want %d", tc.q, len(page.Items), page.Total, tc.want)
		}
		for _, h := range page.Items {
			if h.Snippet == "" {
				t.Errorf("Search(%q): empty snippet", tc.q)
			}
		}
	}
	if _, err := s.Search(ctx, store.SearchQuery{Q: "  "}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty search: err = %v, want ErrInvalid", err)
	}
}

// testNotCoded stores an article in a language khabar does not code and
// reads its mark back, beside a coded one.
func testNotCoded(t *testing.T, s store.Store) {
	ps := result("2025-11-01", "ps", "د کابل ښار کې نن باران و.")
	fa := result("2025-11-01", "fa", "امروز در کابل باران بارید.")
	put(t, s, ps, fa)
	for _, c := range []struct {
		r    pipeline.Result
		want bool
	}{{ps, false}, {fa, true}} {
		a, err := s.Article(context.Background(), c.r.Article.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", c.r.Article.Lang, err)
		}
		if a.Coded != c.want || a.Lang != c.r.Article.Lang {
			t.Errorf("%s: coded %v lang %q, want coded %v", c.r.Article.Lang, a.Coded, a.Lang, c.want)
		}
	}
}

// testEventTextFromSentence stores an event whose text is its sentence,
// which the store keeps once, in the body, and reads it back whole.
func testEventTextFromSentence(t *testing.T, s store.Store) {
	body := "قزاقستان و چین توافق کردند.\nاین توافق دو ساله است."
	e := event("AGREE", "030", "2025-11-02", "KAZ", "CHN")
	r := result("2025-11-02", "fa", body, e)
	r.Events[0].EventText = body[r.Sentences[0].Start:r.Sentences[0].End]
	put(t, s, r)
	a, err := s.Article(context.Background(), r.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 1 || a.Events[0].EventText != r.Events[0].EventText {
		t.Fatalf("events %+v, want one with text %q", a.Events, r.Events[0].EventText)
	}
}

// testConcurrentWriters has several writers store, at once, batches whose
// articles report the same events with their parties in different orders,
// as workers of the distributed mode do: no write may fail (no deadlock,
// no duplicate party), and every event counts each article once.
func testConcurrentWriters(t *testing.T, s store.Store) {
	const writers, batches, perBatch = 4, 3, 8
	var wg sync.WaitGroup
	errs := make(chan error, writers*batches)
	for w := range writers {
		wg.Go(func() {
			for b := range batches {
				var rs []pipeline.Result
				for i := range perBatch {
					body := fmt.Sprintf("نوشته %d از نویسنده %d در دسته %d درباره گفت‌وگوی قزاقستان و چین.", i, w, b)
					ev := event("CONSULT", "040", "2025-11-0"+strconv.Itoa(1+i%3), "KAZ", "CHN")
					if (w+i)%2 == 1 { // the same parties, listed the other way round
						ev.Actor = append(ev.Actor, pipeline.Party{Code: "UZB", Name: "UZB name"})
						slices.Reverse(ev.Actor)
					}
					rs = append(rs, result("2025-11-03", "fa", body, ev))
				}
				if _, err := s.Put(context.Background(), store.Batch{Results: rs, Lexicon: "test-lexicon"}); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("Put: %v", err)
	}
	if st := stats(t, s); st.Articles != writers*batches*perBatch {
		t.Errorf("%d articles, want %d", st.Articles, writers*batches*perBatch)
	}
	c, ok := s.(interface{ CheckConsistency(context.Context) error })
	if !ok {
		t.Fatalf("%T has no CheckConsistency", s)
	}
	if err := c.CheckConsistency(context.Background()); err != nil {
		t.Error(err)
	}
}
