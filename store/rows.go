package store

import "khabar/pipeline"

// Page is one page of a list query.
type Page[T any] struct {
	Items []T `json:"items"`
	// Next is the cursor of the next page, "" when this is the last.
	Next string `json:"next"`
	// Total is the number of items matching the query over all pages,
	// counted up to MaxTotal: past it, Total is MaxTotal and TotalCapped
	// is set ("1000 or more"), so that a broad query costs no more to
	// count than to list.
	Total       int  `json:"total"`
	TotalCapped bool `json:"total_capped,omitempty"`
}

// MaxTotal is the most a list query counts.
const MaxTotal = 1000

// ArticleSummary is one article in a list.
type ArticleSummary struct {
	ID      string `json:"id"`
	Source  string `json:"source"`
	URL     string `json:"url,omitempty"`
	Date    string `json:"date"`
	Lang    string `json:"lang"`
	Variant string `json:"variant"`
	Title   string `json:"title"`
	// Story is the id of the first stored article of its story (itself
	// when it has no earlier near-duplicate).
	Story string `json:"story"`
	// Events is the number of events coded in the article.
	Events int `json:"events"`
	// Coded is false for an article in a language khabar does not code.
	Coded bool `json:"coded"`
}

// Article is one stored article with everything extracted from it; offsets
// are byte offsets into Body, as in the output contract.
type Article struct {
	ArticleSummary
	SourceID string `json:"source_id,omitempty"`
	Body     string `json:"body"`
	// KhabarVersion and Lexicon say what coded the article.
	KhabarVersion string              `json:"khabar_version"`
	Lexicon       string              `json:"lexicon,omitempty"`
	Sentences     []pipeline.Sentence `json:"sentences"`
	Entities      []pipeline.Entity   `json:"entities"`
	Amounts       []pipeline.Amount   `json:"amounts"`
	Events        []ArticleEvent      `json:"events"`
	Quotes        []pipeline.Quote    `json:"quotes"`
	// StoryArticles lists the other articles of the same story.
	StoryArticles []string `json:"story_articles"`
}

// ArticleEvent is one event as coded in one article, with the id of the
// merged event it counts towards.
type ArticleEvent struct {
	pipeline.Event
	// EventID is the id of the merged event (EventRow.ID).
	EventID string `json:"event_id"`
}

// SearchHit is one article found by Search.
type SearchHit struct {
	ArticleSummary
	// Snippet is a short piece of the body around the first match, or
	// its beginning.
	Snippet string `json:"snippet"`
}

// EventRow is one merged event: every report of the same type, date,
// actors, recipients and CAMEO code, from any article.
type EventRow struct {
	// ID is "ev:" and 16 hex digits of the hash of the event key.
	ID            string           `json:"id"`
	Type          string           `json:"type"`
	Mode          string           `json:"mode,omitempty"`
	Date          string           `json:"date"`
	DatePrecision string           `json:"date_precision,omitempty"`
	CAMEO         string           `json:"cameo"`
	QuadCode      int              `json:"quad_code"`
	Goldstein     float64          `json:"goldstein"`
	Actor         []pipeline.Party `json:"actor"`
	Recipient     []pipeline.Party `json:"recipient"`
	// Mentions is the number of distinct articles that report the event
	// (GDELT's NumArticles).
	Mentions int `json:"mentions"`
	// Trigger, EventText and Lang are those of the first report stored.
	Trigger   string `json:"trigger"`
	EventText string `json:"event_text"`
	Lang      string `json:"lang"`
	// Sources lists the reports, the first stored first, at most
	// MaxSources of them.
	Sources []EventSource `json:"sources"`
}

// EventSource is one article's report of an event.
type EventSource struct {
	Article  string `json:"article"`
	Date     string `json:"date"`
	URL      string `json:"url,omitempty"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// ActorRow is one actor code with its activity.
type ActorRow struct {
	Code string `json:"code"`
	// Name is the most frequent name given for the code.
	Name string `json:"name"`
	// AsActor and AsRecipient count the merged events the code takes
	// part in on each side; Mentions sums their mention counts.
	AsActor     int `json:"as_actor"`
	AsRecipient int `json:"as_recipient"`
	Mentions    int `json:"mentions"`
}

// Dyad is one edge of the actor network.
type Dyad struct {
	Actor     string `json:"actor"`
	Recipient string `json:"recipient"`
	Events    int    `json:"events"`
	Mentions  int    `json:"mentions"`
	// Goldstein is the mean Goldstein score of the events.
	Goldstein float64 `json:"goldstein"`
}

// Bucket is one interval of a timeline.
type Bucket struct {
	// Start is the interval: YYYY-MM-DD for days, YYYY-MM for months, YYYY
	// for years.
	Start    string `json:"start"`
	Events   int    `json:"events"`
	Mentions int    `json:"mentions"`
}

// Stats sums up a database.
type Stats struct {
	Backend       string `json:"backend"`
	SchemaVersion int    `json:"schema_version"`
	Articles      int    `json:"articles"`
	Stories       int    `json:"stories"`
	Sentences     int    `json:"sentences"`
	Entities      int    `json:"entities"`
	Amounts       int    `json:"amounts"`
	Quotes        int    `json:"quotes"`
	// Events counts merged events; EventReports the per-article reports
	// behind them.
	Events       int            `json:"events"`
	EventReports int            `json:"event_reports"`
	Actors       int            `json:"actors"`
	ByLang       map[string]int `json:"by_lang"`
	ByType       map[string]int `json:"by_type"`
	FirstDate    string         `json:"first_date"`
	LastDate     string         `json:"last_date"`
}
