package recognize

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"khabar/internal/cputime"
	"khabar/lexicon"
)

// dariDocs returns Dari articles prepared as the pipeline prepares them:
// the development set's when it is there (read, not copied), else the
// package's own test article.
func dariDocs(tb testing.TB) []Doc {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(devDir, "*.prs.txt"))
	var docs []Doc
	for _, f := range files {
		a := readArticle(tb, f)
		docs = append(docs, makeDoc("fa", a.Date, a.Body))
	}
	if len(docs) == 0 {
		b, err := os.ReadFile("testdata/dari_article.txt")
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, makeDoc("fa", "2025-11-07", string(b)))
	}
	return docs
}

// BenchmarkRecognizeDari measures recognition alone (the text layer is
// done before the timer starts) over Dari news, with the full built-in
// lexicon.
func BenchmarkRecognizeDari(b *testing.B) {
	r := builtinRecognizer(b)
	docs := dariDocs(b)
	n := 0
	for _, d := range docs {
		n += len(d.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Now()
	for range b.N {
		for _, d := range docs {
			r.Recognize(d)
		}
	}
	cputime.Report(b, start, n)
}

// BenchmarkNew measures building the recognizer's automaton from a loaded
// lexicon.
func BenchmarkNew(b *testing.B) {
	lex, _ := lexicon.Load()
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Now()
	for range b.N {
		if _, err := New(lex); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, start, 0)
}

// BenchmarkLoadAndNew measures loading the built-in lexicon and building
// the recognizer, as a command does at start.
func BenchmarkLoadAndNew(b *testing.B) {
	start := cputime.Now()
	for range b.N {
		lex, _ := lexicon.Load()
		if _, err := New(lex); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, start, 0)
}

// TestFootprint checks that the recognizer with the full lexicon stays
// well inside the memory budget (200 MB resident) and logs its heap.
func TestFootprint(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	lex, _ := lexicon.Load()
	r, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("دونالد ترمپ، رئیس‌جمهور ایالات متحده، به قزاقستان سفر کرد. ", 2000)
	r.Recognize(makeDoc("fa", "2025-11-07", body))
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("lexicon of %d entries and recognizer: %.1f MB of heap", lex.Len(), float64(heap)/(1<<20))
	if heap > 100<<20 {
		t.Errorf("heap grew by %d MB, want under 100 MB", heap>>20)
	}
	runtime.KeepAlive(r)
}
