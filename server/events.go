package server

import (
	"net/http"

	"khabar/store"
)

// eventParams are the parameters that filter events.
var eventParams = []string{"actor", "recipient", "type", "from", "to", "lang", "q"}

// eventQuery reads the event filters of p.
func eventQuery(p *params) store.EventQuery {
	q := store.EventQuery{Actor: p.code("actor"), Recipient: p.code("recipient"),
		Type: p.eventType("type"), Lang: p.lang("lang"), Q: p.text("q", false)}
	q.From, q.To = p.dates()
	return q
}

// listEvents answers GET /api/events.
func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.RawQuery, append(eventParams, "limit", "cursor")...)
	q := eventQuery(p)
	q.Limit, q.Cursor = p.limit(s.cfg.MaxPageSize), p.cursor()
	if p.err != nil {
		return p.err
	}
	page, err := s.store.Events(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, nonNil(page))
	return nil
}

// network answers GET /api/network: the most frequent (actor, recipient)
// pairs of the events matching the filters, in one page.
func (s *Server) network(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.RawQuery, append(eventParams, "limit")...)
	q := eventQuery(p)
	q.Limit = p.limit(s.cfg.MaxPageSize)
	if p.err != nil {
		return p.err
	}
	dyads, err := s.store.Dyads(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, nonNil(store.Page[store.Dyad]{Items: dyads, Total: len(dyads)}))
	return nil
}

// timeline answers GET /api/stats/timeline: event counts per interval,
// oldest first, in one page.
func (s *Server) timeline(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.RawQuery, append(eventParams, "interval")...)
	q := store.TimelineQuery{Filter: eventQuery(p), Interval: p.interval()}
	if p.err != nil {
		return p.err
	}
	buckets, err := s.store.Timeline(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, nonNil(store.Page[store.Bucket]{Items: buckets, Total: len(buckets)}))
	return nil
}

// listActors answers GET /api/actors.
func (s *Server) listActors(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.RawQuery, "q", "limit", "cursor")
	q := store.ActorQuery{Q: p.text("q", false), Limit: p.limit(s.cfg.MaxPageSize), Cursor: p.cursor()}
	if p.err != nil {
		return p.err
	}
	page, err := s.store.Actors(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, nonNil(page))
	return nil
}

// stats answers GET /api/stats.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	if p := newParams(r.URL.RawQuery); p.err != nil {
		return p.err
	}
	st, err := s.store.Stats(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

// search answers GET /api/search.
func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.RawQuery, "q", "lang", "from", "to", "actor", "type", "limit", "cursor")
	q := store.SearchQuery{Q: p.text("q", true), Lang: p.lang("lang"), Actor: p.code("actor"),
		Type: p.eventType("type"), Limit: p.limit(s.cfg.MaxPageSize), Cursor: p.cursor()}
	q.From, q.To = p.dates()
	if p.err != nil {
		return p.err
	}
	page, err := s.store.Search(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, nonNil(page))
	return nil
}
