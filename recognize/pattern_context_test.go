package recognize

import (
	"testing"

	"khabar/lexicon"
)

// contextCase is one sentence, the mentions a context pattern must find
// in it, and words it must not make a mention of that type.
type contextCase struct {
	name, body string
	want       []wantEntity
	notTyp     string // type the words of not must not have
	not        []string
}

func runContextCases(t *testing.T, tests []contextCase) {
	t.Helper()
	runPatternCases(t, toPatternCases(tests))
	r := testRecognizer(t)
	for _, tt := range tests {
		t.Run(tt.name+"/not", func(t *testing.T) {
			es := r.Recognize(makeDoc("fa", "2025-11-07", tt.body))
			for _, w := range tt.not {
				if e := find(es, w); e != nil && e.Type == tt.notTyp {
					t.Errorf("%q: want no %s, got %s", w, tt.notTyp, describe(es))
				}
			}
		})
	}
}

func toPatternCases(tests []contextCase) []patternCase {
	var out []patternCase
	for _, tt := range tests {
		if len(tt.want) > 0 {
			out = append(out, patternCase{tt.name, "fa", tt.body, tt.want})
		}
	}
	return out
}

// TestContextCueIDs checks that every outlet, club and place cue that
// names a lexicon entry names one the built-in lexicon holds.
func TestContextCueIDs(t *testing.T) {
	r := builtinRecognizer(t)
	for _, c := range r.cues {
		if c.id == "" {
			continue
		}
		e := r.lex.Get(c.id)
		switch {
		case e == nil:
			t.Errorf("cue %q: no lexicon entry %s", c.phrase, c.id)
		case c.kind == cuePlace && e.Type != lexicon.LOC, c.kind != cuePlace && e.Type != lexicon.ORG:
			t.Errorf("cue %q: entry %s is of type %s", c.phrase, c.id, e.Type)
		}
	}
}
