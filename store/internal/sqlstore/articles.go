package sqlstore

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"khabar/store"
	"khabar/store/searchterms"
	"khabar/text/fa"
)

// Articles lists articles, newest first.
func (db *DB) Articles(ctx context.Context, q store.ArticleQuery) (store.Page[store.ArticleSummary], error) {
	var page store.Page[store.ArticleSummary]
	if err := q.Validate(); err != nil {
		return page, err
	}
	w := &where{}
	w.addIf(q.Lang, "a.lang = ?")
	w.addIf(q.Variant, "a.variant = ?")
	w.addIf(q.From, "a.date >= ?")
	w.addIf(q.To, "a.date <= ?")
	w.addIf(q.Story, "a.story = ?")
	hits, next, total, err := db.articlePage(ctx, w, q.Limit, q.Cursor)
	if err != nil {
		return page, err
	}
	page.Items, page.Next, page.Total, page.TotalCapped = hits, next, min(total, store.MaxTotal), total > store.MaxTotal
	return page, nil
}

// Search finds articles by their folded text.
func (db *DB) Search(ctx context.Context, q store.SearchQuery) (store.Page[store.SearchHit], error) {
	var page store.Page[store.SearchHit]
	if err := q.Validate(); err != nil {
		return page, err
	}
	groups := searchterms.Query(q.Q)
	page.Items = []store.SearchHit{}
	if len(groups) == 0 {
		return page, nil // punctuation only: nothing can match
	}
	w := &where{}
	// The matches are gathered once and the articles read in date order
	// against them: the unary + keeps SQLite from looking each match up
	// by key and sorting them all before the first page.
	w.add("+a.art IN ("+db.d.MatchSQL+")", db.d.MatchArg(groups))
	w.addIf(q.Lang, "a.lang = ?")
	w.addIf(q.From, "a.date >= ?")
	w.addIf(q.To, "a.date <= ?")
	// Probes per matching article (EXISTS), not sets of every article
	// with an event of the type or actor (IN), which a broad filter
	// makes large.
	w.addIf(q.Type, "EXISTS (SELECT 1 FROM event_reports r WHERE r.art = a.art AND r.type = ?)")
	w.addIf(q.Actor, "EXISTS (SELECT 1 FROM event_reports r JOIN event_actors x ON x.ev = r.ev WHERE r.art = a.art AND x.code = ?)")
	hits, next, total, err := db.articlePage(ctx, w, q.Limit, q.Cursor)
	if err != nil {
		return page, err
	}
	for _, h := range hits {
		var body string
		if err := queryRow(ctx, db.b, db.d.rebind(`SELECT body FROM articles WHERE `+db.d.idKey()+` = ?`), []any{mustKey(h.ID)}, &body); err != nil {
			return page, wrapErr("reading a snippet", err)
		}
		page.Items = append(page.Items, store.SearchHit{ArticleSummary: h, Snippet: snippet(body, groups)})
	}
	page.Next, page.Total, page.TotalCapped = next, min(total, store.MaxTotal), total > store.MaxTotal
	return page, nil
}

func mustKey(id string) int64 {
	k, _ := articleKey(id)
	return k
}

// articlePage runs one page of an article list with conditions w.
func (db *DB) articlePage(ctx context.Context, w *where, limit int, cur string) ([]store.ArticleSummary, string, int, error) {
	c, err := parseCursor(cur)
	if err != nil {
		return nil, "", 0, err
	}
	n := store.ClampLimit(limit)
	var total int
	if err := queryRow(ctx, db.b, db.d.rebind(cappedCount(`SELECT 1 FROM articles a`+w.sql())), w.args, &total); err != nil {
		return nil, "", 0, wrapErr("counting articles", err)
	}
	pw := w.clone()
	if c.set {
		pw.add("(a.date < ? OR (a.date = ? AND a.art < ?))", c.Date, c.Date, c.Key)
	}
	items := []store.ArticleSummary{}
	var keys []int64
	err = db.each(ctx, `SELECT `+summaryColumns+` FROM articles a`+pw.sql()+` ORDER BY a.date DESC, a.art DESC LIMIT ?`, append(pw.args, n+1), func(r Rows) error {
		var s store.ArticleSummary
		var key int64
		if err := r.Scan(summaryDest(&s, &key)...); err != nil {
			return err
		}
		items = append(items, s)
		keys = append(keys, key)
		return nil
	})
	if err != nil {
		return nil, "", 0, wrapErr("listing articles", err)
	}
	next := ""
	if len(items) > n {
		items, keys = items[:n], keys[:n]
		next = cursor{Date: items[n-1].Date, Key: keys[n-1]}.String()
	}
	return items, next, total, nil
}

// snippetBytes is about the longest snippet.
const snippetBytes = 240

// snippet returns the paragraph of body where a query word first occurs
// (comparing folded forms), cut to about snippetBytes, or the body's
// beginning.
func snippet(body string, groups [][]string) string {
	paras := strings.Split(body, "\n")
	best := ""
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if best == "" {
			best = p
		}
		key := fa.FoldKey(p)
		if strings.Contains(key, groups[0][0]) {
			best = p
			break
		}
	}
	return cut(best, snippetBytes)
}

// cut shortens s to at most n bytes at a rune boundary, adding "…".
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// cappedCount counts the rows of q up to store.MaxTotal+1: a caller that
// gets more than MaxTotal reports MaxTotal and says so.
func cappedCount(q string) string {
	return `SELECT COUNT(*) FROM (` + q + ` LIMIT ` + strconv.Itoa(store.MaxTotal+1) + `) counted`
}
