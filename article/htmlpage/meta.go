package htmlpage

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"khabar/article/pubdate"
)

// meta is what the page says about itself.
type meta struct {
	title, author, date, dateText, lang string
}

// found gathers the candidates of one walk over the page, in page order.
type found struct {
	lang       string
	metas      map[string]string // lower-cased name, property or itemprop → first content
	ldDate     string            // JSON-LD datePublished
	ldAuthor   string
	ldHeadline string
	docTitle   string
	h1         []positioned
	times      []positioned // <time datetime> values outside comments
	dateTexts  []positioned // texts of date-like elements outside comments
	bylines    []positioned // texts of author-like elements outside comments
}

// positioned is a text and the order of its element in the page.
type positioned struct {
	text  string
	order int
}

// metaDateKeys are the meta names that hold a publication date, best first.
var metaDateKeys = []string{
	"article:published_time", "og:published_time", "datepublished", "date",
	"pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
	"dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
}

// readMeta finds the title, author, date and language of a page.
func readMeta(doc *html.Node) meta {
	f := found{metas: map[string]string{}}
	order := 0
	var walk func(n *html.Node, inComments bool)
	walk = func(n *html.Node, inComments bool) {
		order++
		if n.Type == html.ElementNode {
			inComments = inComments || isCommentBlock(n)
			f.element(n, order, inComments)
			if skipped(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inComments)
		}
	}
	walk(doc, false)
	return f.decide()
}

// element records what one element says.
func (f *found) element(n *html.Node, order int, inComments bool) {
	switch n.DataAtom {
	case atom.Html:
		f.lang = attr(n, "lang")
		if f.lang == "" {
			f.lang = attr(n, "xml:lang")
		}
	case atom.Meta:
		key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
		if _, seen := f.metas[key]; key != "" && !seen {
			f.metas[key] = strings.TrimSpace(attr(n, "content"))
		}
	case atom.Title:
		if f.docTitle == "" {
			f.docTitle = collapse(textOf(n))
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			f.jsonLD(textOf(n))
		}
	case atom.H1:
		if !inComments {
			f.h1 = append(f.h1, positioned{collapse(textOf(n)), order})
		}
	case atom.Time:
		if !inComments {
			if v := firstNonEmpty(attr(n, "datetime"), collapse(textOf(n))); v != "" {
				f.times = append(f.times, positioned{v, order})
			}
		}
	}
	if inComments {
		return
	}
	marks := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop") + " " + attr(n, "rel"))
	switch {
	case strings.Contains(marks, "author") || strings.Contains(marks, "byline"):
		f.bylines = append(f.bylines, positioned{collapse(textOf(n)), order})
	case strings.Contains(marks, "date") || strings.Contains(marks, "time") || strings.Contains(marks, "info") || strings.Contains(marks, "meta"):
		f.dateTexts = append(f.dateTexts, positioned{collapse(textOf(n)), order})
	}
}

