package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khabar/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// runCLI runs the khabar command line with args and stdin, returning what it
// wrote and the error it returned.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetArgs(args)
	root.SetIn(strings.NewReader(stdin))
	root.SetOut(&out)
	root.SetErr(&errb)
	err = root.Execute()
	return out.String(), errb.String(), err
}

// TestExtractGolden runs extract on whole articles written for the tests and
// compares the output with testdata/golden/*.golden. Run with -update to
// rewrite them after a deliberate change, and read the diff.
func TestExtractGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			stdout, stderr, err := runCLI(t, "", "extract", f)
			got := stdout
			if err != nil {
				got += "# error: " + stderr
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, rerr := os.ReadFile(golden)
			if rerr != nil {
				t.Fatalf("%v (run go test -update to create it)", rerr)
			}
			if got != string(want) {
				t.Errorf("extract %s differs from %s:\ngot:\n%s\nwant:\n%s", f, golden, got, want)
			}
		})
	}
}

// TestExtractContract checks what every output line must satisfy, whatever
// the article: the contract's version, an id, and sentences whose offsets
// cut the body into trimmed, non-empty, ordered pieces.
func TestExtractContract(t *testing.T) {
	stdout, stderr, err := runCLI(t, "", "extract", "../../examples", "testdata/golden/herat-water.prs.txt")
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) < 6 {
		t.Fatalf("got %d articles, want at least 6", len(lines))
	}
	for _, line := range lines {
		var r pipeline.Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad JSON line: %v", err)
		}
		if r.KhabarVersion != "1" || !strings.HasPrefix(r.Article.ID, "sha256:") {
			t.Errorf("%s: version %q id %q", r.Article.Source, r.KhabarVersion, r.Article.ID)
		}
		prev := 0
		for _, s := range r.Sentences {
			if s.Start < prev || s.End <= s.Start || s.End > len(r.Article.Body) {
				t.Fatalf("%s: sentence %d at [%d,%d) out of order or range", r.Article.Source, s.Index, s.Start, s.End)
			}
			txt := r.Article.Body[s.Start:s.End]
			if strings.TrimSpace(txt) != txt {
				t.Errorf("%s: sentence %d has white space at its ends: %q", r.Article.Source, s.Index, txt)
			}
			prev = s.End
		}
	}
}

// TestExtractPullQuote checks that a sentence repeating one inside an
// earlier quotation is marked as its duplicate.
func TestExtractPullQuote(t *testing.T) {
	stdout, _, err := runCLI(t, "", "extract", "testdata/golden/herat-water.prs.txt")
	if err != nil {
		t.Fatal(err)
	}
	var r pipeline.Result
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	dups := 0
	for _, s := range r.Sentences {
		if s.DuplicateOf != nil {
			dups++
			orig := r.Sentences[*s.DuplicateOf]
			if !strings.Contains(r.Article.Body[orig.Start:orig.End], "استفاده کنند") {
				t.Errorf("sentence %d marked duplicate of %d: %q", s.Index, orig.Index, r.Article.Body[orig.Start:orig.End])
			}
		}
	}
	if dups != 1 {
		t.Errorf("%d duplicates marked, want 1", dups)
	}
	if r.Article.Date != "2025-04-21" || r.Article.Lang != "fa" || r.Article.Variant != "fa-AF" {
		t.Errorf("article date/lang/variant = %q/%q/%q", r.Article.Date, r.Article.Lang, r.Article.Variant)
	}
}

// TestExtractBadRecordKeepsBatch checks that a bad record is reported with
// its file and line, the batch goes on, and the run ends with exit status 1.
func TestExtractBadRecordKeepsBatch(t *testing.T) {
	jsonl := `{"id":"a","date":"2025-01-02","text":"خبر اول."}
{"id":"b", this is not json
{"id":"c","date":"2025-01-03","text":"خبر سوم."}
`
	stdout, stderr, err := runCLI(t, jsonl, "extract", "-")
	if !errors.Is(err, errBatch) || exitCode(err) != 1 {
		t.Fatalf("err = %v, want the batch error", err)
	}
	if n := strings.Count(stdout, "\n"); n != 2 {
		t.Errorf("%d articles printed, want 2", n)
	}
	if !strings.Contains(stderr, "-:2") {
		t.Errorf("stderr does not name line 2 of standard input: %q", stderr)
	}
}

func TestNormalizeCommand(t *testing.T) {
	// One output line per input line; letters unified, spacing fixed.
	stdout, _, err := runCLI(t, "كابل ، هرات\n\nعلي\n", "normalize", "--no-zwnj")
	if err != nil {
		t.Fatal(err)
	}
	if want := "کابل، هرات\n\nعلی\n"; stdout != want {
		t.Errorf("normalize = %q, want %q", stdout, want)
	}
}

func TestNormalizeStreamLongLine(t *testing.T) {
	// A line longer than the piece size is cut at a space and every word
	// still comes out, in order, on one line.
	word := "کابل "
	in := strings.Repeat(word, maxPiece/len(word)*3) + "\nهرات\n"
	var out bytes.Buffer
	if err := normalizeStream(strings.NewReader(in), &out, func(s string) string { return s }); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) != 3 || lines[1] != "هرات" {
		t.Fatalf("got %d lines, second %q", len(lines), lines[1])
	}
	if got, want := len(strings.Fields(lines[0])), maxPiece/len(word)*3; got != want {
		t.Errorf("long line has %d words, want %d", got, want)
	}
}

func TestTagCommand(t *testing.T) {
	// Tokens one per line, a blank line between sentences; tags that come
	// with the tokens are ignored.
	in := "ولادیمیر|B_PER\nپوتین|I_PER\nبه|O\nتاجیکستان|B_LOC\nسفر|O\nکرد|O\n\nکابل\n"
	stdout, _, err := runCLI(t, in, "tag")
	if err != nil {
		t.Fatal(err)
	}
	want := "ولادیمیر\tB-PER\nپوتین\tI-PER\nبه\tO\nتاجیکستان\tB-LOC\nسفر\tO\nکرد\tO\n\nکابل\tB-LOC\n"
	if stdout != want {
		t.Errorf("tag output:\n%s\nwant:\n%s", stdout, want)
	}
}

func TestEvalNER(t *testing.T) {
	// A perfect tagging of a small set scores 1 for the types it has.
	in := "ولادیمیر|B_PER\nپوتین|I_PER\nبه|O\nتاجیکستان|B_LOC\nسفر|O\nکرد|O\n"
	var out bytes.Buffer
	if err := evalNER(&out, strings.NewReader(in), "fa"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "ALL       1.000     1.000     1.000") {
		t.Errorf("report:\n%s", out.String())
	}
}

func TestTotalText(t *testing.T) {
	tests := []struct {
		name   string
		total  int
		capped bool
		want   string
	}{
		// An exact count is printed as it is.
		{"exact", 42, false, "42"},
		// A count the store stopped at says so.
		{"capped", 1000, true, "1000 or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := totalText(tt.total, tt.capped); got != tt.want {
				t.Errorf("totalText(%d, %v) = %q, want %q", tt.total, tt.capped, got, tt.want)
			}
		})
	}
}
