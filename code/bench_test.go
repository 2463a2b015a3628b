package code

import (
	"strings"
	"testing"
)

// BenchmarkCode codes a realistic article of about 3 KB (the golden
// Dari, Iranian and English articles together, in their languages), the
// Input prepared outside the loop as the pipeline prepares it.
func BenchmarkCode(b *testing.B) {
	_, coder := setup(b)
	var ins []Input
	size := 0
	for _, f := range []struct{ path, lang string }{
		{"testdata/golden/dari.txt", "fa"}, {"testdata/golden/iranian.txt", "fa"}, {"testdata/golden/english.txt", "en"},
	} {
		a := readArticle(b, f.path)
		body := strings.Repeat(a.Body+"\n", 2)
		ins = append(ins, makeInput(b, f.lang, a.Date, body))
		size += len(body)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			coder.Code(in)
		}
	}
}
