package article

import (
	"bytes"
	"compress/gzip"
	"io"
)

// sniff picks the format of a stream from its first bytes, head, for
// Auto:
//
//   - WARC: "WARC/1." at the start, or a gzip member whose content
//     starts so.
//   - Feed: XML or markup whose first element is <rss>, <feed> or
//     <rdf:RDF> (after an XML declaration, comments and a doctype).
//   - HTML: markup that starts with <!doctype html>, <html>, <head> or
//     <body>, or with another element and holds an <html, <body or
//     <p within head.
//   - JSON Lines: first non-space byte '{'.
//   - Text otherwise: dated when it starts with a date header, else plain.
func sniff(head []byte) Format {
	if isGzip(head) {
		if gunzipHeadHasPrefix(head, "WARC/1.") {
			return WARC
		}
		return anyText // binary: readStream reports it
	}
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return WARC
	}
	i := skipSpace(string(head))
	if i >= len(head) {
		return anyText
	}
	switch head[i] {
	case '{':
		return JSONLines
	case '<':
		return sniffMarkup(head[i:])
	}
	return anyText
}

// sniffMarkup tells feeds from HTML by the first element's name.
func sniffMarkup(head []byte) Format {
	lower := bytes.ToLower(head)
	rest := lower
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n\f\uFEFF")
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			rest = after(rest, "?>")
		case bytes.HasPrefix(rest, []byte("<!--")):
			rest = after(rest, "-->")
		case bytes.HasPrefix(rest, []byte("<!doctype html")):
			return HTML
		case bytes.HasPrefix(rest, []byte("<!")):
			rest = after(rest, ">")
		case bytes.HasPrefix(rest, []byte("<rss")), bytes.HasPrefix(rest, []byte("<feed")),
			bytes.HasPrefix(rest, []byte("<rdf:rdf")):
			return Feed
		case bytes.HasPrefix(rest, []byte("<html")), bytes.HasPrefix(rest, []byte("<head")),
			bytes.HasPrefix(rest, []byte("<body")), bytes.HasPrefix(rest, []byte("<meta")):
			return HTML
		case len(rest) == 0:
			return anyText
		default:
			if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<p>")) || bytes.Contains(lower, []byte("<div")) {
				return HTML
			}
			return anyText
		}
	}
}

// after returns b after the first sep, or nothing.
func after(b []byte, sep string) []byte {
	if i := bytes.Index(b, []byte(sep)); i >= 0 {
		return b[i+len(sep):]
	}
	return nil
}

// isGzip reports whether head starts with the gzip magic number.
func isGzip(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// gunzipHeadHasPrefix reports whether the gzip data at the start of head
// decompresses to text starting with prefix.
func gunzipHeadHasPrefix(head []byte, prefix string) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	buf := make([]byte, len(prefix))
	n, _ := io.ReadFull(zr, buf)
	return string(buf[:n]) == prefix
}
