package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"time"
)

// fetcher makes polite GET requests: through the host limiter, with the
// configured User-Agent and timeouts, retrying transient failures with
// backoff, following at most MaxRedirects redirects and reading at most a
// capped body. It is safe for concurrent use.
type fetcher struct {
	cfg    Config
	client *http.Client
	hosts  *hostLimiter
}

func newFetcher(cfg Config) *fetcher {
	f := &fetcher{cfg: cfg, hosts: newHostLimiter(cfg.HostInterval)}
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.RequestTimeout,
		ForceAttemptHTTP2:     true,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
	}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// checkRedirect stops after MaxRedirects and paces each hop like any
// other request to its host.
func (f *fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.cfg.MaxRedirects {
		return fmt.Errorf("%w: %d followed, the last to %s", ErrRedirects, f.cfg.MaxRedirects, req.URL.Redacted())
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("%w: redirected to %s", ErrBadURL, req.URL.Redacted())
	}
	if req.Context().Value(pageRequest{}) != nil && !f.cfg.PrivatePages {
		if err := checkPublic(req.Context(), req.URL.Hostname()); err != nil {
			return fmt.Errorf("redirected to %s: %w", req.URL.Redacted(), err)
		}
	}
	return f.hosts.wait(req.Context(), req.URL.Host)
}

// request is one GET to make.
type request struct {
	url string
	// etag and lastModified, when set, make the request conditional.
	etag, lastModified string
	// maxBytes caps the body.
	maxBytes int64
	// html refuses a response whose Content-Type is not HTML.
	html bool
}

// response is what a GET returned: a 2xx with its body, or a 304.
type response struct {
	// URL is the address after redirects.
	URL         string
	Status      int
	ContentType string
	// ETag and LastModified are the response's validators.
	ETag, LastModified string
	Body               []byte
}

// attempt is the outcome of one try.
type attempt struct {
	resp  response
	err   error
	retry bool          // transient: worth another try
	after time.Duration // the server's Retry-After, or 0
}

// get makes the request, trying again on transient failures. A failure is
// a *FetchError; a cancelled ctx returns its error.
func (f *fetcher) get(ctx context.Context, r request) (response, error) {
	u, err := url.Parse(r.url)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return response{}, &FetchError{URL: r.url, Attempts: 0, Err: fmt.Errorf("%w: %q", ErrBadURL, r.url)}
	}
	if r.html && !f.cfg.PrivatePages {
		if err := checkPublic(ctx, u.Hostname()); err != nil {
			return response{}, &FetchError{URL: r.url, Attempts: 0, Err: err}
		}
	}
	for n := 0; ; n++ {
		if err := f.hosts.wait(ctx, u.Host); err != nil {
			return response{}, err
		}
		a := f.try(ctx, r)
		if ctx.Err() != nil {
			return response{}, ctx.Err()
		}
		if a.err == nil {
			return a.resp, nil
		}
		fail := &FetchError{URL: r.url, Status: a.resp.Status, Attempts: n + 1, Err: a.err, retry: a.retry}
		if !a.retry || n >= f.cfg.Retries {
			return response{}, fail
		}
		wait := backoff(n, f.cfg.BackoffBase, f.cfg.BackoffMax)
		if a.after > f.cfg.MaxRetryAfter {
			fail.Err = fmt.Errorf("%w: %s asked, %s allowed: %w", ErrRetryAfter, a.after, f.cfg.MaxRetryAfter, a.err)
			return response{}, fail
		}
		wait = max(wait, a.after)
		if err := sleep(ctx, wait); err != nil {
			return response{}, err
		}
	}
}

// try makes one attempt within RequestTimeout.
func (f *fetcher) try(ctx context.Context, r request) attempt {
	ctx, cancel := context.WithTimeout(ctx, f.cfg.RequestTimeout)
	defer cancel()
	if r.html {
		ctx = context.WithValue(ctx, pageRequest{}, true)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.url, nil)
	if err != nil {
		return attempt{err: fmt.Errorf("%w: %w", ErrBadURL, err)}
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	if r.html {
		req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	} else {
		req.Header.Set("Accept", "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")
	}
	if r.etag != "" {
		req.Header.Set("If-None-Match", r.etag)
	}
	if r.lastModified != "" {
		req.Header.Set("If-Modified-Since", r.lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		// A redirect loop or a redirect off the web will not mend itself.
		permanent := errors.Is(err, ErrRedirects) || errors.Is(err, ErrBadURL) || errors.Is(err, ErrPrivate)
		return attempt{err: err, retry: !permanent}
	}
	defer resp.Body.Close()
	out := response{
		URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return attempt{resp: out}
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return attempt{resp: out, err: fmt.Errorf("%w: %s", ErrStatus, resp.Status), retry: true, after: retryAfter(resp.Header, time.Now())}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return attempt{resp: out, err: fmt.Errorf("%w: %s", ErrStatus, resp.Status)}
	}
	if r.html && !isHTML(out.ContentType) {
		return attempt{resp: out, err: fmt.Errorf("%w: Content-Type %q", ErrNotHTML, out.ContentType)}
	}
	out.Body, err = readCapped(resp, r.maxBytes)
	if err != nil {
		return attempt{resp: out, err: err, retry: !errors.Is(err, ErrTooLarge)}
	}
	if r.html && out.ContentType == "" && !isHTML(http.DetectContentType(out.Body)) {
		return attempt{resp: out, err: fmt.Errorf("%w: no Content-Type, and the body does not look like HTML", ErrNotHTML)}
	}
	return attempt{resp: out}
}

// readCapped reads the body, refusing one that declares or turns out to
// be longer than max without reading past max+1 bytes. It reads in chunks
// joined at the end, so that a body cut at the cap has cost about the cap
// in memory, and a body of n bytes about 2n.
func readCapped(resp *http.Response, max int64) ([]byte, error) {
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: Content-Length %d, cap %d bytes", ErrTooLarge, resp.ContentLength, max)
	}
	r := io.LimitReader(resp.Body, max+1)
	var (
		chunks [][]byte
		total  int64
	)
	for {
		size := int64(readChunk)
		if resp.ContentLength > 0 && total == 0 {
			size = resp.ContentLength + 1 // one read of the declared length, and one byte to check it
		}
		c := make([]byte, min(size, max+1-total))
		n, err := io.ReadFull(r, c)
		total += int64(n)
		chunks = append(chunks, c[:n])
		if total > max {
			return nil, fmt.Errorf("%w: more than %d bytes, not read further", ErrTooLarge, max)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading the body after %d bytes: %w", total, err)
		}
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	return bytes.Join(chunks, nil), nil
}

// readChunk is the size of one read of a body of unknown length.
const readChunk = 64 << 10

// isHTML reports whether a Content-Type names HTML; an empty one is
// decided by sniffing the body.
func isHTML(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}
