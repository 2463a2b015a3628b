// Package warc streams the records of a WARC file (WARC/1.0 or 1.1,
// plain or gzip, record by record) with github.com/nlnwa/gowarc/v3 and
// picks out the HTML pages it holds.
//
// Records yields every record in order. A response record whose HTTP
// status is 2xx and whose Content-Type is HTML (text/html,
// application/xhtml+xml) comes with its payload, URL (WARC-Target-URI),
// fetch time (WARC-Date) and HTTP Content-Type, so that the page's
// charset can be honoured; a gzip or deflate Content-Encoding is undone.
// Every other record comes with Skip naming why it was passed over
// ("request", "warcinfo", "response not HTML", "response status 404", …),
// for counting.
//
// Memory is flat in the file size: one record is in memory at a time,
// and a payload longer than the cap given to Records is skipped as it
// streams past (ErrTooLarge), never held whole. A file that stops being
// WARC (garbage between records, a truncated gzip member) ends with one
// error naming the record and its byte offset.
//
// A Records iterator must be ranged over by one goroutine; separate
// iterators share nothing.
package warc
