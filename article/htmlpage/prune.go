package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerWords are the words of class and id names (split at spaces, '-'
// and '_') that mark page furniture: ads, share buttons, related lists,
// comments, tag lists, bylines and menus. An element so marked is cut
// before the extractor runs; <html>, <body>, <main> and <article> never
// are.
var boilerWords = map[string]bool{
	"ad": true, "ads": true, "adsbygoogle": true, "advert": true, "advertisement": true,
	"banner": true, "sponsored": true, "promo": true, "newsletter": true, "subscribe": true,
	"share": true, "sharing": true, "sharedaddy": true, "social": true, "print": true,
	"related": true, "relatedposts": true, "popular": true, "most": true, "ticker": true,
	"comment": true, "comments": true, "respond": true, "rating": true,
	"tags": true, "tag": true, "breadcrumb": true, "breadcrumbs": true, "pagination": true,
	"sidebar": true, "widget": true, "footer": true, "menu": true, "nav": true, "navigation": true,
	"meta": true, "byline": true, "author": true, "gallery": true,
	"date": true, "rutitr": true, "kicker": true, "surtitle": true, "uptitle": true,
}

// boilerClasses are whole class names that mark furniture but whose
// words alone do not: WordPress's "Ad Inserter" blocks.
var boilerClasses = map[string]bool{"code-block": true, "item-code": true, "news-code": true, "short-link": true, "shortlink": true}

// prune cuts page furniture from doc (see boilerWords), captions, and
// paragraphs that are nothing but a link ("بیشتر بخوانید: …", "Read
// more: …").
func prune(doc *html.Node) {
	var cut []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && isFurniture(n) {
			cut = append(cut, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range cut {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// isFurniture reports whether an element is not article text.
func isFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	case atom.Figcaption, atom.Nav, atom.Aside, atom.Footer, atom.Form:
		return true
	case atom.P:
		return allLink(n)
	}
	for _, key := range [...]string{"class", "id"} {
		for _, name := range strings.Fields(strings.ToLower(attr(n, key))) {
			if boilerClasses[name] {
				return true
			}
			for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }) {
				if boilerWords[w] {
					return true
				}
			}
		}
	}
	return false
}

// allLink reports whether a paragraph's text, ignoring white space, all
// lies inside links.
func allLink(p *html.Node) bool {
	linked, total := 0, 0
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			k := len(strings.Join(strings.Fields(n.Data), ""))
			total += k
			if inLink {
				linked += k
			}
			return
		}
		inLink = inLink || n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(p, false)
	return total > 0 && linked == total
}
