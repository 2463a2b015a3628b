package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"khabar/article"
	"khabar/pipeline"
	"khabar/store"
)

// listArticles answers GET /api/articles.
func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.RawQuery, "lang", "variant", "from", "to", "story", "limit", "cursor")
	q := store.ArticleQuery{Lang: p.lang("lang"), Variant: p.variant("variant"), Story: p.articleID("story"),
		Limit: p.limit(s.cfg.MaxPageSize), Cursor: p.cursor()}
	q.From, q.To = p.dates()
	if p.err != nil {
		return p.err
	}
	page, err := s.store.Articles(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, nonNil(page))
	return nil
}

// getArticle answers GET /api/articles/{id}.
func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	if p := newParams(r.URL.RawQuery); p.err != nil {
		return p.err
	}
	id := r.PathValue("id")
	if !store.ValidID(id) {
		return badRequest("id: %q is not an article id (sha256: and 64 lower-case hex digits)", clip(id))
	}
	a, err := s.store.Article(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return &apiError{http.StatusNotFound, "no article " + id}
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// submitted is the answer to POST /api/articles.
type submitted struct {
	store.PutSummary
	// IDs are the ids of the submitted articles, in the order sent, new or
	// already stored.
	IDs []string `json:"ids"`
}

// postArticles answers POST /api/articles: it reads the body as JSON Lines
// (one {"id","date","title","text","url","lang"} per line) or as one
// article in dated or plain text, extracts every article and stores them
// all in one batch. A body with any bad record stores nothing.
func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		if err.status == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="khabar"`)
		}
		return err
	}
	if p := newParams(r.URL.RawQuery); p.err != nil {
		return p.err
	}
	var articles []article.Article
	for a, err := range article.ReadFrom(r.Body, "api", article.Auto, article.DefaultOptions()) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("body: larger than %d bytes; send fewer articles per request", tooBig.Limit)}
		}
		if err != nil {
			return badRequest("body: %v; nothing was stored", err)
		}
		if len(articles) == s.cfg.MaxArticles {
			return &apiError{http.StatusRequestEntityTooLarge, fmt.Sprintf("body: more than %d articles; send them in several requests; nothing was stored", s.cfg.MaxArticles)}
		}
		articles = append(articles, a)
	}
	if len(articles) == 0 {
		return badRequest("body: no article (send JSON Lines, one {\"date\",\"title\",\"text\",\"lang\"} object per line)")
	}
	batch := store.Batch{Lexicon: s.cfg.Lexicon, Results: make([]pipeline.Result, 0, len(articles))}
	out := submitted{IDs: make([]string, 0, len(articles))}
	for i, a := range articles {
		res, err := s.extract.Extract(r.Context(), a)
		if err != nil {
			if r.Context().Err() != nil {
				return r.Context().Err()
			}
			return badRequest("article %d (line %d): %v; nothing was stored", i+1, a.Line, err)
		}
		batch.Results = append(batch.Results, res)
		out.IDs = append(out.IDs, res.Article.ID)
	}
	sum, err := s.store.Put(r.Context(), batch)
	if err != nil {
		return err
	}
	out.PutSummary = sum
	status := http.StatusCreated
	if sum.Stored == 0 {
		status = http.StatusOK
	}
	writeJSON(w, status, out)
	return nil
}

// authorize checks the bearer token of a submission.
func (s *Server) authorize(r *http.Request) *apiError {
	if s.cfg.Token == "" {
		return &apiError{http.StatusForbidden, "submitting articles is off on this server (start khabar serve with --token to turn it on)"}
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	// Comparing hashes keeps the time independent of the token's length.
	want := sha256.Sum256([]byte(s.cfg.Token))
	have := sha256.Sum256([]byte(strings.TrimSpace(got)))
	if !ok || subtle.ConstantTimeCompare(want[:], have[:]) != 1 {
		return &apiError{http.StatusUnauthorized, "submitting needs the header Authorization: Bearer <token>"}
	}
	return nil
}

// clip shortens s for an error message.
func clip(s string) string {
	if len(s) <= 80 {
		return s
	}
	return strings.ToValidUTF8(s[:80], "") + "…"
}

// nonNil makes an empty page's items [] rather than null.
func nonNil[T any](p store.Page[T]) store.Page[T] {
	if p.Items == nil {
		p.Items = []T{}
	}
	return p
}
