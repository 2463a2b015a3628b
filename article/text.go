package article

import (
	"errors"
	"fmt"
	"io"
	"slices"
)

// readText reads a whole text stream, at most opts.MaxFileBytes of it, and
// yields its one article (format DatedText, PlainText or anyText).
// sizeHint, the stream's length when known, sizes the buffer.
func readText(r io.Reader, source string, format Format, opts Options, sizeHint int64, yield func(Article, error) bool) bool {
	data, err := readCapped(r, opts.MaxFileBytes, sizeHint)
	if err != nil {
		return yield(Article{}, recordErr(source, 0, err))
	}
	if int64(len(data)) > opts.MaxFileBytes {
		return yield(Article{}, recordErr(source, 1, tooLargeErr(opts.MaxFileBytes)))
	}
	text := string(data)
	if skipSpace(text) == len(text) {
		return yield(Article{}, recordErr(source, 1, ErrEmpty))
	}
	if bad := firstInvalidUTF8(text); bad >= 0 {
		return yield(Article{}, recordErr(source, lineAt(text, bad, 1), invalidUTF8Err(text, bad)))
	}
	switch format {
	case PlainText:
		return yield(plainArticle(text, source), nil)
	case DatedText:
		h, ok := parseHeader(text)
		if !ok {
			return yield(Article{}, recordErr(source, lineAt(text, skipSpace(text), 1), ErrNoDateHeader))
		}
		return yieldDated(text, h, source, yield)
	default:
		if h, ok := parseHeader(text); ok {
			return yieldDated(text, h, source, yield)
		}
		return yield(plainArticle(text, source), nil)
	}
}

// readCapped reads r to its end, or to max+1 bytes when it is longer, in
// a buffer sized from sizeHint so that a file of known size is read in
// one allocation.
func readCapped(r io.Reader, max, sizeHint int64) ([]byte, error) {
	size := int64(4 << 10)
	if sizeHint > 0 {
		size = sizeHint + 1 // +1 to see the end without growing
	}
	data := make([]byte, 0, min(size, max+1))
	for int64(len(data)) <= max {
		if len(data) == cap(data) {
			data = slices.Grow(data, int(min(int64(cap(data)), max+1-int64(len(data)))))
		}
		limit := min(int64(cap(data)), max+1)
		n, err := r.Read(data[len(data):limit])
		data = data[:len(data)+n]
		if errors.Is(err, io.EOF) {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
	return data, nil
}

// tooLargeErr says a text file passed the cap.
func tooLargeErr(max int64) error {
	return fmt.Errorf("%w: longer than %s, skipped", ErrFileTooLarge, sizeText(max))
}

// invalidUTF8Err says which byte at offset bad of text is not UTF-8.
func invalidUTF8Err(text string, bad int) error {
	return fmt.Errorf("%w: byte 0x%02X at column %d; record skipped (is it in a legacy encoding such as Windows-1256?)",
		ErrInvalidUTF8, text[bad], columnAt(text, bad))
}
