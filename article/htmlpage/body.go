package htmlpage

import (
	"fmt"
	"net/url"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// mainText runs the extractor over doc (which it may change) and renders
// the main content as text.
func mainText(doc *html.Node, e Extractor, pageURL *url.URL, noPrune bool) (string, error) {
	if !noPrune {
		prune(doc)
	}
	switch e {
	case Trafilatura, TrafilaturaFallback:
		opts := trafilatura.Options{
			OriginalURL:     pageURL,
			ExcludeComments: true,
			EnableFallback:  e == TrafilaturaFallback,
			HtmlDateMode:    trafilatura.Disabled, // khabar reads dates itself
			MaxTreeSize:     maxTreeSize,
		}
		res, err := trafilatura.ExtractDocument(doc, opts)
		if err != nil {
			return "", fmt.Errorf("%w: %w", ErrNoText, err)
		}
		if res.ContentNode == nil {
			return "", ErrNoText
		}
		return blockText(res.ContentNode), nil
	case Readability:
		p := readability.NewParser()
		p.MaxElemsToParse = maxTreeSize
		art, err := p.ParseAndMutate(doc, pageURL)
		if err != nil {
			return "", fmt.Errorf("%w: %w", ErrNoText, err)
		}
		if art.Node == nil {
			return "", ErrNoText
		}
		return blockText(art.Node), nil
	}
	return "", fmt.Errorf("htmlpage: unknown extractor %v", e)
}

// maxTreeSize caps the elements of one page the extractors walk, so that a
// hostile page cannot make them run for minutes.
const maxTreeSize = 200_000
