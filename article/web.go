package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"khabar/article/feed"
	"khabar/article/htmlpage"
	"khabar/article/warc"
)

// readHTML reads one saved page, at most opts.MaxFileBytes of it.
func readHTML(r io.Reader, source string, opts Options, sizeHint int64, yield func(Article, error) bool) bool {
	data, err := readWhole(r, source, opts, sizeHint)
	if err != nil {
		return yield(Article{}, err)
	}
	a, err := pageArticle(data, "", source)
	if err != nil {
		return yield(Article{}, recordErr(source, 0, err))
	}
	return yield(a, nil)
}

// pageArticle extracts the article of one HTML page; contentType is the
// HTTP header when known.
func pageArticle(data []byte, contentType, source string) (Article, error) {
	p, err := htmlpage.Extract(data, htmlpage.Options{ContentType: contentType})
	if err != nil {
		if errors.Is(err, htmlpage.ErrNoText) {
			return Article{}, fmt.Errorf("%w: %w", ErrNoText, err)
		}
		return Article{}, err
	}
	lang, variant := SplitLang(p.Lang)
	return Article{
		Source: source, Line: 1, Date: p.Date, Lang: lang, Variant: variant,
		Title: p.Title, Author: p.Author, Body: p.Body,
	}, nil
}

// readFeed reads an RSS, Atom or JSON feed, at most opts.MaxFileBytes of
// it, and yields one article per item.
func readFeed(r io.Reader, source string, opts Options, sizeHint int64, yield func(Article, error) bool) bool {
	data, err := readWhole(r, source, opts, sizeHint)
	if err != nil {
		return yield(Article{}, err)
	}
	items, err := feed.Parse(data)
	if err != nil {
		return yield(Article{}, recordErr(source, 0, fmt.Errorf("%w: %w", ErrBadFormat, err)))
	}
	if len(items) == 0 {
		return yield(Article{}, recordErr(source, 0, fmt.Errorf("%w: the feed has no items", ErrNoText)))
	}
	for _, it := range items {
		if it.Err != nil {
			err := &RecordError{Source: source, Record: it.Index, Err: fmt.Errorf("%w: %w", ErrNoText, it.Err)}
			if !yield(Article{}, err) {
				return false
			}
			continue
		}
		lang, variant := SplitLang(it.Lang)
		a := Article{
			SourceID: it.GUID, Source: source, Record: it.Index, URL: it.URL, Date: it.Date,
			Lang: lang, Variant: variant, Title: it.Title, Author: it.Author, Body: it.Body, Summary: it.Summary,
		}
		if !yield(a, nil) {
			return false
		}
		if it.DateErr != nil {
			err := &RecordError{Source: source, Record: it.Index, Err: fmt.Errorf("%w: %w", ErrBadDate, it.DateErr)}
			if !yield(Article{}, err) {
				return false
			}
		}
	}
	return true
}

// readWARC streams a WARC file and yields one article per HTML response
// record; other records are counted through skip. A page's own date wins;
// a page with none is dated by its fetch.
func readWARC(ctx context.Context, r io.Reader, source string, opts Options, skip func(string), yield func(Article, error) bool) bool {
	for rec, err := range warc.Records(r, opts.MaxFileBytes) {
		if err := ctx.Err(); err != nil {
			yield(Article{}, err)
			return false
		}
		if err != nil {
			cause := ErrBadFormat
			if errors.Is(err, warc.ErrTooLarge) {
				cause = ErrRecordTooLarge
			}
			if !yield(Article{}, &RecordError{Source: source, Record: rec.Index, Err: fmt.Errorf("%w: %w", cause, err)}) {
				return false
			}
			continue
		}
		if rec.Skip != "" {
			if skip != nil {
				skip("WARC " + rec.Skip)
			}
			continue
		}
		a, err := pageArticle(rec.Payload, rec.ContentType, source)
		if err != nil {
			if !yield(Article{}, &RecordError{Source: source, Record: rec.Index, Err: fmt.Errorf("%s: %w", rec.URL, err)}) {
				return false
			}
			continue
		}
		a.Line, a.Record, a.URL = 0, rec.Index, rec.URL
		if !rec.Fetched.IsZero() {
			a.Fetched = rec.Fetched.UTC().Format(time.RFC3339)
			if a.Date == "" {
				a.Date = rec.Fetched.UTC().Format(time.DateOnly)
			}
		}
		if !yield(a, nil) {
			return false
		}
	}
	return true
}

// readWhole reads a whole HTML or feed file, at most opts.MaxFileBytes;
// the error is a *RecordError.
func readWhole(r io.Reader, source string, opts Options, sizeHint int64) ([]byte, error) {
	data, err := readCapped(r, opts.MaxFileBytes, sizeHint)
	switch {
	case err != nil:
		return nil, recordErr(source, 0, err)
	case int64(len(data)) > opts.MaxFileBytes:
		return nil, recordErr(source, 1, tooLargeErr(opts.MaxFileBytes))
	}
	return data, nil
}
