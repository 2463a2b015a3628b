package triggers

import (
	"strings"
	"testing"

	"khabar/text/fa"
)

// BenchmarkLoad measures loading the built-in lexicon and generating and
// indexing every surface form: the start-up cost of the coder.
func BenchmarkLoad(b *testing.B) {
	for range b.N {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch measures matching the built-in lexicon over the tokens of
// Dari news sentences written for the benchmark.
func BenchmarkMatch(b *testing.B) {
	l, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sents := []string{
		"وزیران خارجهٔ افغانستان و ازبکستان روز سه‌شنبه در کابل دیدار کردند و دربارهٔ خط آهن گفت‌وگو کردند",
		"دو طرف توافق کردند که حجم تجارت را تا سه سال آینده به سه میلیارد دالر برسانند",
		"نیروهای امنیتی ده تن را در ولایت هرات بازداشت کردند و مقام‌ها این حمله را محکوم کردند",
	}
	var keys [][]string
	size := 0
	for _, s := range sents {
		var k []string
		for _, w := range strings.Fields(s) {
			k = append(k, fa.FoldKey(w))
		}
		keys = append(keys, k)
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, k := range keys {
			l.Match("fa", k)
		}
	}
}
