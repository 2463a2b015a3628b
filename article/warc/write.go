package warc

import (
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"time"
)

// Fixture is one record for WriteFixture, which writes WARC files for
// tests, benchmarks and examples. It is not a general WARC writer.
type Fixture struct {
	Type        string // WARC-Type: "response", "request", "warcinfo", …
	URL         string
	Date        time.Time
	Status      int    // HTTP status of a response; 0 means 200
	ContentType string // HTTP Content-Type of a response
	Body        string // HTTP payload of a response, or the whole block
}

// WriteFixture writes f as one WARC/1.1 record, as its own gzip member
// when gz is true.
func WriteFixture(w io.Writer, f Fixture, gz bool) error {
	block := f.Body
	contentType := "application/warc-fields"
	switch f.Type {
	case "response":
		status := f.Status
		if status == 0 {
			status = 200
		}
		block = fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, f.ContentType, len(f.Body), f.Body)
		contentType = "application/http; msgtype=response"
	case "request":
		contentType = "application/http; msgtype=request"
	}
	var rec strings.Builder
	fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n", f.Type, len(block)^int(f.Date.Unix()))
	if f.URL != "" {
		fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", f.URL)
	}
	fmt.Fprintf(&rec, "WARC-Date: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		f.Date.UTC().Format(time.RFC3339), contentType, len(block), block)
	if !gz {
		_, err := io.WriteString(w, rec.String())
		return err
	}
	zw := gzip.NewWriter(w)
	if _, err := io.WriteString(zw, rec.String()); err != nil {
		return err
	}
	return zw.Close()
}
