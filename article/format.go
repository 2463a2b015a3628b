package article

import "fmt"

// Format names how a stream of bytes holds articles.
type Format int

const (
	// Auto sniffs the stream by its content: WARC, feed, HTML, JSON
	// Lines, or text (dated when it starts with a date header, plain
	// otherwise); see sniff.
	Auto Format = iota
	// DatedText is one article with a "date YYYY-MM-DD" header; see the
	// package documentation.
	DatedText
	// PlainText is one article whose whole text is the body, date unknown.
	PlainText
	// JSONLines is one article per line, each a JSON object.
	JSONLines
	// HTML is one saved web page: its main text, title, author, date and
	// language (package khabar/article/htmlpage).
	HTML
	// Feed is an RSS, Atom or JSON feed: one article per item (package
	// khabar/article/feed).
	Feed
	// WARC is a web archive, plain or gzip: one article per HTML response
	// record (package khabar/article/warc).
	WARC

	// anyText is DatedText when the stream starts with a date header, else
	// PlainText. It is how .txt files are read: never as JSON.
	anyText
)

// String returns the format's name.
func (f Format) String() string {
	switch f {
	case Auto:
		return "auto"
	case DatedText:
		return "dated text"
	case PlainText:
		return "plain text"
	case JSONLines:
		return "JSON Lines"
	case HTML:
		return "HTML"
	case Feed:
		return "feed"
	case WARC:
		return "WARC"
	case anyText:
		return "text"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}
