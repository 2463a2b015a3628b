package watch

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors; a *FetchError unwraps to one of them or to the network
// error that ended the request.
var (
	// ErrConfig: a Config field has an impossible value; the message
	// names it.
	ErrConfig = errors.New("watch: bad configuration")
	// ErrTooLarge: a body is longer than MaxPageBytes or MaxFeedBytes; it
	// was not read past the cap.
	ErrTooLarge = errors.New("watch: body larger than the cap")
	// ErrNotHTML: a page's Content-Type is not text/html (or XHTML).
	ErrNotHTML = errors.New("watch: not an HTML page")
	// ErrRedirects: a request met more than MaxRedirects redirects (a
	// redirect loop ends here).
	ErrRedirects = errors.New("watch: too many redirects")
	// ErrStatus: the server answered with an error status.
	ErrStatus = errors.New("watch: error status")
	// ErrRetryAfter: the server asked to come back later than
	// MaxRetryAfter.
	ErrRetryAfter = errors.New("watch: Retry-After longer than MaxRetryAfter")
	// ErrBadURL: a feed or item URL is not an absolute http or https URL.
	ErrBadURL = errors.New("watch: not an http or https URL")
	// ErrPrivate: an item's page is at an address off the public
	// internet (loopback, private, link-local), where a feed may not send
	// the watcher unless Config.PrivatePages says so.
	ErrPrivate = errors.New("watch: page at a private address")
)

// FetchError is a request that failed, after Attempts tries.
type FetchError struct {
	// URL is the address asked for.
	URL string
	// Status is the last HTTP status received, or 0 when none was.
	Status int
	// Attempts is the number of tries made.
	Attempts int
	// Err is the cause: one of the sentinel errors or a network error.
	Err error
	// retry says whether the cause is transient (a network error, a
	// timeout, a 5xx or 429), so that the item is worth trying again on a
	// later poll.
	retry bool
}

// Error returns "GET URL: status 500, 4 attempts: cause".
func (e *FetchError) Error() string {
	var b strings.Builder
	b.WriteString("GET ")
	b.WriteString(e.URL)
	b.WriteString(": ")
	if e.Status != 0 {
		b.WriteString("status ")
		b.WriteString(strconv.Itoa(e.Status))
		b.WriteString(", ")
	}
	b.WriteString(strconv.Itoa(e.Attempts))
	if e.Attempts == 1 {
		b.WriteString(" attempt: ")
	} else {
		b.WriteString(" attempts: ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *FetchError) Unwrap() error { return e.Err }

// Transient reports whether err is worth trying again later: a network
// error, a timeout, a 5xx or a 429 that outlived the retries.
func Transient(err error) bool {
	var fe *FetchError
	return errors.As(err, &fe) && fe.retry
}
