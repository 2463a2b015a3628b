package htmlpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textOf returns the text inside n, as it is (scripts' text for scripts).
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\uFEFF' }

// blockText renders n as text: one paragraph a line, breaking at block
// elements and <br>, white space collapsed in each line, blank lines
// dropped. Scripts, styles and form controls are left out.
func blockText(n *html.Node) string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if line := collapse(cur.String()); line != "" {
			lines = append(lines, line)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if noText(n) {
				return
			}
			if tagOf(n) == atom.Br {
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return strings.Join(lines, "\n")
}

// noText reports whether an element's content is never article text.
func noText(n *html.Node) bool {
	switch tagOf(n) {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Head, atom.Object:
		return true
	}
	return false
}

// isBlock reports whether an element starts a new line of text.
func isBlock(n *html.Node) bool {
	switch tagOf(n) {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Aside, atom.Nav, atom.Main, atom.Figure, atom.Figcaption,
		atom.Form, atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Body, atom.Html:
		return true
	}
	return false
}

// FragmentText renders an HTML fragment, such as a feed item's content,
// as text: one paragraph a line. Plain text passes through with its white
// space collapsed line by line.
func FragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		var lines []string
		for _, l := range strings.Split(s, "\n") {
			if l = collapse(l); l != "" {
				lines = append(lines, l)
			}
		}
		return strings.Join(lines, "\n")
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return collapse(s)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return blockText(body)
}

// tagOf returns an element's tag; the extractors create elements with
// only their name set.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}
