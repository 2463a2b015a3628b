package server

import (
	"bytes"
	"context"
	"net/http"
	"sync"
	"time"
)

// flights runs GET requests so that a crowd of clients does not swamp
// the database: identical requests in flight at the same moment share one
// run (the followers get a copy of the leader's answer), and at most
// `slots` different ones run at once while the rest wait their turn
// within their own deadline.
type flights struct {
	mu      sync.Mutex
	running map[string]*flight
	slots   chan struct{}
}

// flight is one run of a request and its answer once done is closed.
type flight struct {
	done   chan struct{}
	status int
	header http.Header
	body   []byte
}

func newFlights(slots int) *flights {
	return &flights{running: map[string]*flight{}, slots: make(chan struct{}, slots)}
}

// serve answers r with run's answer, running it once for every identical
// request in flight. run writes to a buffer, under a context that ends
// with timeout and not with the first client's connection, so that the
// others still get the answer if that client leaves.
func (f *flights) serve(w http.ResponseWriter, r *http.Request, timeout time.Duration, run func(w http.ResponseWriter, r *http.Request), busy func(w http.ResponseWriter, r *http.Request)) {
	key := r.URL.Path + "?" + r.URL.RawQuery
	f.mu.Lock()
	fl, follower := f.running[key]
	if !follower {
		fl = &flight{done: make(chan struct{})}
		f.running[key] = fl
	}
	f.mu.Unlock()

	if !follower {
		f.lead(fl, key, r, timeout, run)
	}
	select {
	case <-fl.done:
	case <-r.Context().Done():
		busy(w, r)
		return
	}
	h := w.Header()
	for k, v := range fl.header {
		h[k] = v
	}
	w.WriteHeader(fl.status)
	w.Write(fl.body)
}

// lead runs the request for every follower of fl. It waits for a slot
// only as long as the request's deadline allows; past it, the answer is
// what run writes under an expired context (a 503).
func (f *flights) lead(fl *flight, key string, r *http.Request, timeout time.Duration, run func(w http.ResponseWriter, r *http.Request)) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), timeout)
	defer cancel()
	defer func() {
		f.mu.Lock()
		delete(f.running, key)
		f.mu.Unlock()
		close(fl.done)
	}()
	select {
	case f.slots <- struct{}{}:
		defer func() { <-f.slots }()
	case <-ctx.Done():
	}
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	run(rec, r.WithContext(ctx))
	fl.status, fl.header, fl.body = rec.status, rec.header, rec.body.Bytes()
}

// recorder is an http.ResponseWriter that keeps the answer in memory.
type recorder struct {
	header      http.Header
	status      int
	wroteHeader bool
	body        bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = status, true
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.body.Write(b)
}
