package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree makes files under a temporary folder and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// sourcesAndOutcomes runs seq and returns "source outcome" lines with the
// root cut from the sources.
func sourcesAndOutcomes(root string, seq func(func(Article, error) bool)) []string {
	var got []string
	for a, err := range seq {
		source := a.Source
		if re, ok := err.(*RecordError); ok {
			source = re.Source
		}
		source = filepath.ToSlash(strings.TrimPrefix(source, root+string(filepath.Separator)))
		got = append(got, source+" "+outcome(a, err))
	}
	return got
}

func TestBatchReadFolder(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.txt":          "date 2025-11-07 خبر اول\nمتن.",
		"b.TXT":          "Plain text.",
		"notes.md":       "# not an article",
		"README":         "no extension",
		".hidden.txt":    "date 2025-11-07 hidden",
		".git/x.txt":     "date 2025-11-07 in a hidden folder",
		"sub/c.jsonl":    `{"text":"C1."}` + "\n" + `{"text":` + "\n" + `{"text":"C3.","date":"2025-11-08"}`,
		"sub/d.ndjson":   `{"body":"D."}`,
		"sub/empty.txt":  "",
		"sub/bin.txt":    "\x00\x01binary",
		"sub/gold.json":  `{"id":"x"}`,
		"sub/bad.txt":    "date 2025-02-30 Bad date\nText.",
		"sub/deep/e.txt": "date 0000-00-00 E",
	})
	symlinked := os.Symlink(filepath.Join(root, "sub"), filepath.Join(root, "z-link")) == nil
	b := NewBatch(DefaultOptions())
	got := sourcesAndOutcomes(root, b.Read(context.Background(), []string{root}))
	sameOutcomes(t, got, []string{
		`a.txt L1 date="2025-11-07" title="خبر اول" body="خبر اول\nمتن."`,
		`b.TXT L1 date="" title="" body="Plain text."`,
		`sub/bad.txt L1 date="" title="Bad date" body="Bad date\nText."`,
		`sub/bad.txt L1 error: bad date`,
		`sub/bin.txt L1 error: binary file, skipped`,
		`sub/c.jsonl L1 date="" title="" body="C1."`,
		`sub/c.jsonl L2 error: malformed JSON line`,
		`sub/c.jsonl L3 date="2025-11-08" title="" body="C3."`,
		`sub/d.ndjson L1 date="" title="" body="D."`,
		`sub/deep/e.txt L1 date="" title="E" body="E"`,
		`sub/empty.txt L1 error: empty file`,
	})
	stats := b.Stats()
	if got, want := stats.String(), "8 files, 7 articles, 4 failed (bad date: 1, binary file, skipped: 1, empty file: 1, malformed JSON line: 1), "; !strings.HasPrefix(got, want) {
		t.Errorf("stats = %q; want prefix %q", got, want)
	}
	for reason, want := range map[string]int{"hidden": 2, "extension .md": 1, "extension .json": 1, "no extension": 1} {
		if stats.SkippedBy[reason] != want {
			t.Errorf("skipped for %q: %d; want %d (all: %v)", reason, stats.SkippedBy[reason], want, stats.SkippedBy)
		}
	}
	if symlinked && stats.SkippedBy["symlinked folder"] != 1 {
		t.Errorf("symlinked folder not skipped once: %v", stats.SkippedBy)
	}
	if stats.OK() {
		t.Error("stats.OK() with failures")
	}
}

func TestBatchReadPaths(t *testing.T) {
	root := writeTree(t, map[string]string{
		"article.md":   "date 2025-11-07 Named directly",
		"feed.json":    `{"text":"Sniffed as JSON Lines."}`,
		".hidden.txt":  "Named directly, so read.",
		"article2.txt": "Second.",
	})
	opts := DefaultOptions()
	opts.Stdin = strings.NewReader(`{"text":"From stdin.","id":"s1"}`)
	paths := []string{
		filepath.Join(root, "article.md"),   // unknown extension named directly: sniffed
		"-",                                 // standard input
		filepath.Join(root, "missing.txt"),  // does not exist
		filepath.Join(root, "feed.json"),    // sniffed as JSON Lines
		filepath.Join(root, ".hidden.txt"),  // hidden, but named
		filepath.Join(root, "article2.txt"), // still read after the failure
	}
	got := sourcesAndOutcomes(root, Read(context.Background(), paths, opts))
	sameOutcomes(t, got, []string{
		`article.md L1 date="2025-11-07" title="Named directly" body="Named directly"`,
		`- L1 date="" title="" body="From stdin." id=s1`,
		`missing.txt L0 error: not found`,
		`feed.json L1 date="" title="" body="Sniffed as JSON Lines."`,
		`.hidden.txt L1 date="" title="" body="Named directly, so read."`,
		`article2.txt L1 date="" title="" body="Second."`,
	})
}

func TestBatchReadStops(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.txt": "A.", "b.txt": "B.", "c.jsonl": `{"text":"C1."}` + "\n" + `{"text":"C2."}`,
	})
	// Breaking out of the loop stops reading.
	n := 0
	for range Read(context.Background(), []string{root}, Options{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("read %d after break; want 1", n)
	}
	// A cancelled context yields its error last.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	for a, err := range Read(ctx, []string{root, root}, Options{}) {
		got = append(got, outcome(a, err))
		cancel()
	}
	sameOutcomes(t, got, []string{`L1 date="" title="" body="A."`, "plain error: canceled"})
}

// TestBatchFileTooLarge checks that a too-large text file is refused from
// its size, before it is read.
func TestBatchFileTooLarge(t *testing.T) {
	root := writeTree(t, map[string]string{"big.txt": strings.Repeat("متن ", 100), "ok.jsonl": `{"text":"` + strings.Repeat("a", 500) + `"}`})
	got := sourcesAndOutcomes(root, Read(context.Background(), []string{root}, Options{MaxFileBytes: 100}))
	if len(got) != 2 || got[0] != "big.txt L1 error: file too large" || !strings.HasPrefix(got[1], "ok.jsonl L1 date") {
		t.Errorf("got %q; want big.txt too large and ok.jsonl read (the file cap is not for JSON Lines)", got)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
		date          string
		wantErr       bool
	}{
		// A dated article is read with its date.
		{"dated", "date 2025-01-02 خبر.\nمتن.", "2025-01-02", false},
		// An impossible date gives the article, dateless, and the error.
		{"bad date", "date 2025-13-45 خبر.\nمتن.", "", true},
		// An empty file is an error.
		{"empty", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".txt")
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			a, err := ReadFile(p, DefaultOptions())
			if (err != nil) != tt.wantErr || a.Date != tt.date {
				t.Errorf("ReadFile = %q, %v; want date %q, error %v", a.Date, err, tt.date, tt.wantErr)
			}
		})
	}
}
