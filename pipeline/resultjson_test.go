package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"khabar/article"
)

// encodingJSON is what extract wrote before AppendJSON: the Result through
// an encoding/json Encoder that leaves HTML characters alone.
func encodingJSON(t testing.TB, r *Result) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestAppendJSONIsEncodingJSON extracts the bundled demo articles and the
// dev articles (when ../shared is there), with and without tokens, and
// checks that AppendJSON writes every result byte for byte as
// encoding/json does.
func TestAppendJSONIsEncodingJSON(t *testing.T) {
	var files []string
	for _, glob := range []string{"../examples/demo/*.txt", "../../shared/eval/dev/*.txt"} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no articles to extract")
	}
	for _, tokens := range []bool{false, true} {
		cfg := DefaultConfig()
		cfg.Tokens = tokens
		p, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for a, err := range article.ReadFrom(bytes.NewReader(data), f, article.Auto, article.DefaultOptions()) {
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				r, err := p.Extract(context.Background(), a)
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				got, err := r.AppendJSON(nil)
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				if want := encodingJSON(t, &r); !bytes.Equal(got, want) {
					t.Errorf("%s (tokens %v):\n got %s\nwant %s", f, tokens, got, want)
				}
			}
		}
	}
}

// TestAppendJSONEdges checks the values real articles rarely hold.
func TestAppendJSONEdges(t *testing.T) {
	dup := 3
	for _, c := range []struct {
		name string
		r    Result
	}{
		// nil slices are null, as in encoding/json
		{"empty", Result{}},
		// empty, non-nil slices are [] (tokens, omitempty, left out)
		{"empty slices", Result{Sentences: []Sentence{}, Tokens: []Token{}, Entities: []Entity{}, Amounts: []Amount{}, Events: []Event{{Context: []string{}, Actor: []Party{}, Amounts: []string{}, Mentions: []int{}}}, Quotes: []Quote{}}},
		// control characters, quotes, backslashes, HTML, U+2028/9, bad UTF-8
		{"strings", Result{KhabarVersion: "a\"b\\c\x00\x01\x1f\b\f\n\r\t<>&\u2028\u2029\xff\xc3(\u200c«»", Article: article.Article{Title: "\x7f\ufffd", Body: "تنگستن\u2028"}}},
		// every optional field set, a duplicate sentence, a negative number
		{"optional fields", Result{
			Coded:     true,
			Article:   article.Article{ID: "x", SourceID: "s", Line: 2, Record: 3, URL: "u", Author: "a", Fetched: "f", Summary: true},
			Sentences: []Sentence{{Index: 1, DuplicateOf: &dup, Quote: true}},
			Tokens:    []Token{{Start: 1, End: 2, Kind: "word", Sentence: -1}},
			Entities:  []Entity{{Country: "USA", Sector: "GOV", Wikidata: "Q1", Entry: "per/x", Role: "r", Source: "lexicon"}},
			Amounts:   []Amount{{Unit: "USD", Thing: "jets", Value: -1.5}},
			Events:    []Event{{Mode: "visit", Date: "2025-11-06", DatePrecision: "day", Actor: []Party{{Code: "KAZ", Sector: "GOV", Entity: "e1"}}, Mentions: []int{0, 4}}},
			Quotes:    []Quote{{Direct: true}},
		}},
		// numbers at the ends of the plain-digit range and beyond
		{"floats", Result{Amounts: []Amount{{Value: 1e21}, {Value: 1e20}, {Value: 1e-6}, {Value: 1e-7}, {Value: 123456789012}, {Value: 0.1}, {Value: math.MaxFloat64}, {Value: math.SmallestNonzeroFloat64}, {Value: -0.000001234}}}},
	} {
		got, err := c.r.AppendJSON(nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if want := encodingJSON(t, &c.r); !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, want)
		}
	}
	// a number JSON cannot hold is an error
	r := Result{Events: []Event{{Goldstein: math.NaN()}}}
	if _, err := r.AppendJSON(nil); err == nil {
		t.Error("NaN: no error")
	}
}

// FuzzAppendJSON checks AppendJSON against encoding/json for any string
// and number.
func FuzzAppendJSON(f *testing.F) {
	f.Add("تنگستن", 1.5, 3)
	f.Add("a\"\\\x00<>&\u2028\xff", 1e21, -1)
	f.Add("", 1e-7, 0)
	f.Fuzz(func(t *testing.T, s string, x float64, n int) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		r := Result{
			KhabarVersion: s, Article: article.Article{Body: s, Title: s, URL: s, Line: n},
			Sentences: []Sentence{{Index: n, DuplicateOf: &n}},
			Entities:  []Entity{{Text: s, Canonical: s, Country: s, Start: n}},
			Amounts:   []Amount{{Value: x, Text: s, Unit: s}},
			Events:    []Event{{Type: s, Context: []string{s}, Actor: []Party{{Code: s, Name: s, Entity: s}}, Goldstein: x, Confidence: -x, EventText: s, Mentions: []int{n}}},
			Quotes:    []Quote{{Speaker: s, Text: s, Sentence: n}},
		}
		got, err := r.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := encodingJSON(t, &r); !bytes.Equal(got, want) {
			t.Errorf("\n got %s\nwant %s", got, want)
		}
	})
}

// BenchmarkAppendJSON compares AppendJSON with encoding/json on the
// results of the benchmark articles.
func BenchmarkAppendJSON(b *testing.B) {
	p, err := New(DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	var results []Result
	size := 0
	for _, d := range benchArticles(b) {
		for a, err := range article.ReadFrom(bytes.NewReader([]byte(d)), "bench.txt", article.Auto, article.DefaultOptions()) {
			if err != nil {
				b.Fatal(err)
			}
			r, err := p.Extract(context.Background(), a)
			if err != nil {
				b.Fatal(err)
			}
			results = append(results, r)
			size += len(encodingJSON(b, &r))
		}
	}
	b.Run("append", func(b *testing.B) {
		b.SetBytes(int64(size))
		var buf []byte
		for b.Loop() {
			for i := range results {
				buf, _ = results[i].AppendJSON(buf[:0])
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(size))
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			for i := range results {
				buf.Reset()
				if err := enc.Encode(&results[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
