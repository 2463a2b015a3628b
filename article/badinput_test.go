package article

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
)

func TestReadFromBadInput(t *testing.T) {
	small := Options{MaxLineBytes: 64, MaxFileBytes: 128}
	tests := []struct {
		name   string
		format Format
		opts   Options
		in     string
		want   []string
	}{
		// An empty file.
		{name: "empty", in: "", want: []string{"L1 error: empty file"}},
		// White space and a BOM only.
		{name: "blank", in: "\uFEFF \n\t\n", want: []string{"L1 error: empty file"}},
		// An empty JSON Lines stream.
		{name: "empty JSON Lines", format: JSONLines, in: "", want: []string{"L1 error: empty file"}},
		// A NUL byte: binary.
		{name: "NUL", in: "date 2025-11-07 A\x00B", want: []string{"L1 error: binary file, skipped"}},
		// Mostly control bytes: binary.
		{name: "control bytes", in: strings.Repeat("\x01\x02\x03a", 20), want: []string{"L1 error: binary file, skipped"}},
		// A few control bytes in text are kept.
		{name: "rare control byte", in: "Text\x07 with a bell, long enough to be text.", want: []string{`L1 date="" title="" body="Text` + "\x07" + ` with a bell, long enough to be text."`}},
		// Invalid UTF-8 in a text file: the whole record is skipped, line named.
		{name: "invalid UTF-8 text", in: "date 2025-11-07 A\nB\n\xe1\xf3\n", want: []string{"L3 error: invalid UTF-8"}},
		// A cut-off UTF-8 sequence at the end.
		{name: "truncated UTF-8", in: "متن\xd9", want: []string{"L1 error: invalid UTF-8"}},
		// A text file over MaxFileBytes.
		{name: "file too large", opts: small, in: strings.Repeat("a", 129), want: []string{"L1 error: file too large"}},
		// Exactly MaxFileBytes is fine.
		{name: "file at the cap", opts: small, in: strings.Repeat("a", 128), want: []string{`L1 date="" title="` + strings.Repeat("a", 128) + `" body="` + strings.Repeat("a", 128) + `"`}},
		// A JSON line over MaxLineBytes: skipped, the next line read.
		{
			name: "line too long", format: JSONLines, opts: small,
			in:   `{"text":"` + strings.Repeat("a", 100) + `"}` + "\n" + `{"text":"B."}`,
			want: []string{"L1 error: line too long", `L2 date="" title="" body="B."`},
		},
		// UTF-16 little-endian with BOM is decoded.
		{name: "UTF-16LE", in: "\xff\xfe" + utf16LE("date 2025-11-07 خبر\nمتن."), want: []string{`L1 date="2025-11-07" title="خبر" body="خبر\nمتن."`}},
		// UTF-16 big-endian with BOM is decoded, supplementary characters too.
		{name: "UTF-16BE", in: "\xfe\xff" + utf16BE("Title 😀\nText."), want: []string{`L1 date="" title="Title 😀" body="Title 😀\nText."`}},
		// A lone surrogate in UTF-16 is invalid text on its line.
		{name: "UTF-16 lone surrogate", in: "\xff\xfe" + utf16LE("A\nB") + "\x00\xd8" + utf16LE("C"), want: []string{"L2 error: invalid UTF-8"}},
		// An odd byte at the end of UTF-16.
		{name: "UTF-16 odd length", in: "\xff\xfe" + utf16LE("AB") + "C", want: []string{"L1 error: invalid UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outcomes(ReadFrom(strings.NewReader(tt.in), "in", tt.format, tt.opts))
			sameOutcomes(t, got, tt.want)
		})
	}
}

// utf16LE encodes ASCII or BMP text as UTF-16 little-endian.
func utf16LE(s string) string { return utf16Bytes(s, false) }

// utf16BE encodes text as UTF-16 big-endian.
func utf16BE(s string) string { return utf16Bytes(s, true) }

func utf16Bytes(s string, bigEndian bool) string {
	var b []byte
	put := func(u uint16) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xD800 + r>>10))
			put(uint16(0xDC00 + r&0x3FF))
			continue
		}
		put(uint16(r))
	}
	return string(b)
}

// hugeLine streams a JSON line whose text is n bytes of Dari letters,
// then a good line, without ever holding the long line.
type hugeLine struct {
	prefix, suffix string
	n              int64 // bytes of filler still to send
	filler         string
}

