// Package store keeps what the pipeline extracts in a database and answers
// questions about it: the articles with their sentences, entities, amounts,
// quotes and events; full-text search that folds Persian the way the
// pipeline does; event queries by actor, recipient, type, date and
// language; timelines; actor lists and statistics.
//
// Store is the interface; two implementations satisfy it and pass one
// shared test suite (store/storetest):
//
//   - store/sqlite, the default: one file (./khabar.db unless told
//     otherwise), pure Go (modernc.org/sqlite), WAL mode, FTS5;
//   - store/postgres: PostgreSQL through github.com/jackc/pgx/v5, chosen
//     with a postgres:// or postgresql:// DSN.
//
// Open picks the implementation from the DSN. Implementations register
// themselves with Register from their init functions, so a program imports
// them for their side effect, most simply all at once:
//
//	import _ "khabar/store/drivers"
//
// # Identity, duplicates and stories
//
// An article is keyed by its id, the SHA-256 of its normalized, folded
// body (pipeline.ID): putting the same article twice stores it once, and
// Put reports the second as a duplicate. Articles whose folded text is
// nearly the same (SimHash of word 3-shingles within Hamming distance 3,
// see store/simhash) share one story id, the id of the first of them that
// was stored.
//
// # Events
//
// An event reported by several articles is one event (EventRow) keyed by
// its type, date, actor codes, recipient codes and CAMEO code, with the
// number of distinct articles that report it (Mentions, like GDELT's
// NumArticles) and the list of those reports (Sources).
//
// # Searching
//
// Search and EventQuery.Q fold the indexed text and the query with fa.Fold,
// and index each pair of adjacent words joined as well, so that
// "رئیسجمهور", "رئیس جمهور" and "رئیس‌جمهور" find each other, and ي/ی,
// ك/ک and digits of any script match.
//
// # Lists and cursors
//
// List queries return a Page: Items, Next (an opaque cursor for the next
// page, "" at the end) and Total (the number of items matching the query,
// all pages together). Limit is capped at MaxLimit; 0 means DefaultLimit.
//
// # Feeds
//
// FeedStore, which both implementations satisfy beside Store, keeps what
// the feed watcher (khabar/watch) must remember across restarts: each
// feed's ETag and Last-Modified for conditional requests, and the keys of
// the items already handled (schema version 3: the feeds and seen_items
// tables, keyed by the hash of the feed URL).
//
// Implementations are safe for concurrent use by several goroutines.
package store
