package pipeline

import (
	"strings"

	"khabar/text/fa"
)

// The span conventions of the standard Persian NER sets (PEYMA, ArmanNER)
// differ from the recognizer's mentions, which name an actor as briefly as
// its lexicon entry: there a place's head noun and a compass direction
// belong to the place (شهر کرج, شمال اربیل), and an organisation followed
// by the place of its branch is one name (دانشگاه آزاد تهران). Tag widens
// its spans so.

// placeHeads are the nouns that join the place name right after them.
var placeHeads = foldedSet("شهر", "کشور", "استان", "شهرستان", "منطقه", "ناحیه", "روستای", "روستا", "بخش",
	"جزیره", "جزایر", "ولایت", "ولسوالی", "ایالت", "بندر", "دهستان", "قاره", "city", "province")

// directions are the compass words that join the place name after them,
// alone or in pairs (شمال غرب).
var directions = foldedSet("شمال", "جنوب", "شرق", "غرب", "مرکز", "حومه", "شمالی", "جنوبی", "شرقی", "غربی")

// branchWords stand between an organisation and the place of its branch.
var branchWords = foldedSet("واحد", "شعبه", "نمایندگی")

func foldedSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[fa.FoldKey(w)] = true
	}
	return m
}

// widenSpans applies the span conventions to BIO tags, in place, those of
// tagBodies first.
func widenSpans(tokens, tags []string) {
	tagBodies(tokens, tags)
	key := func(i int) string { return fa.FoldKey(strings.ToLower(tokens[i])) }
	// A head noun or compass words before a place: back the B- over them.
	for i := range tags {
		if tags[i] != "B-LOC" {
			continue
		}
		j := i
		for j > 0 && j > i-2 && tags[j-1] == "O" && directions[key(j-1)] {
			j--
		}
		if j == i && i > 0 && tags[i-1] == "O" && placeHeads[key(i-1)] {
			j--
		}
		if j < i {
			tags[j] = "B-LOC"
			for k := j + 1; k <= i; k++ {
				tags[k] = "I-LOC"
			}
		}
	}
	// An organisation right followed by a place (or a branch word and a
	// place): the place is the branch, part of the name.
	for i := 0; i+1 < len(tags); i++ {
		if !strings.HasSuffix(tags[i], "-ORG") || tags[i+1] == "I-ORG" {
			continue
		}
		next := i + 1
		if tags[next] == "O" && branchWords[key(next)] && next+1 < len(tags) && tags[next+1] == "B-LOC" {
			tags[next] = "I-ORG"
			next++
		}
		if tags[next] != "B-LOC" {
			continue
		}
		for k := next; k < len(tags) && (k == next || tags[k] == "I-LOC"); k++ {
			tags[k] = "I-ORG"
		}
	}
}
