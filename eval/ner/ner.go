package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Sentence is one sentence of tokens with their gold tags (BIO, written
// B-PER, I-PER, O; the reader turns PEYMA's B_PER into B-PER).
type Sentence struct {
	Tokens []string
	Tags   []string
	Line   int // the line of the first token
}

// Read reads token-per-line data: "token|TAG" or "token<TAB>TAG" or a bare
// token, a blank line between sentences.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	cur := Sentence{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		tok, tag := text, "O"
		if i := strings.LastIndexAny(text, "|\t"); i > 0 {
			tok, tag = text[:i], text[i+1:]
		}
		if len(cur.Tokens) == 0 {
			cur.Line = line
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Tags = append(cur.Tags, NormalizeTag(tag))
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: line %d: %w", line+1, err)
	}
	return out, nil
}

// NormalizeTag writes a BIO tag as B-TYPE, I-TYPE or O.
func NormalizeTag(tag string) string {
	tag = strings.TrimSpace(tag)
	if tag == "" || tag == "O" {
		return "O"
	}
	return strings.Replace(tag, "_", "-", 1)
}

// Span is one entity: its type and its token range [Start, End).
type Span struct {
	Type       string
	Start, End int
}

// Spans reads the entity spans of a BIO tag sequence. An I- tag that does
// not continue an entity of its type starts one.
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); {
		t := tags[i]
		if t == "O" || len(t) < 3 {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{Type: typ, Start: i, End: j})
		i = j
	}
	return out
}

// Counts tallies one entity type.
type Counts struct{ Matched, Predicted, Gold int }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	if c.Predicted == 0 || c.Gold == 0 || c.Matched == 0 {
		return 0
	}
	p, r := float64(c.Matched)/float64(c.Predicted), float64(c.Matched)/float64(c.Gold)
	return 2 * p * r / (p + r)
}

// Precision is Matched/Predicted.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Predicted) }

// Recall is Matched/Gold.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score tallies exact-span matches per type over sentences, counting only
// the given types (all when types is empty); "ALL" sums them.
func Score(gold, pred [][]string, types []string) map[string]Counts {
	keep := func(t string) bool {
		if len(types) == 0 {
			return true
		}
		for _, x := range types {
			if x == t {
				return true
			}
		}
		return false
	}
	out := map[string]Counts{}
	for i := range gold {
		g := map[Span]bool{}
		for _, s := range Spans(gold[i]) {
			if keep(s.Type) {
				g[s] = true
				c := out[s.Type]
				c.Gold++
				out[s.Type] = c
			}
		}
		for _, s := range Spans(pred[i]) {
			if !keep(s.Type) {
				continue
			}
			c := out[s.Type]
			c.Predicted++
			if g[s] {
				c.Matched++
			}
			out[s.Type] = c
		}
	}
	var all Counts
	for _, c := range out {
		all.Matched += c.Matched
		all.Predicted += c.Predicted
		all.Gold += c.Gold
	}
	out["ALL"] = all
	return out
}

// Write prints the scores as a table, types in order and ALL last.
func Write(w io.Writer, scores map[string]Counts) {
	var types []string
	for t := range scores {
		if t != "ALL" {
			types = append(types, t)
		}
	}
	sort.Strings(types)
	types = append(types, "ALL")
	fmt.Fprintf(w, "%-5s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "match", "pred", "gold")
	for _, t := range types {
		c := scores[t]
		fmt.Fprintf(w, "%-5s %9.3f %9.3f %9.3f %7d %7d %7d\n", t, c.Precision(), c.Recall(), c.F1(), c.Matched, c.Predicted, c.Gold)
	}
}
