package article

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
)

// streamBufferBytes is the read buffer of one stream; JSON lines up to
// this length are parsed without being copied, longer ones are gathered in
// a buffer reused from line to line.
const streamBufferBytes = 16 << 10

// ReadFrom reads the articles in r, naming them source in errors and in
// Article.Source. It yields (Article, nil) for each article and
// (Article{}, *RecordError) for each record that could not be read, and
// goes on after a bad record. A UTF-8 byte order mark is dropped and
// UTF-16 with a byte order mark is decoded. Invalid opts, or a format
// other than the four named ones, yield one plain error and nothing else.
func ReadFrom(r io.Reader, source string, format Format, opts Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		if err := opts.Validate(); err != nil {
			yield(Article{}, err)
			return
		}
		if format < Auto || format > WARC {
			yield(Article{}, fmt.Errorf("article: unknown format %v", format))
			return
		}
		readStream(context.Background(), r, source, format, opts.withDefaults(), 0, nil, yield)
	}
}

// readStream is ReadFrom with a context and options already checked,
// sizeHint the stream's length when known (else 0), and skip, when not
// nil, told of each record passed over on purpose (WARC requests, …); it
// returns false when yield asked to stop.
func readStream(ctx context.Context, r io.Reader, source string, format Format, opts Options, sizeHint int64, skip func(string), yield func(Article, error) bool) bool {
	br := bufio.NewReaderSize(r, streamBufferBytes)
	if head, _ := br.Peek(sniffBytes); format == WARC || format == Auto && sniff(head) == WARC {
		return readWARC(ctx, br, source, opts, skip, yield) // gzip or not: before BOM and binary checks
	}
	if in := decodeBOM(br); in != io.Reader(br) {
		br = bufio.NewReaderSize(in, streamBufferBytes)
	}
	head, err := br.Peek(sniffBytes)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return yield(Article{}, recordErr(source, 0, err))
	}
	if err != nil {
		sizeHint = int64(len(head)) // all of it is in head
	}
	if len(head) == 0 {
		return yield(Article{}, recordErr(source, 1, ErrEmpty))
	}
	if looksBinary(head) {
		return yield(Article{}, recordErr(source, 1, ErrBinary))
	}
	if format == Auto {
		format = sniff(head)
	}
	switch format {
	case JSONLines:
		return readJSONLines(ctx, br, source, opts, yield)
	case HTML:
		return readHTML(br, source, opts, sizeHint, yield)
	case Feed:
		return readFeed(br, source, opts, sizeHint, yield)
	}
	return readText(br, source, format, opts, sizeHint, yield)
}
