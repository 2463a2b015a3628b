package warc

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

var fetched = time.Date(2025, 11, 16, 8, 0, 0, 0, time.UTC)

// sample is a small crawl: the records a crawler writes around two pages.
var sample = []Fixture{
	{Type: "warcinfo", Date: fetched, Body: "software: khabar-test\r\n"},
	{Type: "request", URL: "https://pamir.example.af/news/8802", Date: fetched, Body: "GET /news/8802 HTTP/1.1\r\n\r\n"},
	{Type: "response", URL: "https://pamir.example.af/news/8802", Date: fetched, ContentType: "text/html; charset=utf-8", Body: "<html><body><p>سیلاب</p></body></html>"},
	{Type: "response", URL: "https://pamir.example.af/logo.png", Date: fetched, ContentType: "image/png", Body: "\x89PNG"},
	{Type: "response", URL: "https://pamir.example.af/gone", Date: fetched, Status: 404, ContentType: "text/html", Body: "<p>not found</p>"},
	{Type: "response", URL: "https://nsh.example.ir/big", Date: fetched, ContentType: "text/html", Body: strings.Repeat("x", 300)},
	{Type: "metadata", URL: "https://pamir.example.af/news/8802", Date: fetched, Body: "via: x\r\n"},
	{Type: "response", URL: "https://nsh.example.ir/1", Date: fetched, ContentType: "text/html; charset=windows-1256", Body: "<p>\xe3\xcd\xd3</p>"},
}

func build(t testing.TB, records []Fixture, gz bool) []byte {
	var b bytes.Buffer
	for _, r := range records {
		if err := WriteFixture(&b, r, gz); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func TestRecords(t *testing.T) {
	want := []string{
		"1 skip=warcinfo",
		"2 skip=request",
		"3 html https://pamir.example.af/news/8802 2025-11-16T08:00:00Z text/html; charset=utf-8 <html><body><p>سیلاب</p></body></html>",
		"4 skip=response not HTML",
		"5 skip=response status 404",
		"6 error: record 6 (byte N): warc: payload too large: HTML payload of https://nsh.example.ir/big longer than 200 bytes, skipped",
		"7 skip=metadata",
		"8 html https://nsh.example.ir/1 2025-11-16T08:00:00Z text/html; charset=windows-1256 <p>\xe3\xcd\xd3</p>",
	}
	for _, gz := range []bool{false, true} {
		var got []string
		for r, err := range Records(bytes.NewReader(build(t, sample, gz)), 200) {
			switch {
			case err != nil:
				var re *RecordError
				if !errors.As(err, &re) || re.Index != r.Index {
					t.Fatalf("error %v is not a *RecordError of record %d", err, r.Index)
				}
				msg := strings.Replace(err.Error(), fmt.Sprintf("byte %d", re.Offset), "byte N", 1)
				got = append(got, fmt.Sprintf("%d error: %s", r.Index, msg))
			case r.Skip != "":
				got = append(got, fmt.Sprintf("%d skip=%s", r.Index, r.Skip))
			default:
				got = append(got, fmt.Sprintf("%d html %s %s %s %s", r.Index, r.URL, r.Fetched.Format(time.RFC3339), r.ContentType, r.Payload))
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("gzip %v:\ngot:\n  %s\nwant:\n  %s", gz, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
	}
}

func TestRecordsGarbage(t *testing.T) {
	data := append(build(t, sample[:3], false), "this is not WARC at all"...)
	var last error
	n := 0
	for _, err := range Records(bytes.NewReader(data), 1<<20) {
		n++
		last = err
	}
	if !errors.Is(last, ErrBadRecord) || n != 4 {
		t.Errorf("%d records, last error %v; want 4 and ErrBadRecord", n, last)
	}
}

func FuzzRecords(f *testing.F) {
	f.Add(build(f, sample, false))
	f.Add(build(f, sample[2:4], true))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 1 << 10
		n := 0
		for r, err := range Records(bytes.NewReader(data), max) {
			if n++; n > len(data)+1 {
				t.Fatalf("more records (%d) than bytes", n)
			}
			if err == nil && len(r.Payload) > max {
				t.Fatalf("payload of %d bytes passed the cap", len(r.Payload))
			}
		}
	})
}

// BenchmarkRecords streams a generated WARC of 10,000 records (half HTML
// responses, gzip) and reports the heap in use after the stream, which
// must not grow with the file.
func BenchmarkRecords(b *testing.B) {
	data := GenerateCrawl(b, 10_000, true)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range Records(bytes.NewReader(data), 1<<20) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 10_000 {
			b.Fatalf("%d records", n)
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "MiB-heap")
}

// GenerateCrawl builds a WARC of n records: request and response pairs.
func GenerateCrawl(t testing.TB, n int, gz bool) []byte {
	var b bytes.Buffer
	page := "<html lang=\"fa-AF\"><body><h1>خبر</h1><p>" + strings.Repeat("مقام‌های محلی در بدخشان می‌گویند سیلاب سه قریه را زیر آب برده است. ", 40) + "</p></body></html>"
	for i := range n {
		f := Fixture{Type: "request", URL: fmt.Sprintf("https://pamir.example.af/news/%d", i/2), Date: fetched, Body: "GET / HTTP/1.1\r\n\r\n"}
		if i%2 == 1 {
			f = Fixture{Type: "response", URL: f.URL, Date: fetched, ContentType: "text/html; charset=utf-8", Body: page}
		}
		if err := WriteFixture(&b, f, gz); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}
