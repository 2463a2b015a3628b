package pipeline

import (
	"slices"
	"strings"
	"testing"
)

func TestTagBodies(t *testing.T) {
	tests := []struct {
		name, tokens, tags, want string
	}{
		// A government named by its country is an organisation.
		{"government of a country", "از دولت آمریکا خواست", "O O B-LOC O", "O B-ORG I-ORG O"},
		// A government named by its leader is an organisation, the leader's name inside.
		{"government of a leader", "سیاست دولت باراک اوباما", "O O B-PER I-PER", "O B-ORG I-ORG I-ORG"},
		// A regime named by its country.
		{"regime", "سقوط رژیم بحرین", "O O B-LOC", "O B-ORG I-ORG"},
		// دولت alone stays untagged.
		{"government alone", "دولت لایحه را داد", "O O O O", "O O O O"},
		// A team head joins the club after it.
		{"team head", "برابر تیم مس کرمان", "O O B-ORG I-ORG", "O B-ORG I-ORG I-ORG"},
		// The world is a place.
		{"world", "در جهان رایج نیست", "O O O O", "O B-LOC O O"},
		// A title's body: its field and its province make one organisation.
		{"titled body", "مدیرکل محیط زیست استان البرز گفت", "O O O B-LOC I-LOC O", "O B-ORG I-ORG I-ORG I-ORG O"},
		// A title before a function word and a place: no body.
		{"title then preposition", "رئیس در تهران گفت", "O O B-LOC O", "O O B-LOC O"},
		// A title before a list of places: the places stay places.
		{"title then list", "رئیس محیط زیست تهران و البرز", "O O O B-LOC O B-LOC", "O O O B-LOC O B-LOC"},
		// رئیس جمهور before a country is a title of the country, not a body.
		{"head of state", "رئیس جمهور ایران گفت", "O O B-LOC O", "O O B-LOC O"},
		// A title is left out of a person's full name.
		{"commander", "سردار قاسم سلیمانی گفت", "B-PER I-PER I-PER O", "O B-PER I-PER O"},
		// A title with a single name stays in it.
		{"sheikh and one name", "شیخ سلمان آمد", "B-PER I-PER O", "B-PER I-PER O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, tags := strings.Fields(tt.tokens), strings.Fields(tt.tags)
			tagBodies(toks, tags)
			if want := strings.Fields(tt.want); !slices.Equal(tags, want) {
				t.Errorf("%s: got %v, want %v", tt.tokens, tags, want)
			}
		})
	}
}
