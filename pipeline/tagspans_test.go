package pipeline

import (
	"slices"
	"strings"
	"testing"
)

func TestWidenSpans(t *testing.T) {
	tests := []struct {
		name, tokens, tags, want string
	}{
		// A place's head noun joins it: شهر کرج.
		{"place head", "در شهر کرج", "O O B-LOC", "O B-LOC I-LOC"},
		// A compass word pair joins the place: شمال غرب اربیل.
		{"directions", "در شمال غرب اربیل", "O O O B-LOC", "O B-LOC I-LOC I-LOC"},
		// A head noun not before a place stays out.
		{"head alone", "این شهر زیباست", "O O O", "O O O"},
		// An organisation right before a place: the branch's place is part of it.
		{"org branch place", "دانشگاه آزاد تهران", "B-ORG I-ORG B-LOC", "B-ORG I-ORG I-ORG"},
		// A branch word between them joins too.
		{"org branch word", "دانشگاه آزاد واحد زاهدان", "B-ORG I-ORG O B-LOC", "B-ORG I-ORG I-ORG I-ORG"},
		// A place after an organisation with a word between stays a place.
		{"org then word", "بانک ملی در تهران", "B-ORG I-ORG O B-LOC", "B-ORG I-ORG O B-LOC"},
		// A person before a place is left alone.
		{"person place", "علی تهران", "B-PER B-LOC", "B-PER B-LOC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, tags := strings.Fields(tt.tokens), strings.Fields(tt.tags)
			widenSpans(toks, tags)
			if want := strings.Fields(tt.want); !slices.Equal(tags, want) {
				t.Errorf("%s: got %v, want %v", tt.tokens, tags, want)
			}
		})
	}
}
