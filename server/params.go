package server

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"khabar/article"
	"khabar/code/cameo"
	"khabar/store"
)

// params reads and checks a request's query parameters. The first bad
// one is kept in err and every later read returns a zero value, so a
// handler reads them all and checks err once.
type params struct {
	v   url.Values
	err error
}

// maxParamBytes caps one parameter value (store.MaxQueryBytes caps text).
const maxParamBytes = 1024

// newParams parses raw and refuses parameters not in allowed, repeated
// parameters and values with control characters or invalid UTF-8.
func newParams(raw string, allowed ...string) *params {
	v, err := url.ParseQuery(raw)
	if err != nil {
		return &params{err: badRequest("query string: %v", err)}
	}
	p := &params{v: v}
	for name, vals := range v {
		switch {
		case !contains(allowed, name):
			return &params{err: badRequest("unknown parameter %q (this endpoint takes: %s)", name, strings.Join(allowed, ", "))}
		case len(vals) > 1:
			return &params{err: badRequest("parameter %q given %d times", name, len(vals))}
		case len(vals[0]) > maxParamBytes:
			return &params{err: badRequest("parameter %q is longer than %d bytes", name, maxParamBytes)}
		case !utf8.ValidString(vals[0]):
			return &params{err: badRequest("parameter %q is not valid UTF-8", name)}
		case strings.ContainsFunc(vals[0], unicode.IsControl):
			return &params{err: badRequest("parameter %q holds a control character", name)}
		}
	}
	return p
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (p *params) get(name string) string {
	if p.err != nil {
		return ""
	}
	return strings.TrimSpace(p.v.Get(name))
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = badRequest(format, args...)
	}
}

// code reads an actor code: 2 to 32 letters, digits or '_', upper-cased.
func (p *params) code(name string) string {
	s := p.get(name)
	if s == "" {
		return ""
	}
	if len(s) < 2 || len(s) > 32 || strings.ContainsFunc(s, func(r rune) bool {
		return !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_')
	}) {
		p.fail("%s: %q is not an actor code (2 to 32 letters, digits and _, e.g. AFG, UN)", name, s)
		return ""
	}
	return strings.ToUpper(s)
}

// eventType reads a PLOVER event type (AGREE, CONSULT, …), upper-cased.
func (p *params) eventType(name string) string {
	s := strings.ToUpper(p.get(name))
	if s != "" && cameo.Default(s) == "" {
		p.fail("%s: %q is not a PLOVER event type (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT)", name, p.get(name))
		return ""
	}
	return s
}

// date reads a date YYYY-MM-DD that exists in the calendar.
func (p *params) date(name string) string {
	s := p.get(name)
	if s == "" {
		return ""
	}
	if len(s) != 10 {
		p.fail("%s: %q is not a date YYYY-MM-DD", name, s)
		return ""
	}
	if d, err := article.ParseDate(s); err != nil || d == "" {
		p.fail("%s: %q is not a date YYYY-MM-DD", name, s)
		return ""
	}
	return s
}

// dates reads from and to and checks that from is not after to.
func (p *params) dates() (from, to string) {
	from, to = p.date("from"), p.date("to")
	if from != "" && to != "" && from > to {
		p.fail("from: %s is after to %s", from, to)
	}
	return from, to
}

// lang reads an ISO 639-1 language code.
func (p *params) lang(name string) string {
	s := p.get(name)
	if s != "" && (len(s) != 2 || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") != "") {
		p.fail("%s: %q is not a two-letter language code (fa, en, …)", name, s)
		return ""
	}
	return s
}

// variant reads fa-AF or fa-IR.
func (p *params) variant(name string) string {
	s := p.get(name)
	if s != "" && s != "fa-AF" && s != "fa-IR" {
		p.fail("%s: %q is not fa-AF or fa-IR", name, s)
		return ""
	}
	return s
}

// articleID reads an article id ("sha256:" and 64 hex digits).
func (p *params) articleID(name string) string {
	s := p.get(name)
	if s != "" && !store.ValidID(s) {
		p.fail("%s: %q is not an article id (sha256: and 64 hex digits)", name, s)
		return ""
	}
	return s
}

// limit reads the page size: a positive integer, capped at max.
func (p *params) limit(max int) int {
	s := p.get("limit")
	if s == "" {
		return min(store.DefaultLimit, max)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		p.fail("limit: %q is not a whole number of at least 1", s)
		return 0
	}
	return min(n, max)
}

// cursor reads a cursor as the API handed it out: URL-safe base64 and a
// few separators, at most 512 bytes.
func (p *params) cursor() string {
	s := p.get("cursor")
	if len(s) > 512 || strings.ContainsFunc(s, func(r rune) bool {
		return !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || strings.ContainsRune("-_=.:~", r))
	}) {
		p.fail("cursor: not a cursor this API handed out")
		return ""
	}
	return s
}

// interval reads day, month or year; "" is month.
func (p *params) interval() store.Interval {
	switch s := store.Interval(p.get("interval")); s {
	case "":
		return store.Month
	case store.Day, store.Month, store.Year:
		return s
	default:
		p.fail("interval: %q is not day, month or year", s)
		return ""
	}
}

// text reads search text (see checkSearchText).
func (p *params) text(name string, required bool) string {
	s := p.get(name)
	if s == "" {
		if required {
			p.fail("%s: missing: give the words to search for", name)
		}
		return ""
	}
	if err := checkSearchText(s); err != "" {
		p.fail("%s: %s", name, err)
		return ""
	}
	return s
}

// searchPunct are the punctuation marks search text may hold besides
// letters, marks, digits and spaces: what news text puts between words.
const searchPunct = ".,:!?«»\"،؛؟٫٬’‘-/\u200c\u200d"

// checkSearchText accepts words: letters, combining marks, digits of any
// script, spaces, half-spaces and searchPunct, with an apostrophe only
// between two letters (Xi's). It refuses what only an injection attempt
// needs: quotes around nothing, semicolons, comment marks ("--", "/*"),
// path segments ("../"), brackets, operators and wildcards. It returns ""
// or the reason.
func checkSearchText(s string) string {
	if len(s) > store.MaxQueryBytes {
		return "longer than " + strconv.Itoa(store.MaxQueryBytes) + " bytes"
	}
	if strings.Contains(s, "--") || strings.Contains(s, "/*") || strings.Contains(s, "*/") {
		return "comment marks (-- /* */) are not search text"
	}
	if strings.Contains(s, "../") || strings.Contains(s, "/..") {
		return "path segments (../) are not search text"
	}
	prev := rune(0)
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.IsNumber(r):
		case r == ' ' || r == '\u00a0' || strings.ContainsRune(searchPunct, r):
		case r == '\'':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if !unicode.IsLetter(prev) || !unicode.IsLetter(next) {
				return "an apostrophe may stand only inside a word (Xi's)"
			}
		default:
			return "the character " + strconv.QuoteRune(r) + " is not search text (words, digits, spaces and . , : ! ? « » \" - / only)"
		}
		prev = r
	}
	return ""
}
