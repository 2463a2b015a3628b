package article

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzOptions keeps every record small, so a fuzz input cannot make a
// reader hold much memory.
var fuzzOptions = Options{MaxLineBytes: 256, MaxFileBytes: 4 << 10}

// fuzzSeeds are starting inputs shared by the fuzz tests.
var fuzzSeeds = []string{
	" date 2025-11-07 خبر\nمتن.",
	"\uFEFF\n\ndate 0000-00-00 عنوان\r\nمتن\r\n",
	"date 2025-13-45 x",
	"date ۱۴۰۴-۰۸-۱۶ خبر",
	"date 2025-11-07",
	"متن ساده بدون سرخط.",
	`{"id":1,"date":"2025-11-07T10:00:00+04:30","title":"t","text":"متن","lang":"prs"}` + "\n" + `{"body":"b"}`,
	`{"text":"a"` + "\n\n" + `{"date":"2025-02-30","text":"b"}`,
	"\xff\xfe" + "d\x00a\x00",
	"\x00binary",
	"\xe1\xf3\xed",
	`<!doctype html><html lang="fa-AF"><head><title>خبر</title><meta name="date" content="۱۵ حوت ۱۴۰۲"></head><body><nav>خانه</nav><article><h1>خبر</h1><p>متن خبر اینجاست و ادامه دارد.</p></article></body></html>`,
	`<?xml version="1.0"?><rss version="2.0"><channel><item><title>t</title><pubDate>۲۵ آبان ۱۴۰۴</pubDate><description>متن</description></item></channel></rss>`,
	`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><content>c</content></entry></feed>`,
	"WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>متن کوتاه</p>\r\n\r\n",
}

// checkRun reads input with format and checks what every reader promises.
func checkRun(t *testing.T, input []byte, format Format) {
	lines := bytes.Count(input, []byte("\n")) + bytes.Count(input, []byte("\r")) + 1
	kind := format
	if kind == Auto {
		kind = sniff(bytes.TrimPrefix(input, []byte(utf8BOM)))
	}
	decoded := bytes.HasPrefix(input, []byte("\xff\xfe")) || bytes.HasPrefix(input, []byte("\xfe\xff"))
	for a, err := range ReadFrom(bytes.NewReader(input), "fuzz", format, fuzzOptions) {
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is not a *RecordError", err)
			}
			if re.Line < 0 || re.Line > lines || re.Source != "fuzz" || (re.Line == 0 && kind < HTML && !errors.Is(err, ErrBadFormat)) {
				t.Fatalf("error %v: line %d outside 1..%d", err, re.Line, lines)
			}
			continue
		}
		if (a.Line < 1 && a.Record < 1) || a.Line > lines || a.Source != "fuzz" {
			t.Fatalf("article line %d outside 1..%d", a.Line, lines)
		}
		if a.Body == "" || !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
			t.Fatalf("body %q or title %q empty or not UTF-8", a.Body, a.Title)
		}
		if int64(len(a.Body)) > fuzzOptions.MaxFileBytes {
			t.Fatalf("body of %d bytes passed the %d-byte cap", len(a.Body), fuzzOptions.MaxFileBytes)
		}
		if a.Date != "" {
			if d, err := ParseDate(a.Date); err != nil || d != a.Date {
				t.Fatalf("date %q not valid", a.Date)
			}
		}
		if kind != JSONLines && kind < HTML && !decoded {
			// Text bodies are cut from the input unchanged, and the title
			// is the body's first non-blank line.
			if !bytes.Contains(input, []byte(a.Body)) {
				t.Fatalf("body %q is not in the input", a.Body)
			}
			if a.Title != "" && !strings.Contains(a.Body, a.Title) {
				t.Fatalf("title %q is not in the body", a.Title)
			}
		}
	}
}

func FuzzDatedText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, input []byte) { checkRun(t, input, DatedText) })
}

func FuzzPlainText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, input []byte) { checkRun(t, input, PlainText) })
}

func FuzzJSONLines(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, input []byte) { checkRun(t, input, JSONLines) })
}

func FuzzAuto(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, input []byte) { checkRun(t, input, Auto) })
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-11-07", "0000-00-00", "2025-02-30", "2025-11-07T10:00:00Z", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if d != "" || !errors.Is(err, ErrBadDate) {
				t.Fatalf("ParseDate(%q) = %q, %v", s, d, err)
			}
			return
		}
		if d != "" {
			if again, err := ParseDate(d); err != nil || again != d {
				t.Fatalf("ParseDate(%q) = %q, which does not parse again", s, d)
			}
		}
	})
}
