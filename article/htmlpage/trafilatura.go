//go:build trafilatura

package htmlpage

import (
	"net/url"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// With the trafilatura build tag, the Trafilatura extractors are built in:
//
//	go test -tags trafilatura ./article/htmlpage -run CompareExtractors -v
func init() {
	trafilaturaText = func(doc *html.Node, pageURL *url.URL, fallback bool) (*html.Node, error) {
		res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
			OriginalURL:     pageURL,
			ExcludeComments: true,
			EnableFallback:  fallback,
			HtmlDateMode:    trafilatura.Disabled, // khabar reads dates itself
			MaxTreeSize:     maxTreeSize,
		})
		if err != nil {
			return nil, err
		}
		return res.ContentNode, nil
	}
}
