package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"slices"
	"strings"

	"khabar/article"
	"khabar/pipeline"
	"khabar/store"
)

// Extractor is what POST /api/articles runs on each submitted article;
// *pipeline.Pipeline is one.
type Extractor interface {
	Extract(ctx context.Context, a article.Article) (pipeline.Result, error)
}

// Server answers the API and serves the page. Make it with New.
type Server struct {
	store   store.Store
	extract Extractor
	cfg     Config
	log     *slog.Logger
	handler http.Handler
	// paths lists the API paths, for the check against the OpenAPI file.
	paths []string
	// reads shares and paces the runs of GET requests.
	reads *flights
}

// New returns a Server over st. ex extracts submitted articles; it may be
// nil when cfg.Token is empty (submitting is off).
func New(st store.Store, ex Extractor, cfg Config) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if st == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Token != "" && ex == nil {
		return nil, errors.New("server: a token turns on submitting, which needs an extractor")
	}
	s := &Server{store: st, extract: ex, cfg: cfg, log: cfg.Logger, reads: newFlights(cfg.MaxQueries)}
	if s.log == nil {
		s.log = slog.Default()
	}
	mux := http.NewServeMux()
	s.routes(mux)
	s.handler = s.guard(mux)
	return s, nil
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// routes registers every path. Each API path also gets a pattern without a
// method that answers 405 in JSON, and /api/ a JSON 404, so that no API
// answer is the mux's plain text.
func (s *Server) routes(mux *http.ServeMux) {
	s.api(mux, "/api/articles", map[string]handler{"GET": s.listArticles, "POST": s.postArticles})
	s.api(mux, "/api/articles/{id}", map[string]handler{"GET": s.getArticle})
	s.api(mux, "/api/events", map[string]handler{"GET": s.listEvents})
	s.api(mux, "/api/search", map[string]handler{"GET": s.search})
	s.api(mux, "/api/actors", map[string]handler{"GET": s.listActors})
	s.api(mux, "/api/network", map[string]handler{"GET": s.network})
	s.api(mux, "/api/stats", map[string]handler{"GET": s.stats})
	s.api(mux, "/api/stats/timeline", map[string]handler{"GET": s.timeline})
	s.api(mux, "/api/openapi.json", map[string]handler{"GET": s.openAPI})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, errorBody{"no such API path: " + r.URL.Path + " (see /api/openapi.json)"})
	})
	mux.Handle("/", pageHandler())
}

// handler answers one API request; an error is written by writeError.
type handler func(w http.ResponseWriter, r *http.Request) error

func (s *Server) api(mux *http.ServeMux, path string, methods map[string]handler) {
	allow := make([]string, 0, len(methods))
	for method, h := range methods {
		allow = append(allow, method)
		mux.Handle(method+" "+path, s.wrap(method, h))
	}
	slices.Sort(allow)
	mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeJSON(w, http.StatusMethodNotAllowed, errorBody{r.Method + " is not allowed on " + path + " (allowed: " + strings.Join(allow, ", ") + ")"})
	})
	s.paths = append(s.paths, path)
}

// wrap runs h under the deadline of its method and writes its error. GET
// requests go through s.reads: identical ones in flight share one run,
// and at most Config.MaxQueries run at once.
func (s *Server) wrap(method string, h handler) http.Handler {
	run := func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	}
	if method == http.MethodGet {
		busy := func(w http.ResponseWriter, r *http.Request) { s.writeError(w, r, r.Context().Err()) }
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
			defer cancel()
			s.reads.serve(w, r.WithContext(ctx), s.cfg.QueryTimeout, run, busy)
		})
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.SubmitTimeout)
		defer cancel()
		r = r.WithContext(ctx)
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		}
		run(w, r)
	})
}

// guard refuses what no route should see: paths with dot segments, empty
// segments or backslashes (a traversal attempt, which the mux would
// otherwise redirect), and it recovers from panics with a JSON 500. It
// sets the headers every answer carries.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", v)
				writeJSON(w, http.StatusInternalServerError, errorBody{"internal error; the server log has the details"})
			}
		}()
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		if reason := badPath(r.URL.Path, r.URL.RawPath); reason != "" {
			writeJSON(w, http.StatusBadRequest, errorBody{"bad path: " + reason})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// badPath returns why a request path is refused, or "". path is decoded;
// raw is the escaped form when it differs.
func badPath(path, raw string) string {
	if !strings.HasPrefix(path, "/") {
		return "it does not start with /"
	}
	for _, p := range []string{path, raw} {
		if strings.ContainsAny(p, "\\\x00") {
			return "backslashes and NUL are not allowed"
		}
		for seg := range strings.SplitSeq(p[min(1, len(p)):], "/") {
			if seg == "." || seg == ".." {
				return "dot segments (. and ..) are not allowed"
			}
		}
		if strings.Contains(p, "//") {
			return "empty segments (//) are not allowed"
		}
	}
	lower := strings.ToLower(raw)
	if strings.Contains(lower, "%2e%2e") || strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") {
		return "escaped dots, slashes and backslashes are not allowed"
	}
	return ""
}
