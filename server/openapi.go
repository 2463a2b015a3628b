package server

import (
	_ "embed"
	"net/http"
)

// openAPISpec describes the API in OpenAPI 3 (openapi.json).
//
//go:embed openapi.json
var openAPISpec []byte

// OpenAPI returns the API's OpenAPI 3 description as JSON.
func OpenAPI() []byte { return append([]byte(nil), openAPISpec...) }

// openAPI answers GET /api/openapi.json.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, err := w.Write(openAPISpec)
	if err != nil {
		s.log.Debug("writing openapi.json", "err", err)
	}
	return nil
}
