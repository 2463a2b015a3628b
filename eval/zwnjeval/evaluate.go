package zwnjeval

import (
	"io"
	"strings"
)

// Input names one way of damaging the gold text.
type Input string

const (
	// Deleted is the gold with every ZWNJ removed: می‌کنیم → میکنیم.
	Deleted Input = "zwnj-deleted"
	// Spaced is the gold with every ZWNJ replaced by a space: می کنیم.
	Spaced Input = "zwnj-spaced"
)

// Damage makes the input of kind in from a gold sentence.
func Damage(gold string, in Input) string {
	if in == Spaced {
		return strings.ReplaceAll(gold, string(zwnjRune), " ")
	}
	return strings.ReplaceAll(gold, string(zwnjRune), "")
}

// Mismatch is one gold boundary the output got wrong.
type Mismatch struct {
	Sentence int      // index of the sentence
	Gold     string   // the gold sentence
	Output   string   // the normalizer's output
	Word     string   // the gold text around the boundary
	Want     Boundary // the gold boundary
	Got      Boundary // the output's boundary
	Aligned  bool     // false when the boundary's letters were not found in the output
}

// Evaluate reads a CoNLL-U treebank from r and scores normalize on both
// damaged inputs of every "# text =" sentence.
func Evaluate(r io.Reader, normalize func(string) string) (Report, error) {
	return EvaluateFunc(r, normalize, nil)
}

// EvaluateFunc is Evaluate that also calls onMismatch (when not nil) for
// every boundary the output got wrong.
func EvaluateFunc(r io.Reader, normalize func(string) string, onMismatch func(Input, Mismatch)) (Report, error) {
	sents, err := ReadSentences(r)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Sentences: len(sents), Deleted: Score{Input: Deleted}, Spaced: Score{Input: Spaced}}
	for i, gold := range sents {
		for _, sc := range []*Score{&rep.Deleted, &rep.Spaced} {
			out := normalize(Damage(gold, sc.Input))
			var cb func(Mismatch)
			if onMismatch != nil {
				in := sc.Input
				cb = func(m Mismatch) { m.Sentence = i; onMismatch(in, m) }
			}
			sc.add(gold, out, cb)
		}
	}
	rep.Deleted.finish()
	rep.Spaced.finish()
	return rep, nil
}

// add compares one output with its gold sentence.
func (sc *Score) add(gold, out string, onMismatch func(Mismatch)) {
	gc, gb := chars(gold)
	oc, ob := chars(out)
	m := align(gc, oc)
	for i := 1; i < len(gc); i++ {
		want := gb[i]
		got := want
		aligned := m[i] >= 0 && m[i-1] >= 0 && m[i] == m[i-1]+1
		if aligned {
			got = ob[m[i]]
		} else {
			sc.Unaligned++
			got = None
			if want == None {
				got = Space // count a lost boundary as changed
			}
		}
		if want == ZWNJ {
			sc.GoldZWNJ++
		} else {
			sc.NonZWNJ++
			if got != want {
				sc.Changed++
			}
		}
		switch {
		case want == ZWNJ && got == ZWNJ:
			sc.TruePositive++
		case want == ZWNJ:
			sc.FalseNegative++
		case got == ZWNJ:
			sc.FalsePositive++
		}
		if got != want && onMismatch != nil {
			onMismatch(Mismatch{Gold: gold, Output: out, Word: around(gold, gc, i), Want: want, Got: got, Aligned: aligned})
		}
	}
}

// around returns the gold word (text between spaces) holding character i.
func around(gold string, gc []rune, i int) string {
	rs := []rune(gold)
	// find the i-th non-space, non-ZWNJ character in rs
	n := -1
	pos := 0
	for p, r := range rs {
		if r == zwnjRune || r == ' ' || r == '\t' || r == '\n' {
			continue
		}
		n++
		if n == i {
			pos = p
			break
		}
	}
	start, end := pos, pos
	for start > 0 && rs[start-1] != ' ' {
		start--
	}
	// include the word before when the boundary is a space
	if start > 0 && start == pos {
		start--
		for start > 0 && rs[start-1] != ' ' {
			start--
		}
	}
	for end < len(rs) && rs[end] != ' ' {
		end++
	}
	return string(rs[start:end])
}
