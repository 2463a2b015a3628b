package article

import (
	"fmt"
	"os"
)

// ReadFile reads the article of a one-article file (dated or plain text,
// or the first line of a JSON Lines file). A record error of that article
// is returned with it: an impossible date gives the article with Date ""
// and the error.
func ReadFile(path string, opts Options) (Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return Article{}, err
	}
	defer f.Close()
	var (
		got  Article
		seen bool
	)
	for a, err := range ReadFrom(f, path, Auto, opts) {
		if err != nil {
			return got, err
		}
		if seen {
			break
		}
		got, seen = a, true
	}
	if !seen {
		return Article{}, fmt.Errorf("%s: no article", path)
	}
	return got, nil
}
