package pipeline

import (
	"strings"

	"khabar/article"
	"khabar/recognize"
	"khabar/text/segment"
)

// Tag runs the entity recognizer over one sentence given as tokens and
// returns a BIO tag per token (B-PER, I-ORG, O, …). Tokens are joined with
// spaces into a body; every token an entity of type PER, ORG or LOC covers
// takes its tag. Adjectives (American) and pronouns are not tagged: they
// are not names.
func (p *Pipeline) Tag(tokens []string, lang string) []string {
	starts := make([]int, len(tokens))
	var b strings.Builder
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(t)
	}
	body := b.String()
	norm := p.Normalize(body, lang)
	sents := segment.Sentences(norm.Text)
	doc := Text{
		Article: article.Article{Body: body, Lang: lang}, Norm: norm, Sentences: sents,
		Tokens: segment.Tokens(norm.Text, sents),
	}.Doc()
	tags := make([]string, len(tokens))
	for i := range tags {
		tags[i] = "O"
	}
	for _, e := range p.recognizer.Recognize(doc) {
		if !e.Named() || e.Adjective || e.Source == recognize.SourceCoref {
			continue
		}
		if e.Type != "PER" && e.Type != "ORG" && e.Type != "LOC" {
			continue
		}
		first := true
		for i, st := range starts {
			en := st + len(tokens[i])
			if en <= e.Start || st >= e.End || tags[i] != "O" {
				continue
			}
			if first {
				tags[i] = "B-" + e.Type
				first = false
			} else {
				tags[i] = "I-" + e.Type
			}
		}
	}
	widenSpans(tokens, tags)
	tagMinistries(tokens, tags, p.ministries.of(p.lexicon))
	return tags
}
