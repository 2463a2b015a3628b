package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"khabar/article"
)

// Headers khabar sets on its messages, beside JetStream's Nats-Msg-Id (the
// article id).
const (
	// HeaderKind is KindArticle or KindRef.
	HeaderKind = "Khabar-Kind"
	// HeaderSource is where the article was read, FILE:LINE, for logs and
	// dead letters.
	HeaderSource = "Khabar-Source"
	// HeaderError, on a dead letter, is why the article was given up.
	HeaderError = "Khabar-Error"
	// HeaderStack, on a dead letter of a panic, is the goroutine stack
	// with its line breaks written as \n.
	HeaderStack = "Khabar-Stack"
	// HeaderDeliveries, on a dead letter, is how many times JetStream had
	// delivered the article.
	HeaderDeliveries = "Khabar-Deliveries"
	// HeaderWorker, on a dead letter, names the worker (host:pid).
	HeaderWorker = "Khabar-Worker"
	// HeaderArticleID, on a dead letter, is the article id the work
	// message had as its Nats-Msg-Id.
	HeaderArticleID = "Khabar-Article-Id"
)

// The kinds of work message.
const (
	// KindArticle: the body is an article.Article as JSON.
	KindArticle = "article"
	// KindRef: the body is a Ref as JSON; the article is too large for a
	// message.
	KindRef = "ref"
)

// Ref points at an article in a file that the workers can read: the
// article is the one the article readers yield from Source with this Line
// and Record.
type Ref struct {
	Source string `json:"source"`
	Line   int    `json:"line,omitempty"`
	Record int    `json:"record,omitempty"`
}

// ErrBadMessage: a work message that is not a khabar article or reference.
var ErrBadMessage = errors.New("queue: not a khabar work message")

// newArticleMsg makes the work message of a.
func newArticleMsg(subject, id string, a article.Article) (*nats.Msg, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("queue: encoding %s: %w", sourceOf(a), err)
	}
	return workMsg(subject, id, KindArticle, sourceOf(a), data), nil
}

// newRefMsg makes the work message that points at a in its file.
func newRefMsg(subject, id string, a article.Article) *nats.Msg {
	data, _ := json.Marshal(Ref{Source: a.Source, Line: a.Line, Record: a.Record})
	return workMsg(subject, id, KindRef, sourceOf(a), data)
}

func workMsg(subject, id, kind, source string, data []byte) *nats.Msg {
	m := nats.NewMsg(subject)
	m.Header.Set(jetstream.MsgIDHeader, id)
	m.Header.Set(HeaderKind, kind)
	m.Header.Set(HeaderSource, oneLine(source))
	m.Data = data
	return m
}

// decode returns the article a work message carries, reading it from its
// file for a reference.
func decode(ctx context.Context, h nats.Header, data []byte, opts article.Options) (article.Article, error) {
	switch h.Get(HeaderKind) {
	case KindArticle:
		var a article.Article
		if err := json.Unmarshal(data, &a); err != nil {
			return a, fmt.Errorf("%w: article: %v", ErrBadMessage, err)
		}
		return a, nil
	case KindRef:
		var r Ref
		if err := json.Unmarshal(data, &r); err != nil || r.Source == "" {
			return article.Article{}, fmt.Errorf("%w: reference %q", ErrBadMessage, data)
		}
		return resolve(ctx, r, opts)
	}
	return article.Article{}, fmt.Errorf("%w: %s header is %q", ErrBadMessage, HeaderKind, h.Get(HeaderKind))
}

// resolve reads the article r points at. It reads the file from the start:
// references are for the rare article too large for a message.
func resolve(ctx context.Context, r Ref, opts article.Options) (article.Article, error) {
	for a, err := range article.Read(ctx, []string{r.Source}, opts) {
		if err == nil && a.Line == r.Line && a.Record == r.Record {
			return a, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return article.Article{}, err
	}
	return article.Article{}, fmt.Errorf("queue: reference %s:%d (record %d): no such article in the file", r.Source, r.Line, r.Record)
}

// sourceOf names where a was read: FILE:LINE, FILE#RECORD or FILE.
func sourceOf(a article.Article) string {
	switch {
	case a.Line > 0:
		return fmt.Sprintf("%s:%d", a.Source, a.Line)
	case a.Record > 0:
		return fmt.Sprintf("%s#%d", a.Source, a.Record)
	}
	return a.Source
}

// oneLine makes s fit a header value: line breaks become \n, and it is cut
// at 4 KiB.
func oneLine(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s) && len(b) < 4096; i++ {
		switch s[i] {
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}
