package htmlpage

import (
	"fmt"
	"net/url"

	"codeberg.org/readeck/go-readability/v2"
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
		if trafilaturaText == nil {
			return "", fmt.Errorf("htmlpage: %v is not in this build (build with -tags trafilatura)", e)
		}
		node, err := trafilaturaText(doc, pageURL, e == TrafilaturaFallback)
		if err != nil {
			return "", fmt.Errorf("%w: %w", ErrNoText, err)
		}
		if node == nil {
			return "", ErrNoText
		}
		return blockText(node), nil
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

// trafilaturaText finds the main content with go-trafilatura; it is set
// only in builds with the trafilatura tag (trafilatura.go), as the library
// spends a quarter of a second and tens of megabytes at every start of
// the program on its date parser's tables, which khabar does not use.
var trafilaturaText func(doc *html.Node, pageURL *url.URL, fallback bool) (*html.Node, error)

// maxTreeSize caps the elements of one page the extractors walk, so that a
// hostile page cannot make them run for minutes.
const maxTreeSize = 200_000
