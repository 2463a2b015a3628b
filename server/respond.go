package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"khabar/store"
)

// apiError is an answer with an error status and a message for the client.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// badRequest is a 400 answer naming the parameter at fault.
func badRequest(format string, args ...any) *apiError {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// writeJSON writes v as the JSON body of a status answer.
func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client may be gone; nothing more to tell it
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error string `json:"error"`
}

// writeError answers err as {"error": …} with the status it calls for:
// 400 for bad parameters (and store.ErrInvalid), 404 for store.ErrNotFound,
// 503 for a passed deadline, 500 (logged, not shown) for the rest.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		writeJSON(w, ae.status, errorBody{ae.msg})
	case errors.Is(err, store.ErrInvalid):
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
	case errors.Is(err, store.ErrNotFound):
		writeJSON(w, http.StatusNotFound, errorBody{"not found"})
	case errors.Is(err, context.DeadlineExceeded):
		s.log.Warn("query timed out", "path", r.URL.Path, "query", r.URL.RawQuery)
		writeJSON(w, http.StatusServiceUnavailable, errorBody{"the query took too long and was stopped; narrow it down"})
	case errors.Is(err, context.Canceled):
		writeJSON(w, http.StatusServiceUnavailable, errorBody{"request cancelled"})
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{"internal error; the server log has the details"})
	}
}
