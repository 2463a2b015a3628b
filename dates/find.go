package dates

import (
	"strings"
	"sync"
)

// Expr is one date expression found in a text.
type Expr struct {
	Start, End int    // byte offsets into the text passed to Find
	Text       string // the text between them
	// Value is the date as YYYY-MM-DD, YYYY-MM or YYYY (Gregorian), or ""
	// when it cannot be resolved: a relative expression with no article
	// date, or a day that does not exist.
	Value     string
	Precision string // Day, Month or Year
	// Relative is true when the value depends on the article date: a
	// weekday, a month or a day and month without a year, دیروز, last week.
	Relative bool
}

// scanner holds one call of Find.
type scanner struct {
	s    string
	toks []token
	lex  lexicon
	at   anchor
	out  []Expr
}

var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// Find returns the date expressions of s in text order, never
// overlapping. lang is "fa" (normalized Persian, Dari or Iranian, as
// khabar/text/fa writes it) or "en"; "prs", "fas", "fa-AF", "fa-IR" and
// "en-…" are read as those, any other language finds nothing. articleDate
// is YYYY-MM-DD or "" (unknown, as is anything else): relative
// expressions are then returned with Value "".
func Find(s, lang, articleDate string) []Expr {
	english := false
	switch {
	case lang == "fa" || lang == "prs" || lang == "fas" || lang == "pes" || strings.HasPrefix(lang, "fa-"):
	case lang == "en" || lang == "eng" || strings.HasPrefix(lang, "en-"):
		english = true
	default:
		return nil
	}
	buf := tokenPool.Get().(*[]token)
	sc := scanner{s: s, toks: tokenize(s, (*buf)[:0]), at: newAnchor(articleDate)}
	if english {
		sc.lex = englishWords
		sc.run(sc.matchEnglish)
	} else {
		sc.lex = persianWords
		sc.run(sc.matchPersian)
	}
	*buf = sc.toks[:0]
	tokenPool.Put(buf)
	return sc.out
}

// match tries the rules at token i; it returns the index of the first
// token after the expression, or 0 when none starts at i.
type matcher func(i int) int

func (sc *scanner) run(match matcher) {
	for i := 0; i < len(sc.toks); {
		if next := match(i); next > i {
			i = next
			continue
		}
		i++
	}
}

// emit records an expression from token first to token last (inclusive)
// and returns last+1.
func (sc *scanner) emit(first, last int, value, precision string, relative bool) int {
	start, end := sc.toks[first].start, sc.toks[last].end
	sc.out = append(sc.out, Expr{Start: start, End: end, Text: sc.s[start:end], Value: value, Precision: precision, Relative: relative})
	return last + 1
}

// tok returns token i, or a zero token when i is out of range.
func (sc *scanner) tok(i int) token {
	if i < 0 || i >= len(sc.toks) {
		return token{}
	}
	return sc.toks[i]
}

// entry returns the lexicon entry of word token i.
func (sc *scanner) entry(i int) (entry, bool) {
	t := sc.tok(i)
	if t.kind != wordToken {
		return entry{}, false
	}
	e, ok := sc.lex[t.key]
	return e, ok
}

// has reports whether token i is a word with any of the roles.
func (sc *scanner) has(i int, r role) bool {
	e, ok := sc.entry(i)
	return ok && e.roles&r != 0
}

// adjacent reports whether token i starts where token i-1 ends.
func (sc *scanner) adjacent(i int) bool {
	return i > 0 && i < len(sc.toks) && sc.toks[i].start == sc.toks[i-1].end
}

// isPunct reports whether token i is one of the characters in set.
func (sc *scanner) isPunct(i int, set string) bool {
	t := sc.tok(i)
	return t.kind == punctToken && strings.Contains(set, t.key)
}

// number returns token i's value when it is a number of 1 to maxDigits
// digits standing alone: not part of 1.5, 3,500 or 2025-11.
func (sc *scanner) number(i, maxDigits int) (int, bool) {
	t := sc.tok(i)
	if t.kind != numberToken || t.digits > maxDigits {
		return 0, false
	}
	if sc.partOfNumber(i) {
		return 0, false
	}
	return t.value, true
}

// partOfNumber reports whether number token i is joined to another number
// by a separator (1.5, ۳٬۵۰۰, 2025/11, 10:30) or glued to a letter before it.
func (sc *scanner) partOfNumber(i int) bool {
	if sc.adjacent(i) && sc.isPunct(i-1, ".,٫٬/-:") && sc.adjacent(i-1) && sc.tok(i-2).kind == numberToken {
		return true
	}
	if sc.adjacent(i+1) && sc.isPunct(i+1, ".,٫٬/-:") && sc.adjacent(i+2) && sc.tok(i+2).kind == numberToken {
		return true
	}
	if sc.adjacent(i) && sc.tok(i-1).kind == wordToken {
		return true // A4, ب۲
	}
	return false
}

// countBefore reports whether token i is preceded by a number or a count
// word, so that روز گذشته, هفتهٔ گذشته is a span of time (سه روز گذشته,
// the past three days) rather than a date.
func (sc *scanner) countBefore(i int) bool {
	return sc.tok(i-1).kind == numberToken || sc.has(i-1, roleNumber|roleCount)
}