// jsonLD reads datePublished, author and headline from a JSON-LD block
// (an object, a list of objects, or an @graph).
func (f *found) jsonLD(src string) {
	var v any
	if len(src) > 1<<20 || json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && f.ldDate == "" {
				f.ldDate = s
			}
			if s, ok := v["headline"].(string); ok && f.ldHeadline == "" {
				f.ldHeadline = collapse(s)
			}
			if f.ldAuthor == "" {
				f.ldAuthor = ldName(v["author"])
			}
			if g, ok := v["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// ldName reads a JSON-LD author: a string, an object with a name, or a
// list of either (the first).
func ldName(v any) string {
	switch v := v.(type) {
	case string:
		return collapse(v)
	case map[string]any:
		s, _ := v["name"].(string)
		return collapse(s)
	case []any:
		if len(v) > 0 {
			return ldName(v[0])
		}
	}
	return ""
}

// decide picks one value for each field from the candidates.
func (f *found) decide() meta {
	m := meta{lang: f.pageLang(), title: f.pageTitle()}
	m.date, m.dateText = f.pageDate()
	m.author = f.pageAuthor()
	return m
}

func (f *found) pageLang() string {
	return strings.TrimSpace(firstNonEmpty(f.lang, f.metas["content-language"], f.metas["og:locale"], f.metas["language"]))
}

// pageTitle prefers an <h1> that the <title> repeats (a headline, not a
// site logo), then og:title or the JSON-LD headline, then the first <h1>,
// then the <title> without the site name.
func (f *found) pageTitle() string {
	for _, h := range f.h1 {
		if h.text != "" && strings.Contains(f.docTitle, h.text) {
			return h.text
		}
	}
	if t := firstNonEmpty(collapse(f.metas["og:title"]), collapse(f.metas["twitter:title"]), f.ldHeadline); t != "" {
		return t
	}
	if len(f.h1) > 0 && f.h1[0].text != "" {
		return f.h1[0].text
	}
	return stripSiteName(f.docTitle)
}

// pageDate reads the date from metadata first, then from the date-like
// element nearest the headline.
func (f *found) pageDate() (string, string) {
	for _, key := range metaDateKeys {
		if v := f.metas[key]; v != "" {
			if d, ok := pubdate.Parse(v); ok {
				return d, v
			}
		}
	}
	if d, ok := pubdate.Parse(f.ldDate); ok {
		return d, f.ldDate
	}
	for _, t := range f.times {
		if d, ok := pubdate.Parse(t.text); ok {
			return d, t.text
		}
	}
	headline := 0
	if len(f.h1) > 0 {
		headline = f.h1[0].order
	}
	best, bestText, bestDist := "", "", -1
	for _, c := range f.dateTexts {
		d, ok := pubdate.Find(c.text)
		if !ok {
			continue
		}
		dist := c.order - headline
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestText, bestDist = d, c.text, dist
		}
	}
	return best, bestText
}

// pageAuthor reads the author from metadata, then from a byline.
func (f *found) pageAuthor() string {
	if a := f.metas["author"]; a != "" && !strings.Contains(a, "://") {
		return collapse(a)
	}
	if a := f.metas["article:author"]; a != "" && !strings.Contains(a, "://") {
		return collapse(a)
	}
	if f.ldAuthor != "" {
		return f.ldAuthor
	}
	for _, b := range f.bylines {
		if name := bylineName(b.text); name != "" {
			return name
		}
	}
	for _, c := range f.dateTexts {
		if _, after, ok := strings.Cut(c.text, "توسط "); ok && len(after) < 80 {
			return strings.TrimSpace(after)
		}
	}
	return ""
}

// bylinePrefixes are the words that introduce an author's name.
var bylinePrefixes = []string{
	"نوشته‌شده توسط", "نوشته شده توسط", "نویسنده:", "نویسنده :", "نویسنده", "خبرنگار:",
	"گزارشگر:", "لیکوال:", "لیکوال", "توسط", "By ", "by ", "BY ", "Written by ",
}

// bylineName cuts the introducing words from a byline; a byline too long
// to be a name gives "".
func bylineName(s string) string {
	for _, p := range bylinePrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	if s == "" || len([]rune(s)) > 60 {
		return ""
	}
	return s
}

// stripSiteName keeps the longest part of a <title> split at the
// separators sites put between headline and site name.
func stripSiteName(t string) string {
	best := t
	for _, sep := range []string{" | ", " - ", " – ", " — ", " » ", " :: "} {
		if !strings.Contains(t, sep) {
			continue
		}
		best = ""
		for _, part := range strings.Split(t, sep) {
			if part = strings.TrimSpace(part); len(part) > len(best) {
				best = part
			}
		}
		break
	}
	return best
}

// isCommentBlock reports whether n holds readers' comments.
func isCommentBlock(n *html.Node) bool {
	marks := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(marks, "comment") || strings.Contains(marks, "respond")
}

// skipped reports whether n's content is never page text.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
		return true
	}
	return false
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
