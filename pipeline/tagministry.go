package pipeline

import (
	"strings"
	"sync"

	"khabar/lexicon"
	"khabar/text/fa"
)

// maxMinistryWords is the most tokens a ministry's field may span after
// وزیر (بهداشت، درمان و آموزش پزشکی is six).
const maxMinistryWords = 7

// ministries holds the fields of the ministries the lexicon names (the
// words after وزارت), folded, built on first use.
type ministries struct {
	once   sync.Once
	fields map[string]bool
}

func (m *ministries) of(lex *lexicon.Lexicon) map[string]bool {
	m.once.Do(func() {
		m.fields = map[string]bool{}
		head := fa.FoldKey("وزارت")
		for _, e := range lex.Entries() {
			for _, l := range []string{lexicon.LangFA, lexicon.LangFAAF, lexicon.LangFAIR} {
				for _, n := range e.Names[l] {
					w := strings.Fields(n)
					if len(w) > 1 && fa.FoldKey(w[0]) == head {
						m.fields[fa.FoldKey(strings.Join(w[1:], ""))] = true
					}
				}
			}
		}
	})
	return m.fields
}

// tagMinistries tags, in the NER sets' convention, the field of a
// ministry named by its minister as the organisation: وزیر [بهداشت]ORG,
// the field being one the lexicon knows after وزارت. Tags change only
// where every token is untagged.
func tagMinistries(tokens, tags []string, fields map[string]bool) {
	minister := fa.FoldKey("وزیر")
	for i := 0; i+1 < len(tokens); i++ {
		if fa.FoldKey(tokens[i]) != minister {
			continue
		}
		var key strings.Builder
		best := 0
		for k := 1; k <= maxMinistryWords && i+k < len(tokens) && tags[i+k] == "O"; k++ {
			key.WriteString(fa.FoldKey(tokens[i+k]))
			if fields[key.String()] {
				best = k
			}
		}
		for k := 1; k <= best; k++ {
			tags[i+k] = "I-ORG"
		}
		if best > 0 {
			tags[i+1] = "B-ORG"
			i += best
		}
	}
}
