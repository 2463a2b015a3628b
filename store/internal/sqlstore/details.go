package sqlstore

import (
	"encoding/json"
	"fmt"

	"khabar/pipeline"
)

// details are the lists of an article stored as one JSON object in
// article_details.detail, each in the order the pipeline gave it.
type details struct {
	Sentences []pipeline.Sentence `json:"sentences"`
	Entities  []pipeline.Entity   `json:"entities"`
	Amounts   []pipeline.Amount   `json:"amounts"`
	Quotes    []pipeline.Quote    `json:"quotes"`
}

// detailsOf returns the article_details row of r but its key: the four
// counts and the JSON text.
func detailsOf(r pipeline.Result) []any {
	d := details{Sentences: r.Sentences, Entities: r.Entities, Amounts: r.Amounts, Quotes: r.Quotes}
	return d.row()
}

func (d details) row() []any {
	return []any{len(d.Sentences), len(d.Entities), len(d.Amounts), len(d.Quotes), jsonText(d)}
}

// parseDetails reads article_details.detail; every list comes back
// non-nil.
func parseDetails(text string) (details, error) {
	var d details
	if err := json.Unmarshal([]byte(text), &d); err != nil {
		return d, fmt.Errorf("reading details: %w", err)
	}
	if d.Sentences == nil {
		d.Sentences = []pipeline.Sentence{}
	}
	if d.Entities == nil {
		d.Entities = []pipeline.Entity{}
	}
	if d.Amounts == nil {
		d.Amounts = []pipeline.Amount{}
	}
	if d.Quotes == nil {
		d.Quotes = []pipeline.Quote{}
	}
	return d, nil
}
