package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"khabar/text"
)

// devDir holds the shared development articles.
const devDir = "../../../shared/eval/dev"

// simpleKey folds sentence text for the tests: half-spaces and spaces removed.
func simpleKey(s string, sents []text.Sentence) func(int) string {
	return func(i int) string {
		return strings.Map(func(r rune) rune {
			if r == '\u200c' || r == ' ' {
				return -1
			}
			return r
		}, s[sents[i].Start:sents[i].End])
	}
}

// checkSentences reports any sentence that is empty, out of bounds, not on
// a rune boundary, out of order, overlapping, or untrimmed, and any rune
// outside every sentence that is not blank.
func checkSentences(t *testing.T, name, s string, sents []text.Sentence) {
	t.Helper()
	starts := runeStarts(s)
	prevEnd := 0
	for i, st := range sents {
		switch {
		case st.Index != i:
			t.Errorf("%s: sentence %d has Index %d", name, i, st.Index)
		case st.Len() <= 0 || !st.In(len(s)):
			t.Fatalf("%s: sentence %d span %v empty or outside [0,%d]", name, i, st.Span, len(s))
		case !starts[st.Start] || !starts[st.End]:
			t.Fatalf("%s: sentence %d span %v is off a rune boundary", name, i, st.Span)
		case st.Start < prevEnd:
			t.Fatalf("%s: sentence %d span %v overlaps or precedes the previous one ending at %d", name, i, st.Span, prevEnd)
		case st.DuplicateOf != -1:
			t.Errorf("%s: sentence %d: DuplicateOf = %d before MarkDuplicates", name, i, st.DuplicateOf)
		}
		if r, _ := utf8.DecodeRuneInString(s[st.Start:]); classOf(r).isBlank() {
			t.Errorf("%s: sentence %d %q begins with a blank", name, i, s[st.Start:st.End])
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:st.End]); classOf(r).isBlank() {
			t.Errorf("%s: sentence %d %q ends with a blank", name, i, s[st.Start:st.End])
		}
		for _, r := range s[prevEnd:st.Start] {
			if !classOf(r).isBlank() && !isNewline(r) {
				t.Errorf("%s: rune %q before sentence %d lies in no sentence", name, r, i)
			}
		}
		prevEnd = st.End
	}
	for _, r := range s[prevEnd:] {
		if !classOf(r).isBlank() && !isNewline(r) {
			t.Errorf("%s: rune %q after the last sentence lies in no sentence", name, r)
		}
	}
}

func readDev(t *testing.T) map[string]string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no development articles in %s", devDir)
	}
	docs := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		docs[filepath.Base(p)] = string(b)
	}
	return docs
}

// TestDevArticles checks the sentence invariants on every development
// article, that each line yields at least one sentence, and that no
// article other than the seed has a duplicate sentence.
func TestDevArticles(t *testing.T) {
	for name, s := range readDev(t) {
		sents := Sentences(s)
		checkSentences(t, name, s, sents)
		lines := 0
		for _, l := range strings.Split(s, "\n") {
			if strings.TrimSpace(l) != "" {
				lines++
			}
		}
		if len(sents) < lines {
			t.Errorf("%s: %d sentences from %d lines", name, len(sents), lines)
		}
		checkTokens(t, name, s, sents, Tokens(s, sents))
		MarkDuplicates(sents, simpleKey(s, sents))
		dups := 0
		for _, st := range sents {
			if st.DuplicateOf >= 0 {
				dups++
				t.Logf("%s: %q duplicates %q", name, s[st.Start:st.End], s[sents[st.DuplicateOf].Start:sents[st.DuplicateOf].End])
			}
		}
		if want := map[bool]int{true: 1, false: 0}[name == "seed.prs.txt"]; dups != want {
			t.Errorf("%s: %d duplicate sentences, want %d", name, dups, want)
		}
		if testing.Verbose() {
			t.Logf("%s: %d lines, %d sentences", name, lines, len(sents))
		}
	}
}

// TestSeedPullQuote checks the seed's pull quote: its line 8 repeats the
// first sentence of the quotation in line 10, which is the one to keep.
func TestSeedPullQuote(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(devDir, "seed.prs.txt"))
	if err != nil {
		t.Skipf("seed article absent: %v", err)
	}
	s := string(b)
	lines := strings.Split(s, "\n")
	if len(lines) < 10 {
		t.Fatalf("seed has %d lines, want at least 10", len(lines))
	}
	lineStart := func(n int) int { return len(strings.Join(lines[:n], "\n")) + 1 }
	sents := Sentences(s)
	MarkDuplicates(sents, simpleKey(s, sents))
	for _, st := range sents {
		if st.DuplicateOf < 0 {
			continue
		}
		keep := sents[st.DuplicateOf]
		if st.Start != lineStart(7) {
			t.Errorf("duplicate %q does not start line 8", s[st.Start:st.End])
		}
		if keep.Start != lineStart(9) || !keep.Quote {
			t.Errorf("kept sentence %q (Quote %v) is not the quoted first sentence of line 10", s[keep.Start:keep.End], keep.Quote)
		}
		return
	}
	t.Error("no duplicate sentence found in the seed")
}
