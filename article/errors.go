package article

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. A *RecordError unwraps to one of these (usually through
// a message that adds detail), so callers can test the reason with
// errors.Is and still print what and where.
var (
	// ErrEmpty: the file holds nothing but white space.
	ErrEmpty = errors.New("article: empty file")
	// ErrBinary: the file has NUL bytes or is mostly control bytes in its
	// first 8 KB; it is not read.
	ErrBinary = errors.New("article: binary file, skipped")
	// ErrInvalidUTF8: the record holds bytes that are not UTF-8; the record
	// is skipped, not repaired.
	ErrInvalidUTF8 = errors.New("article: invalid UTF-8")
	// ErrLineTooLong: a JSON line is longer than Options.MaxLineBytes; the
	// line is skipped without being held in memory.
	ErrLineTooLong = errors.New("article: line too long")
	// ErrFileTooLarge: a text file is longer than Options.MaxFileBytes; the
	// file is skipped.
	ErrFileTooLarge = errors.New("article: file too large")
	// ErrBadDate: a date is malformed or impossible (2025-13-45,
	// 2025-02-30). The article is still emitted, with Date "".
	ErrBadDate = errors.New("article: bad date")
	// ErrBadJSON: a JSON line is not a JSON object of the expected shape.
	ErrBadJSON = errors.New("article: malformed JSON line")
	// ErrNoText: a record has no article text (a JSON line with neither
	// "text" nor "body", or a dated file with nothing after its header).
	ErrNoText = errors.New("article: no text")
	// ErrNoDateHeader: input read as DatedText does not start with a
	// "date YYYY-MM-DD" header.
	ErrNoDateHeader = errors.New("article: no date header")
	// ErrBadFormat: a feed or WARC file is malformed (not XML, not WARC
	// from some record on); what was read before the fault is kept.
	ErrBadFormat = errors.New("article: malformed file")
	// ErrRecordTooLarge: one HTML page in a WARC file is longer than
	// Options.MaxFileBytes; it is skipped and the next record read.
	ErrRecordTooLarge = errors.New("article: record too large")
)

// sentinels lists the sentinel errors in the order reasonOf tries them.
var sentinels = []error{
	ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrLineTooLong, ErrFileTooLarge,
	ErrBadDate, ErrBadJSON, ErrNoText, ErrNoDateHeader, ErrBadFormat, ErrRecordTooLarge,
}

// RecordError is one record that could not be read, or was read with a
// fault (see ErrBadDate). Reading goes on with the next record.
type RecordError struct {
	// Source is the file path, or "-" for standard input.
	Source string
	// Line is the 1-based line where the record (or the fault in it)
	// starts, or 0 when the error is about the path itself (it could not
	// be opened or walked) or the file has no lines to name (HTML, feed,
	// WARC).
	Line int
	// Record is the 1-based feed item or WARC record at fault, or 0.
	Record int
	// Err is the cause; it wraps one of the package's sentinel errors or
	// an I/O error.
	Err error
}

// Error returns "path:line: message", "path: record N: message" for a
// feed item or WARC record, or "path: message".
func (e *RecordError) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	if e.Record > 0 {
		b.WriteString(": record ")
		b.WriteString(strconv.Itoa(e.Record))
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// recordErr builds a *RecordError.
func recordErr(source string, line int, err error) *RecordError {
	return &RecordError{Source: source, Line: line, Err: err}
}
