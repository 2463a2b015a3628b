package article

// Article is one news article as read from its source. Readers fill every
// field they can; ID, Lang and Variant are set by the pipeline once the body
// has been normalized and its language found, unless the source gave them.
type Article struct {
	// ID is "sha256:" and the hex digest of the normalized body, so the same
	// text always gets the same id. Set by the pipeline.
	ID string `json:"id"`
	// SourceID is the id the source itself gave the article (a JSON Lines
	// "id" field), or "".
	SourceID string `json:"source_id,omitempty"`
	// Source names where the article was read: a file path, "-" for
	// standard input, or a URL.
	Source string `json:"source"`
	// Line is the 1-based line of Source where the article's record starts.
	Line int `json:"line,omitempty"`
	// Record is the 1-based position of the article's record in a file
	// that holds many without lines to name them (a feed item, a WARC
	// record), or 0.
	Record int `json:"record,omitempty"`
	// URL is the article's address on the web, when known.
	URL string `json:"url,omitempty"`
	// Date is the publication date as YYYY-MM-DD, or "" when unknown.
	Date string `json:"date"`
	// Lang is the ISO 639-1 code of the body's language (fa, en, ps, …).
	Lang string `json:"lang"`
	// Variant is fa-AF (Dari) or fa-IR (Iranian Persian) for Persian
	// articles, or "" when undecided or not Persian.
	Variant string `json:"variant"`
	// Title is the headline, or "" when the source has none.
	Title string `json:"title"`
	// Author is the byline of a web page or feed item, or "".
	Author string `json:"author,omitempty"`
	// Fetched is when a page was fetched (a WARC record's WARC-Date), in
	// RFC 3339, or "".
	Fetched string `json:"fetched,omitempty"`
	// Summary is true when Body is only a feed item's summary, the feed
	// having no full text for it.
	Summary bool `json:"summary,omitempty"`
	// Body is the article text as read: decoded to UTF-8, not normalized.
	// Every offset khabar reports is a byte offset into Body.
	Body string `json:"body"`
}
