package pipeline

import (
	"slices"
	"strings"
	"testing"

	"khabar/text/fa"
)

func TestTagMinistries(t *testing.T) {
	fields := map[string]bool{}
	for _, f := range []string{"بهداشت", "امور خارجه", "خارجه", "بهداشت، درمان و آموزش پزشکی"} {
		fields[fa.FoldKey(strings.ReplaceAll(f, " ", ""))] = true
	}
	tests := []struct {
		name, tokens, tags, want string
	}{
		// A ministry's field after وزیر is the organisation.
		{"field", "وزیر بهداشت گفت", "O O O", "O B-ORG O"},
		// The longest field the lexicon knows wins.
		{"longest", "وزیر امور خارجه آمد", "O O O O", "O B-ORG I-ORG O"},
		// A field with a comma and a conjunction inside.
		{"long field", "وزیر بهداشت ، درمان و آموزش پزشکی", "O O O O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		// No known field after وزیر: nothing changes.
		{"no field", "وزیر گفت", "O O", "O O"},
		// A token another entity holds is not taken.
		{"tagged", "وزیر بهداشت", "O B-LOC", "O B-LOC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, tags := strings.Fields(tt.tokens), strings.Fields(tt.tags)
			tagMinistries(toks, tags, fields)
			if want := strings.Fields(tt.want); !slices.Equal(tags, want) {
				t.Errorf("%s: got %v, want %v", tt.tokens, tags, want)
			}
		})
	}
}
