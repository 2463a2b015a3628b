// Package server is khabar's HTTP side: a JSON API over a store.Store and
// the web page that uses it, in one http.Handler.
//
// # API
//
// Every API answer is JSON; the API is described in OpenAPI 3 at
// /api/openapi.json (openapi.json in this package, embedded):
//
//	GET  /api/articles            articles, newest first
//	GET  /api/articles/{id}       one article with sentences, entities, amounts, events, quotes
//	POST /api/articles            submit articles (JSON Lines or dated text): extract and store
//	GET  /api/events              merged events: actor, recipient, type, from, to, lang, q
//	GET  /api/search?q=           full-text search over the articles
//	GET  /api/actors              actor codes with their activity
//	GET  /api/network             (actor, recipient) pairs: the edges of the actor network
//	GET  /api/stats               sums over the whole database
//	GET  /api/stats/timeline      event counts per day, month or year
//
// Lists answer {"items": […], "next": "<cursor>", "total": N}: pass next
// back as ?cursor= for the following page; it is "" on the last one.
// ?limit= sets the page size, capped at Config.MaxPageSize.
//
// # Limits and errors
//
// Every error is {"error": "message"} with a 4xx or 5xx status. Parameters
// are checked before the store is asked: an unknown parameter, a repeated
// one, a malformed date, an unknown event type, a code or search text
// holding characters no code or word has (quotes, semicolons, comment
// marks), or a path with dot segments is answered 400 and touches nothing.
// Request bodies are capped (Config.MaxBodyBytes), every query runs under
// a deadline (Config.QueryTimeout) and answers 503 when it passes it. GET
// requests identical to one in flight share its run and its answer, and
// at most Config.MaxQueries different ones run at once, the others waiting
// within their deadline, so that a crowd of clients queues instead of
// swamping the database.
//
// POST /api/articles is off (403) unless Config.Token is set; then it
// needs the header "Authorization: Bearer <token>" (401 without it).
//
// # Page
//
// The page (web/, embedded) is plain JavaScript modules with uPlot and
// Cytoscape.js vendored in web/vendor by tools/web/vendor.sh; nothing is
// fetched from elsewhere at run time.
//
// A Server is safe for concurrent use; its Store must be too.
package server
