package zwnj

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"khabar/text"
)

// benchText is the Dari news sample of testdata with every half-space
// stripped, repeated to about 1 MB: the input the restorer sees most.
func benchText(tb testing.TB) string {
	data, err := os.ReadFile("testdata/dari_news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	one := strings.ReplaceAll(string(data), zwnjStr, "")
	return strings.Repeat(one, 1<<20/len(one)+1)
}

// BenchmarkRestoreStripped measures throughput on ZWNJ-stripped news.
func BenchmarkRestoreStripped(b *testing.B) {
	s := benchText(b)
	r := Default()
	var out text.Builder
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out.Reset()
		out.Grow(len(s) + len(s)/8)
		r.Restore(s, &out)
	}
}

// BenchmarkRestoreStrippedUncached is BenchmarkRestoreStripped with the
// word cache off: every word is analysed, as in a text of new words.
func BenchmarkRestoreStrippedUncached(b *testing.B) {
	s := benchText(b)
	r, err := newRestorer(lilakTable, lilakAffixes[:])
	if err != nil {
		b.Fatal(err)
	}
	r.cache = nil
	var out text.Builder
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out.Reset()
		out.Grow(len(s) + len(s)/8)
		r.Restore(s, &out)
	}
}

// BenchmarkRestoreSpaced measures throughput on news whose half-spaces
// were typed as spaces.
func BenchmarkRestoreSpaced(b *testing.B) {
	data, err := os.ReadFile("testdata/dari_news.txt")
	if err != nil {
		b.Fatal(err)
	}
	one := strings.ReplaceAll(string(data), zwnjStr, " ")
	s := strings.Repeat(one, 1<<20/len(one)+1)
	r := Default()
	var out text.Builder
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out.Reset()
		out.Grow(len(s) + len(s)/8)
		r.Restore(s, &out)
	}
}

// BenchmarkLoad measures building the lexicon index from the embedded
// table, and reports the heap it keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := newRestorer(lilakTable, lilakAffixes[:]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(heapAfterLoad(b))/(1<<20), "heapMB")
}

// heapAfterLoad returns the live heap that one loaded restorer adds.
func heapAfterLoad(tb testing.TB) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, err := newRestorer(lilakTable, lilakAffixes[:])
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(r)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

// BenchmarkWithWords measures building a restorer that knows 5,000 names.
func BenchmarkWithWords(b *testing.B) {
	names := syntheticNames(5000)
	r := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.WithWords(names)
	}
}

// BenchmarkRestoreStrippedWithWords is BenchmarkRestoreStripped with a
// restorer that knows 5,000 names (WithWords).
func BenchmarkRestoreStrippedWithWords(b *testing.B) {
	s := benchText(b)
	r := Default().WithWords(syntheticNames(5000))
	var out text.Builder
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out.Reset()
		out.Grow(len(s) + len(s)/8)
		r.Restore(s, &out)
	}
}

// BenchmarkRestoreStrippedWithWordsUncached is the uncached variant.
func BenchmarkRestoreStrippedWithWordsUncached(b *testing.B) {
	s := benchText(b)
	r := Default().WithWords(syntheticNames(5000))
	r.cache = nil
	var out text.Builder
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out.Reset()
		out.Grow(len(s) + len(s)/8)
		r.Restore(s, &out)
	}
}
