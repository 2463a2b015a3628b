package gen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMinBytes checks that every body reaches MinBytes, and that without
// it bodies stay short.
func TestMinBytes(t *testing.T) {
	for _, min := range []int{0, 3000} {
		g := New(7)
		g.MinBytes = min
		for range 200 {
			a := g.Next()
			if len(a.Body) < min {
				t.Fatalf("MinBytes %d: body of %d bytes", min, len(a.Body))
			}
			if min == 0 && len(a.Body) > 2500 {
				t.Fatalf("no MinBytes: body of %d bytes", len(a.Body))
			}
		}
	}
}

// TestWriteDir checks that WriteDir writes one dated text file per
// article, its first line the date and the title.
func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	if err := New(1).WriteDir(dir, 5); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 5 {
		t.Fatalf("%d files, want 5", len(files))
	}
	data, err := os.ReadFile(filepath.Join(dir, "gen-1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	first, body, _ := strings.Cut(string(data), "\n")
	if !strings.HasPrefix(first, "date 2025-") || len(body) < 100 {
		t.Errorf("gen-1.txt: first line %q, body of %d bytes", first, len(body))
	}
}
