package warc

import (
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Record is one WARC record.
type Record struct {
	// Index is the 1-based position of the record in the file.
	Index int
	// Offset is the byte offset of the record in the file (in the
	// compressed file for gzip WARCs).
	Offset int64
	// URL is the WARC-Target-URI, or "".
	URL string
	// Fetched is the WARC-Date, or the zero time.
	Fetched time.Time
	// ContentType is the HTTP Content-Type of a response, or "".
	ContentType string
	// Payload is the HTTP body of an HTML response (Skip ""), decoded
	// from its Content-Encoding; nil for every other record.
	Payload []byte
	// Skip names why the record is not an HTML page, or is "".
	Skip string
}

// Errors of this package; a *RecordError wraps one of them.
var (
	// ErrTooLarge: an HTML payload is longer than the cap; it is skipped.
	ErrTooLarge = errors.New("warc: payload too large")
	// ErrBadRecord: the file is not WARC from this record on; reading stops.
	ErrBadRecord = errors.New("warc: malformed record")
)

// RecordError is a fault in one record.
type RecordError struct {
	Index  int   // 1-based record number
	Offset int64 // byte offset of the record
	Err    error
}

// Error returns "record 3 (byte 1234): cause".
func (e *RecordError) Error() string {
	return fmt.Sprintf("record %d (byte %d): %v", e.Index, e.Offset, e.Err)
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// Records yields the records of r in order, with an HTML payload of at
// most maxPayload bytes each. A record that cannot be used yields
// (Record, *RecordError) with ErrTooLarge or another cause and reading
// goes on; a file that is no longer WARC yields one ErrBadRecord error
// and ends.
func Records(r io.Reader, maxPayload int64) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		wf, err := gowarc.NewWarcFileReaderFromStream(r, 0,
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
			gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithBufferMaxMemBytes(1<<20),
		)
		if err != nil {
			yield(Record{}, &RecordError{Index: 1, Err: fmt.Errorf("%w: %w", ErrBadRecord, err)})
			return
		}
		defer wf.Close()
		for index := 1; ; index++ {
			rec, err := wf.Next()
			if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
				return
			}
			if err != nil || rec.WarcRecord == nil {
				if err == nil {
					err = errors.New("no record")
				}
				yield(Record{Index: index, Offset: rec.Offset}, &RecordError{Index: index, Offset: rec.Offset, Err: fmt.Errorf("%w: %w", ErrBadRecord, err)})
				rec.Close()
				return
			}
			out, err := read(rec, index, maxPayload)
			rec.Close()
			if err != nil {
				err = &RecordError{Index: index, Offset: rec.Offset, Err: err}
			}
			if !yield(out, err) {
				return
			}
		}
	}
}

// read turns one gowarc record into a Record.
func read(rec gowarc.Record, index int, maxPayload int64) (Record, error) {
	wr := rec.WarcRecord
	out := Record{Index: index, Offset: rec.Offset, URL: wr.WarcHeader().Get(gowarc.WarcTargetURI)}
	out.Fetched, _ = wr.Date()
	if wr.Type() != gowarc.Response {
		out.Skip = strings.ToLower(wr.Type().String())
		return out, nil
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		out.Skip = "response not HTTP"
		return out, nil
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		out.Skip = fmt.Sprintf("response status %d", code)
		return out, nil
	}
	header := block.HttpHeader()
	if header != nil {
		out.ContentType = header.Get("Content-Type")
	}
	if !isHTML(out.ContentType) {
		out.Skip = "response not HTML"
		return out, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return out, fmt.Errorf("reading payload: %w", err)
	}
	encoding := ""
	if header != nil {
		encoding = strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding")))
	}
	switch encoding {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(payload)
		if err != nil {
			return out, fmt.Errorf("payload Content-Encoding gzip: %w", err)
		}
		defer zr.Close()
		payload = zr
	case "deflate":
		fr := flate.NewReader(payload)
		defer fr.Close()
		payload = fr
	}
	data, err := io.ReadAll(io.LimitReader(payload, maxPayload+1))
	if err != nil {
		return out, fmt.Errorf("reading payload: %w", err)
	}
	if int64(len(data)) > maxPayload {
		return out, fmt.Errorf("%w: HTML payload of %s longer than %d bytes, skipped", ErrTooLarge, out.URL, maxPayload)
	}
	out.Payload = data
	return out, nil
}

// isHTML reports whether a Content-Type names an HTML page. A response
// without one is taken as HTML when the caller sniffs it; here it is not.
func isHTML(contentType string) bool {
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		media = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return media == "text/html" || media == "application/xhtml+xml"
}
