// Package article owns the Article type and the readers that make
// Articles from files, folders and standard input.
//
// # Formats
//
// Dated text (DatedText) is one article per file, as in the evaluation
// set: optional white space (spaces, blank lines, a byte order mark), then
// "date YYYY-MM-DD", a space, and the article's first line; every later
// line is one more paragraph. The date 0000-00-00 means unknown (Date "").
// Body is the file's text from the first character after the date (and
// the white space after it) to the end, exactly as in the file, line
// breaks included ("\r\n" is not rewritten), with trailing line breaks cut.
// A file is dated text when its first non-space content is "date", spaces,
// and a date-shaped token (digits-digits-digits); else it is plain text.
//
// Plain text (PlainText) is one article per file: the whole file is the
// body (byte order mark dropped, trailing line breaks cut), date unknown.
//
// For both, Title is the first non-blank line of the body when it looks
// like a headline: at most 150 characters and not ending in sentence
// punctuation (. ? ! … ؟ ۔, looking through closing quotes). Otherwise it
// is "". The title stays in the body; Body offsets are never shifted by
// it. Article.Line is the line of the date header, or 1 for plain text.
//
// JSON Lines (JSONLines) is one article per line, a JSON object with
// "id" (string or number, to SourceID), "date" (YYYY-MM-DD, 0000-00-00,
// or an RFC 3339 timestamp whose date is taken as written), "title",
// "text" or "body" (text wins when both are non-blank), "url" and "lang".
// A lang naming Dari or Iranian Persian (fa-AF, prs, fa-IR, pes) also sets
// Variant; three-letter codes are mapped to ISO 639-1 (eng → en). Lines
// end at "\n" (a "\r" before it is dropped); blank lines are skipped and
// unknown fields ignored. In text, lines end at "\n", "\r\n" or a lone
// "\r", and line numbers count them so.
//
// HTML (a saved page), Feed (RSS, Atom, JSON Feed) and WARC (plain or
// gzip) are read by the subpackages htmlpage, feed and warc, which know
// nothing of Article; this package turns what they find into articles.
// An HTML page is one article (Line 1) with its title, author, date and
// declared language (<html lang="fa-AF"> sets Variant too); see package
// htmlpage for how the main text is found and why go-readability was
// chosen. A feed gives one article per item (Record = its position,
// SourceID = its guid); an item with only a summary is read from it and
// marked Summary. A WARC gives one article per HTML response record with
// status 2xx (Record, URL, Fetched = WARC-Date); the page's own date wins,
// and a page with none is dated by its fetch. Other records (requests,
// metadata, images, 404s) are counted in Stats.SkippedBy ("WARC request",
// "WARC response not HTML", …). Dates in pages and feeds may be
// solar-hijri with Afghan or Iranian month names and Persian digits; see
// package pubdate.
//
// # Bad input
//
// Every fault is a *RecordError naming the source and line, wrapping a
// sentinel error (ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrLineTooLong,
// ErrFileTooLarge, ErrBadDate, ErrBadJSON, ErrNoText, ErrNoDateHeader, ErrBadFormat,
// ErrRecordTooLarge), and
// reading goes on with the next record:
//
//   - Invalid UTF-8: the record is skipped, not repaired with U+FFFD, and
//     the error gives the line and column of the first bad byte. For a
//     text file the record is the whole file.
//   - An impossible date (2025-13-45, 2025-02-30): the article is still
//     emitted, with Date "", and then the error is yielded, so no text is
//     lost and a batch that checks its errors still fails.
//   - A file with NUL bytes, or more than 10% control bytes, in its first
//     8 KiB is binary and skipped. UTF-16 with a byte order mark is decoded.
//   - Memory is bounded: a JSON line longer than Options.MaxLineBytes
//     (16 MiB) is skipped as it streams past, and a text file longer than
//     Options.MaxFileBytes (64 MiB) is skipped.
//
// # Paths
//
// Read and Batch.Read take files, folders (walked recursively in sorted
// order: .txt is dated or plain text, .jsonl and .ndjson are JSON Lines,
// web files — .html .htm .xhtml .shtml .xml .rss .atom .rdf .warc
// .warc.gz — are read by their content, other and hidden files are
// skipped and counted in Stats) and "-" for standard input. Content
// sniffing (Auto) recognizes WARC ("WARC/1." or a gzip member holding
// it), feeds (<rss>, <feed>, <rdf:RDF> as first element), HTML (doctype,
// <html>, <head>, <body>, or markup with block elements), JSON Lines
// (first non-space byte '{'), and text otherwise. A file named directly
// with another extension is sniffed too. An HTML or feed file is capped
// by MaxFileBytes; a WARC file is streamed, and each HTML page in it is
// capped by MaxFileBytes (ErrRecordTooLarge).
//
// # Concurrency
//
// The readers are iterators (iter.Seq2) that read on demand; one iterator
// must be ranged over by one goroutine. Different iterators share nothing
// and may run concurrently. A Batch is not safe for concurrent use. Article
// values are plain data.
package article
