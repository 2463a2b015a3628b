package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// devDir is the evaluation dev set, reached from this package's folder.
const devDir = "../../shared/eval/dev"

// TestReadDevSet reads the whole dev folder: every .txt file is one dated
// article with a valid date and a non-empty body, the gold .json files are
// skipped, and nothing fails.
func TestReadDevSet(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("no dev set: %v", err)
	}
	texts, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	b := NewBatch(DefaultOptions())
	seen := map[string]Article{}
	for a, err := range b.Read(context.Background(), []string{devDir}) {
		if err != nil {
			t.Errorf("dev set: %v", err)
			continue
		}
		seen[filepath.Base(a.Source)] = a
		if strings.TrimSpace(a.Body) == "" || !utf8.ValidString(a.Body) {
			t.Errorf("%s: body empty or not UTF-8", a.Source)
		}
		if strings.HasPrefix(a.Body, "date ") || strings.HasPrefix(a.Body, " ") {
			t.Errorf("%s: body starts with the header or a space: %.30q", a.Source, a.Body)
		}
		if a.Date != "" {
			if d, err := ParseDate(a.Date); err != nil || d != a.Date {
				t.Errorf("%s: date %q not valid", a.Source, a.Date)
			}
		}
		if a.Title != "" && !strings.HasPrefix(a.Body, a.Title) {
			t.Errorf("%s: title %q is not the body's first line", a.Source, a.Title)
		}
	}
	if len(seen) != len(texts) {
		t.Errorf("read %d articles from %d .txt files", len(seen), len(texts))
	}
	if seed, ok := seen["seed.prs.txt"]; !ok || seed.Date != "2025-11-07" || seed.Line != 1 {
		t.Errorf("seed.prs.txt: date %q line %d; want 2025-11-07 line 1", seed.Date, seed.Line)
	}
	stats := b.Stats()
	if stats.Failed != 0 || stats.SkippedBy["extension .json"] == 0 {
		t.Errorf("stats: %v", stats)
	}
	t.Logf("dev set: %v", stats)
}
