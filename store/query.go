package store

import (
	"strings"
	"unicode/utf8"

	"khabar/article"
)

// Limits of list queries.
const (
	// DefaultLimit is the page size when a query's Limit is 0.
	DefaultLimit = 50
	// MaxLimit caps every query's Limit.
	MaxLimit = 500
	// MaxSources caps EventRow.Sources: the first reports by article key,
	// enough to cite; Mentions says how many there are.
	MaxSources = 10
	// MaxKnownIDs caps the ids of one Known call.
	MaxKnownIDs = 1000
	// MaxQueryBytes caps free-text queries.
	MaxQueryBytes = 1000
)

// ArticleQuery filters Articles. Empty fields do not filter.
type ArticleQuery struct {
	// Lang is an ISO 639-1 code (fa, en, …); Variant fa-AF or fa-IR.
	Lang    string
	Variant string
	// From and To bound the article date, YYYY-MM-DD, both inclusive.
	From, To string
	// Story keeps the articles of one story.
	Story  string
	Limit  int
	Cursor string
}

// SearchQuery is a full-text search with the filters of ArticleQuery and
// the articles' events.
type SearchQuery struct {
	// Q is the text to find: every word must occur (folded, see the
	// package doc). It must not be empty.
	Q        string
	Lang     string
	From, To string
	// Actor keeps articles with an event whose actor or recipient has this
	// code; Type one with an event of this PLOVER type.
	Actor  string
	Type   string
	Limit  int
	Cursor string
}

// EventQuery filters Events, Dyads and (through TimelineQuery) Timeline.
type EventQuery struct {
	// Actor and Recipient are actor codes (USA, KAZ, UN, …).
	Actor     string
	Recipient string
	// Type is a PLOVER event type (AGREE, CONSULT, …).
	Type string
	// From and To bound the event date, YYYY-MM-DD, both inclusive.
	From, To string
	// Lang keeps events reported in an article of this language.
	Lang string
	// Q keeps events reported in an article whose text matches, as in
	// Search.
	Q      string
	Limit  int
	Cursor string
}

// ActorQuery filters Actors.
type ActorQuery struct {
	// Q keeps codes or names that start with it (case-insensitively).
	Q      string
	Limit  int
	Cursor string
}

// Interval is the width of a timeline bucket.
type Interval string

// The intervals of a timeline.
const (
	Day   Interval = "day"
	Month Interval = "month"
	Year  Interval = "year"
)

// TimelineQuery asks for event counts over time.
type TimelineQuery struct {
	// Filter selects the events; its Limit and Cursor are ignored.
	Filter EventQuery
	// Interval is day, month or year; "" means month.
	Interval Interval
}

// ClampLimit returns the page size a query's limit asks for: DefaultLimit
// for 0 or less, at most MaxLimit.
func ClampLimit(n int) int {
	if n <= 0 {
		return DefaultLimit
	}
	return min(n, MaxLimit)
}

// Validate reports the first impossible field as an error wrapping
// ErrInvalid.
func (q ArticleQuery) Validate() error {
	return firstErr(checkLang(q.Lang), checkVariant(q.Variant), checkDates(q.From, q.To),
		checkID("story", q.Story), checkLimit(q.Limit))
}

// Validate reports the first impossible field as an error wrapping
// ErrInvalid.
func (q SearchQuery) Validate() error {
	if strings.TrimSpace(q.Q) == "" {
		return invalid("q", "empty search")
	}
	return firstErr(checkText("q", q.Q), checkLang(q.Lang), checkDates(q.From, q.To),
		checkCode("actor", q.Actor), checkCode("type", q.Type), checkLimit(q.Limit))
}

// Validate reports the first impossible field as an error wrapping
// ErrInvalid.
func (q EventQuery) Validate() error {
	return firstErr(checkCode("actor", q.Actor), checkCode("recipient", q.Recipient),
		checkCode("type", q.Type), checkDates(q.From, q.To), checkLang(q.Lang),
		checkText("q", q.Q), checkLimit(q.Limit))
}

// Validate reports the first impossible field as an error wrapping
// ErrInvalid.
func (q ActorQuery) Validate() error {
	return firstErr(checkText("q", q.Q), checkLimit(q.Limit))
}

// Validate reports the first impossible field as an error wrapping
// ErrInvalid.
func (q TimelineQuery) Validate() error {
	switch q.Interval {
	case "", Day, Month, Year:
	default:
		return invalid("interval", "%q is not day, month or year", q.Interval)
	}
	return q.Filter.Validate()
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func checkLimit(n int) error {
	if n < 0 {
		return invalid("limit", "%d is negative", n)
	}
	return nil
}

// checkLang accepts "" and two or three lower-case letters.
func checkLang(s string) error {
	if s == "" {
		return nil
	}
	if len(s) < 2 || len(s) > 3 || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") != "" {
		return invalid("lang", "%q is not an ISO 639 code", s)
	}
	return nil
}

func checkVariant(s string) error {
	switch s {
	case "", "fa-AF", "fa-IR":
		return nil
	}
	return invalid("variant", "%q is not fa-AF or fa-IR", s)
}

// checkCode accepts "" and up to 32 ASCII letters, digits, '_' and '-'
// (actor codes such as USA or IGOUNO, PLOVER types such as AGREE).
func checkCode(field, s string) error {
	if len(s) > 32 {
		return invalid(field, "longer than 32 bytes")
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return invalid(field, "%q is not a code (letters, digits, _ and -)", s)
		}
	}
	return nil
}

// checkID accepts "" and an article id ("sha256:" and 64 hex digits).
func checkID(field, s string) error {
	if s == "" || ValidID(s) {
		return nil
	}
	return invalid(field, "%q is not an article id", s)
}

// ValidID reports whether s has the form of an article id: "sha256:" and
// 64 lower-case hex digits.
func ValidID(s string) bool {
	hex, ok := strings.CutPrefix(s, "sha256:")
	if !ok || len(hex) != 64 {
		return false
	}
	return strings.Trim(hex, "0123456789abcdef") == ""
}

func checkText(field, s string) error {
	if len(s) > MaxQueryBytes {
		return invalid(field, "longer than %d bytes", MaxQueryBytes)
	}
	if !utf8.ValidString(s) {
		return invalid(field, "not valid UTF-8")
	}
	if strings.IndexByte(s, 0) >= 0 {
		return invalid(field, "holds a NUL byte")
	}
	return nil
}

// checkDates accepts "" or a valid YYYY-MM-DD for each bound.
func checkDates(from, to string) error {
	for _, d := range []struct{ field, v string }{{"from", from}, {"to", to}} {
		if d.v == "" {
			continue
		}
		if len(d.v) != 10 {
			return invalid(d.field, "%q is not a date YYYY-MM-DD", d.v)
		}
		if p, err := article.ParseDate(d.v); err != nil || p == "" {
			return invalid(d.field, "%q is not a date YYYY-MM-DD", d.v)
		}
	}
	if from != "" && to != "" && from > to {
		return invalid("from", "%s is after to %s", from, to)
	}
	return nil
}
