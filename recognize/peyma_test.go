package recognize

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// peymaPath is the PEYMA development set (token|TAG per line, BIO with _),
// read in place for evaluation only.
const peymaPath = "../../shared/eval/ner/peyma-dev.txt"

type peymaSpan struct {
	sent, start, end int // tokens [start, end) of sentence sent
	typ              string
}

// TestPeymaF1 tags the PEYMA development sentences with the recognizer
// (names only: no adjectives, pronouns, agents or events) and logs the
// exact-span F1 per type, as `khabar tag` will be scored.
func TestPeymaF1(t *testing.T) {
	f, err := os.Open(peymaPath)
	if err != nil {
		t.Skip("no PEYMA set at " + peymaPath)
	}
	defer f.Close()
	var sents [][]string
	var gold []peymaSpan
	var cur []string
	var open *peymaSpan
	flush := func() {
		if open != nil {
			gold = append(gold, *open)
			open = nil
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		i := strings.LastIndexByte(line, '|')
		if i < 0 {
			continue
		}
		tok, tag := line[:i], line[i+1:]
		typ := ""
		if len(tag) > 2 {
			typ = tag[2:]
		}
		switch {
		case strings.HasPrefix(tag, "B_"):
			flush()
			open = &peymaSpan{len(sents), len(cur), len(cur) + 1, typ}
		case strings.HasPrefix(tag, "I_") && open != nil && open.typ == typ:
			open.end = len(cur) + 1
		default:
			flush()
		}
		cur = append(cur, tok)
	}
	flush()
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	r := builtinRecognizer(t)
	var pred []peymaSpan
	// Sentences are recognized in articles of 20, so that linking works
	// across them as it would in news; PEYMA_ARTICLE=1 takes them one by
	// one, as `khabar eval ner` does.
	per := 20
	if os.Getenv("PEYMA_ARTICLE") == "1" {
		per = 1
	}
	for s0 := 0; s0 < len(sents); s0 += per {
		var body strings.Builder
		var starts, ends [][]int
		for s := s0; s < min(s0+per, len(sents)); s++ {
			var st, en []int
			for k, tok := range sents[s] {
				if k > 0 {
					body.WriteByte(' ')
				}
				st = append(st, body.Len())
				body.WriteString(tok)
				en = append(en, body.Len())
			}
			body.WriteByte('\n')
			starts, ends = append(starts, st), append(ends, en)
		}
		for _, e := range r.Recognize(makeDoc("fa", "", body.String())) {
			if e.Adjective || e.Source == SourceCoref || e.IsAgent() || e.Type == "EVT" {
				continue
			}
			for s := range starts {
				a, b := -1, -1
				for k := range starts[s] {
					if starts[s][k] <= e.Start && e.Start < ends[s][k] {
						a = k
					}
					if starts[s][k] < e.End && e.End <= ends[s][k] {
						b = k + 1
					}
				}
				if a >= 0 && b > a {
					pred = append(pred, peymaSpan{s0 + s, a, b, e.Type})
				}
			}
		}
	}
	scores := map[string]*prf{}
	for _, typ := range []string{"PER", "ORG", "LOC", "all"} {
		scores[typ] = &prf{}
	}
	goldSet := map[peymaSpan]bool{}
	for _, g := range gold {
		if g.typ == "PER" || g.typ == "ORG" || g.typ == "LOC" {
			goldSet[g] = true
			scores[g.typ].gold++
			scores["all"].gold++
		}
	}
	for _, p := range pred {
		scores[p.typ].pred++
		scores["all"].pred++
		if goldSet[p] {
			scores[p.typ].tp++
			scores["all"].tp++
		}
	}
	for _, typ := range []string{"PER", "ORG", "LOC", "all"} {
		t.Logf("PEYMA dev %s: %v", typ, scores[typ])
	}
	if os.Getenv("PEYMA_ERRORS") != "" {
		predSet := map[peymaSpan]bool{}
		for _, p := range pred {
			predSet[p] = true
			if !goldSet[p] {
				t.Logf("false %s: %s", p.typ, strings.Join(sents[p.sent][p.start:p.end], " "))
			}
		}
		for g := range goldSet {
			if !predSet[g] {
				t.Logf("missed %s: %s", g.typ, strings.Join(sents[g.sent][g.start:g.end], " "))
			}
		}
	}
}
