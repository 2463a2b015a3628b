package main

import (
	"context"
	"fmt"
	"io/fs"
	"strings"

	"khabar/article"
	"khabar/examples/demo"
	"khabar/pipeline"
	"khabar/store"
)

// seed stores n articles: the demo articles and, past them, variants of
// them with other dates and a numbered closing sentence, so that every
// one is a distinct article. It returns their ids.
func seed(ctx context.Context, st store.Store, n int) ([]string, error) {
	p, err := pipeline.New(pipeline.DefaultConfig())
	if err != nil {
		return nil, err
	}
	var originals []article.Article
	files, _ := fs.Glob(demo.Articles, "*.txt")
	for _, name := range files {
		f, err := demo.Articles.Open(name)
		if err != nil {
			return nil, err
		}
		for a, err := range article.ReadFrom(f, name, article.DatedText, article.DefaultOptions()) {
			if err != nil {
				f.Close()
				return nil, err
			}
			originals = append(originals, a)
		}
		f.Close()
	}
	if len(originals) == 0 {
		return nil, fmt.Errorf("no demo articles")
	}
	var ids []string
	batch := store.Batch{Lexicon: "loadtest"}
	for i := range n {
		a := originals[i%len(originals)]
		if round := i / len(originals); round > 0 {
			a = variant(a, round)
		}
		res, err := p.Extract(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Source, err)
		}
		batch.Results = append(batch.Results, res)
		ids = append(ids, res.Article.ID)
		if len(batch.Results) == 200 || i == n-1 {
			if _, err := st.Put(ctx, batch); err != nil {
				return nil, err
			}
			batch.Results = batch.Results[:0]
		}
	}
	return ids, nil
}

// variant is a with its date moved by round days (within 2024–2025) and a
// closing sentence numbered round.
func variant(a article.Article, round int) article.Article {
	month := 1 + round%12
	day := 1 + round%28
	year := 2024 + (round/12)%2
	a.Date = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	a.Source = fmt.Sprintf("%s#%d", a.Source, round)
	if strings.ContainsFunc(a.Body, func(r rune) bool { return r >= 0x600 && r <= 0x6ff }) {
		a.Body += fmt.Sprintf("\nاین گزارش شمارهٔ %d است.", round)
	} else {
		a.Body += fmt.Sprintf("\nThis is report number %d.", round)
	}
	return a
}
