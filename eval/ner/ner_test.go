package ner

import (
	"strings"
	"testing"
)

func TestReadAndSpans(t *testing.T) {
	in := "کرج|B_LOC\nشهر|O\n\nمحیط|B_ORG\nزیست|I_ORG\nالبرز|I_ORG\nبا|O\n"
	sents, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || sents[1].Line != 4 {
		t.Fatalf("sentences %+v", sents)
	}
	// PEYMA's underscore tags are read as B-LOC.
	if sents[0].Tags[0] != "B-LOC" {
		t.Errorf("tag %q", sents[0].Tags[0])
	}
	// A three-token organisation is one span.
	sp := Spans(sents[1].Tags)
	if len(sp) != 1 || sp[0] != (Span{"ORG", 0, 3}) {
		t.Errorf("spans %+v", sp)
	}
}

func TestSpansStrayInside(t *testing.T) {
	// An I- tag with nothing open starts an entity.
	sp := Spans([]string{"O", "I-PER", "I-PER", "B-LOC"})
	if len(sp) != 2 || sp[0] != (Span{"PER", 1, 3}) || sp[1] != (Span{"LOC", 3, 4}) {
		t.Errorf("spans %+v", sp)
	}
}

func TestScore(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC", "B-DAT"}}
	pred := [][]string{{"B-PER", "O", "O", "B-LOC", "O"}}
	s := Score(gold, pred, []string{"PER", "LOC", "ORG"})
	// The person's span is cut short: an exact-span miss and a wrong guess.
	if s["PER"] != (Counts{0, 1, 1}) {
		t.Errorf("PER %+v", s["PER"])
	}
	// The place is exact.
	if s["LOC"] != (Counts{1, 1, 1}) {
		t.Errorf("LOC %+v", s["LOC"])
	}
	// Types left out are not counted.
	if _, ok := s["DAT"]; ok || s["ALL"] != (Counts{1, 2, 2}) {
		t.Errorf("ALL %+v, DAT counted %v", s["ALL"], ok)
	}
}
