// Package watch follows news feeds: it polls each RSS, Atom or JSON feed
// on an interval, fetches the page of every item it has not seen before,
// extracts it with the pipeline and stores it, remembering what it has
// seen in the database so that a restart carries on where it stopped.
//
// # Polling
//
// Each poll of a feed is a conditional GET (If-None-Match with the last
// ETag, If-Modified-Since with the last Last-Modified); a 304 ends it. The
// feed is read by khabar/article/feed (Persian and solar-hijri dates
// included) and its items are keyed by GUID, else link, else a hash of
// their text. Items whose key the store has seen (store.FeedStore) are
// skipped without a request.
//
// # Fetching politely
//
// Every request — feed, page, retry and redirect hop — waits for its
// host's turn (Config.HostInterval, one a second by default) and carries a
// User-Agent naming khabar, its version and a contact (UserAgent). A
// request has a connect timeout and a timeout for the whole attempt, body
// included. Network errors, timeouts, 5xx and 429 answers are retried
// Config.Retries times with exponential backoff and jitter, never sooner
// than the server's Retry-After (a longer Retry-After than
// Config.MaxRetryAfter gives up). At most Config.MaxRedirects redirects
// are followed, so a loop ends with ErrRedirects. A body is read up to its
// cap (Config.MaxPageBytes, 10 MB) and no further: a longer one fails with
// ErrTooLarge, whether its Content-Length says so or it turns out longer.
// Only text/html (and XHTML) pages are read (ErrNotHTML).
//
// # Articles
//
// A page goes through khabar/article/htmlpage; the item's title, author,
// date and language fill in what the page lacks. When the page fails,
// the item's own text from the feed (its content, or its summary, marked
// Article.Summary) is stored instead. An item with no text whose page
// failed for a reason that may pass (a timeout, a 5xx) is left unseen and
// tried again on the next poll. A page at an address off the public
// internet (loopback, private, link-local: a cloud's metadata service) is
// not fetched, before the request and at each redirect, unless
// Config.PrivatePages says so: a feed from the web must not make the
// watcher read the machines around it into the database.
//
// Articles are extracted by one pipeline.Pipeline, skipped when their text
// is already stored, and stored Config.BatchSize at a time; each commit is
// followed by marking its items seen, and the feed's new validators are
// recorded only once every new item has been handled. After such a
// complete poll, the items first seen more than Config.ForgetSeenAfter
// ago that the feed no longer lists are forgotten, so that the seen list
// of a watcher that runs for years stays the size of its feeds. A
// cancelled context stops the polls in progress after they commit what
// they extracted.
//
// # Logging
//
// One log/slog line per poll (feed, status, items new and seen, pages
// fetched and failed, articles stored) and one per failure (feed, page,
// error); a failing feed does not stop the others.
//
// A Watcher is safe for concurrent use.
package watch
