package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// jsonRecord is one JSON line as written by a source. Unknown fields are
// ignored.
type jsonRecord struct {
	ID    json.RawMessage `json:"id"`
	Date  string          `json:"date"`
	Title string          `json:"title"`
	Text  string          `json:"text"`
	Body  string          `json:"body"`
	URL   string          `json:"url"`
	Lang  string          `json:"lang"`
}

// readJSONLines yields one article per non-blank line of br. Each bad line
// yields a *RecordError naming its line, and reading goes on. A line
// longer than opts.MaxLineBytes is skipped as it streams past. A stream
// with no non-blank line is ErrEmpty. It returns false when yield asked
// to stop or ctx was cancelled.
func readJSONLines(ctx context.Context, br *bufio.Reader, source string, opts Options, yield func(Article, error) bool) bool {
	lines := lineScanner{br: br, max: opts.MaxLineBytes}
	records := 0
	for {
		if err := ctx.Err(); err != nil {
			yield(Article{}, err)
			return false
		}
		text, line, tooLong, err := lines.next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return yield(Article{}, recordErr(source, line, err))
		}
		if tooLong {
			records++
			err := fmt.Errorf("%w: line %d longer than %s, skipped", ErrLineTooLong, line, sizeText(int64(opts.MaxLineBytes)))
			if !yield(Article{}, recordErr(source, line, err)) {
				return false
			}
			continue
		}
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		records++
		if !yieldJSONLine(text, source, line, yield) {
			return false
		}
	}
	if records == 0 {
		return yield(Article{}, recordErr(source, 1, ErrEmpty))
	}
	return true
}

// yieldJSONLine decodes one non-blank JSON line. A bad date yields the
// article with Date "" and then an ErrBadDate error.
func yieldJSONLine(text []byte, source string, line int, yield func(Article, error) bool) bool {
	if !utf8.Valid(text) {
		s := string(text)
		return yield(Article{}, recordErr(source, line, invalidUTF8Err(s, firstInvalidUTF8(s))))
	}
	var rec jsonRecord
	if err := json.Unmarshal(text, &rec); err != nil {
		return yield(Article{}, recordErr(source, line, fmt.Errorf("%w: %w", ErrBadJSON, err)))
	}
	id, err := sourceID(rec.ID)
	if err != nil {
		return yield(Article{}, recordErr(source, line, err))
	}
	body := rec.Text
	if strings.TrimSpace(body) == "" {
		body = rec.Body
	}
	if strings.TrimSpace(body) == "" {
		return yield(Article{}, recordErr(source, line, fmt.Errorf(`%w: the line has neither "text" nor "body"`, ErrNoText)))
	}
	var date string
	var dateErr error
	if d := strings.TrimSpace(rec.Date); d != "" {
		date, dateErr = ParseDate(d)
	}
	lang, variant := SplitLang(rec.Lang)
	a := Article{
		SourceID: id,
		Source:   source,
		Line:     line,
		URL:      strings.TrimSpace(rec.URL),
		Date:     date,
		Lang:     lang,
		Variant:  variant,
		Title:    strings.TrimSpace(rec.Title),
		Body:     body,
	}
	if !yield(a, nil) {
		return false
	}
	if dateErr != nil {
		return yield(Article{}, recordErr(source, line, dateErr))
	}
	return true
}

// sourceID reads the "id" field, which may be a string or a number.
func sourceID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var id string
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", fmt.Errorf("%w: id: %w", ErrBadJSON, err)
		}
		return id, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf(`%w: "id" must be a string or a number, not %s`, ErrBadJSON, raw)
}
