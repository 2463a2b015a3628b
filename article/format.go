package article

import "fmt"

// Format names how a stream of bytes holds articles.
type Format int

const (
	// Auto sniffs the stream: JSON Lines when its first non-space byte is
	// '{', else text, dated when it starts with a date header, plain
	// otherwise.
	Auto Format = iota
	// DatedText is one article with a "date YYYY-MM-DD" header; see the
	// package documentation.
	DatedText
	// PlainText is one article whose whole text is the body, date unknown.
	PlainText
	// JSONLines is one article per line, each a JSON object.
	JSONLines

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
	case anyText:
		return "text"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// sniff picks the format of a stream from its first bytes, head, for
// Auto: JSON Lines when the first non-space byte is '{', else text.
func sniff(head []byte) Format {
	i := skipSpace(string(head))
	if i < len(head) && head[i] == '{' {
		return JSONLines
	}
	return anyText
}