func (h *hugeLine) Read(p []byte) (int, error) {
	written := 0
	for written < len(p) {
		switch {
		case h.prefix != "":
			c := copy(p[written:], h.prefix)
			h.prefix = h.prefix[c:]
			written += c
		case h.n > 0:
			chunk := p[written:]
			if int64(len(chunk)) > h.n {
				chunk = chunk[:h.n]
			}
			for filled := 0; filled < len(chunk); {
				filled += copy(chunk[filled:], h.filler)
			}
			h.n -= int64(len(chunk))
			written += len(chunk)
		case h.suffix != "":
			c := copy(p[written:], h.suffix)
			h.suffix = h.suffix[c:]
			written += c
		default:
			if written == 0 {
				return 0, io.EOF
			}
			return written, nil
		}
	}
	return written, nil
}

// TestHugeLine reads a 200 MB JSON line with the default options: the line
// is reported and skipped, the next line's article arrives, and the bytes
// allocated stay far below the line's size.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200 MB")
	}
	const size = 200 << 20
	in := &hugeLine{
		prefix: `{"text":"`,
		n:      size,
		filler: strings.Repeat("a", 4096), // one-byte letters: still a valid JSON string
		suffix: `"}` + "\n" + `{"text":"خبر بعدی."}` + "\n",
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got := outcomes(ReadFrom(in, "huge.jsonl", JSONLines, DefaultOptions()))
	runtime.ReadMemStats(&after)
	sameOutcomes(t, got, []string{"L1 error: line too long", `L2 date="" title="" body="خبر بعدی."`})
	t.Logf("allocated %d bytes while streaming a %d-byte line", after.TotalAlloc-before.TotalAlloc, size)
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 3*DefaultMaxLineBytes {
		t.Errorf("allocated %d bytes for a %d-byte line; want at most %d", allocated, size, 3*DefaultMaxLineBytes)
	}
}

// TestHugeTextStream reads a text stream far over MaxFileBytes: one error,
// and only about MaxFileBytes read.
func TestHugeTextStream(t *testing.T) {
	in := &hugeLine{n: 50 << 20, filler: strings.Repeat("abcd", 1024)}
	opts := Options{MaxFileBytes: 1 << 20}
	got := outcomes(ReadFrom(in, "-", Auto, opts))
	sameOutcomes(t, got, []string{"L1 error: file too large"})
	if in.n < 48<<20 {
		t.Errorf("read %d bytes of a 50 MiB stream capped at 1 MiB", 50<<20-in.n)
	}
}

func TestRecordErrorMessage(t *testing.T) {
	tests := []struct {
		err  *RecordError
		want string
	}{
		// File and line.
		{&RecordError{Source: "dev/a.txt", Line: 3, Err: ErrBadDate}, "dev/a.txt:3: article: bad date"},
		// No line: the path itself failed.
		{&RecordError{Source: "missing", Err: errors.New("open missing: no such file")}, "missing: open missing: no such file"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q; want %q", got, tt.want)
		}
		if !errors.Is(tt.err, tt.err.Err) {
			t.Errorf("%v does not unwrap to its cause", tt.err)
		}
	}
	// A real message carries the detail after the sentinel.
	var msg string
	for _, err := range ReadFrom(strings.NewReader(`{"text":"a"}`+"\n"+`{"date":"2025-13-45","text":"b"}`), "x.jsonl", JSONLines, Options{}) {
		if err != nil {
			msg = err.Error()
		}
	}
	if want := `x.jsonl:2: article: bad date: "2025-13-45" has no month 13`; msg != want {
		t.Errorf("message = %q; want %q", msg, want)
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		opts  Options
		field string // "" when valid
	}{
		{DefaultOptions(), ""},                      // defaults
		{Options{}, ""},                             // zero means default
		{Options{MaxLineBytes: -1}, "MaxLineBytes"}, // negative line cap
		{Options{MaxFileBytes: -5}, "MaxFileBytes"}, // negative file cap
	}
	for _, tt := range tests {
		err := tt.opts.Validate()
		if (err == nil) != (tt.field == "") || err != nil && !strings.Contains(err.Error(), tt.field) {
			t.Errorf("Validate(%+v) = %v; want error naming %q", tt.opts, err, tt.field)
		}
	}
	// ReadFrom with bad options yields one plain error and stops.
	got := outcomes(ReadFrom(strings.NewReader("text"), "x", Auto, Options{MaxLineBytes: -1}))
	sameOutcomes(t, got, []string{"plain error: options"})
}

func TestReadFromUnknownFormat(t *testing.T) {
	// A Format value outside the named ones is refused, not guessed.
	got := outcomes(ReadFrom(strings.NewReader("text"), "x", Format(42), Options{}))
	sameOutcomes(t, got, []string{"plain error: options"})
}
