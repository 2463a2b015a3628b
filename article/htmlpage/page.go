package htmlpage

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// Extractor names the library that finds a page's main text.
type Extractor int

const (
	// Readability is codeberg.org/readeck/go-readability/v2: the default
	// (see the package documentation for the measurements behind the
	// choice).
	Readability Extractor = iota
	// Trafilatura is github.com/markusmobius/go-trafilatura, comments
	// excluded, without its fallbacks; only in builds with the
	// trafilatura tag (it was the alternative measured against
	// Readability).
	Trafilatura
	// TrafilaturaFallback is Trafilatura that also runs Readability and
	// DOM Distiller and keeps the best candidate: slower.
	TrafilaturaFallback
)

// String names the extractor.
func (e Extractor) String() string {
	switch e {
	case Trafilatura:
		return "trafilatura"
	case Readability:
		return "readability"
	case TrafilaturaFallback:
		return "trafilatura+fallback"
	}
	return fmt.Sprintf("Extractor(%d)", int(e))
}

// Options says how to read one page. The zero value is valid.
type Options struct {
	// Extractor finds the main text; the zero value is Readability.
	Extractor Extractor
	// ContentType is the page's HTTP Content-Type header when known (from
	// a WARC record or a fetch), e.g. "text/html; charset=windows-1256".
	// Its charset wins over the page's own declaration, as in browsers.
	ContentType string
	// URL is the page's address when known; it resolves relative links.
	URL string
	// NoPrune hands the page to the extractor as it is, without first
	// cutting the elements that class and id names mark as furniture (see
	// the package documentation). It is for measuring the extractors
	// alone.
	NoPrune bool
}

// Page is what Extract finds in one HTML page. Every string is UTF-8.
type Page struct {
	// Title is the headline, without the site's name.
	Title string
	// Author is the byline's name, or "".
	Author string
	// Date is the publication date as YYYY-MM-DD, or "" when none was found.
	Date string
	// DateText is the text the date was read from (a meta value or a
	// byline), for explanation; "" when Date is "".
	DateText string
	// Lang is the language tag the page declares (<html lang>, a
	// Content-Language meta, og:locale), as written, or "".
	Lang string
	// Body is the main text: one paragraph a line, white space collapsed,
	// without menus, sidebars, related links, share buttons, comments or
	// footers.
	Body string
	// Encoding names the character encoding the page was decoded from.
	Encoding string
}

// ErrNoText: the page has no main text that the extractor could find.
var ErrNoText = errors.New("htmlpage: no article text found")

// Extract reads one HTML page, in any encoding: see the package
// documentation for how the encoding, title, author, date, language and
// main text are found. It fails with ErrNoText when no main text is found.
func Extract(data []byte, opts Options) (Page, error) {
	text, encName := Decode(data, opts.ContentType)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Page{}, fmt.Errorf("htmlpage: parsing HTML: %w", err)
	}
	m := readMeta(doc)
	p := Page{Title: m.title, Author: m.author, Date: m.date, DateText: m.dateText, Lang: m.lang, Encoding: encName}
	var pageURL *url.URL
	if opts.URL != "" {
		pageURL, _ = url.Parse(opts.URL)
	}
	body, err := mainText(doc, opts.Extractor, pageURL, opts.NoPrune)
	if err != nil {
		return p, err
	}
	p.Body = dropTitleLine(body, p.Title)
	if strings.TrimSpace(p.Body) == "" {
		return p, ErrNoText
	}
	return p, nil
}

// dropTitleLine cuts the headline from the start of body when an
// extractor kept it: the title is reported in Page.Title.
func dropTitleLine(body, title string) string {
	if title == "" {
		return body
	}
	first, rest, _ := strings.Cut(body, "\n")
	if strings.TrimSpace(first) == title {
		return rest
	}
	return body
}
