package quotes

import (
	"os"
	"strings"
	"testing"

	"khabar/recognize"
)

// benchDocs prepares the test articles (Dari, Iranian Persian, English)
// as the pipeline would, with their entities.
func benchDocs(b *testing.B) ([]recognize.Doc, [][]recognize.Entity, int) {
	b.Helper()
	var docs []recognize.Doc
	var ents [][]recognize.Entity
	size := 0
	for _, name := range []string{"testdata/kabul.prs.txt", "testdata/tehran.fas.txt", "testdata/almaty.eng.txt"} {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		lang := "fa"
		if strings.HasSuffix(name, ".eng.txt") {
			lang = "en"
		}
		d := makeDoc(lang, "2025-11-07", string(raw))
		docs = append(docs, d)
		ents = append(ents, testRecognizer(b).Recognize(d))
		size += len(raw)
	}
	return docs, ents, size
}

// BenchmarkFind measures Find alone on realistic articles; the bytes are
// article bytes.
func BenchmarkFind(b *testing.B) {
	docs, ents, size := benchDocs(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Find(d, ents[i])
		}
	}
}

// BenchmarkRecognizeAndFind measures the recognizer and Find together, as
// the pipeline runs them.
func BenchmarkRecognizeAndFind(b *testing.B) {
	docs, _, size := benchDocs(b)
	r := testRecognizer(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Find(d, r.Recognize(d))
		}
	}
}
