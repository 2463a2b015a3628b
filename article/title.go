package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleRunes is the longest first line taken as a headline. It counts
// characters, not bytes, so an English headline and its Persian
// translation (two bytes a letter) are judged alike; 150 characters is
// about 25 Persian words, longer than headlines run.
const maxTitleRunes = 150

// titleOf returns body's first line, trimmed, when it looks like a
// headline: not blank, at most maxTitleRunes characters, and not ending
// in sentence punctuation (. ? ! … and the Arabic-script ؟ ۔), looking
// through closing quotes and brackets. Otherwise it returns "". The title
// is not cut from the body: when set, it is also the body's first line.
func titleOf(body string) string {
	first := body
	if i := strings.IndexAny(body, "\r\n"); i >= 0 {
		first = body[:i]
	}
	first = strings.TrimSpace(first)
	if first == "" || utf8.RuneCountInString(first) > maxTitleRunes {
		return ""
	}
	end := strings.TrimRightFunc(first, func(r rune) bool {
		return isClosingMark(r) || unicode.IsSpace(r)
	})
	last, _ := utf8.DecodeLastRuneInString(end)
	if isSentenceEnd(last) {
		return ""
	}
	return first
}

// isSentenceEnd reports whether r ends a sentence.
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '؟', '۔':
		return true
	}
	return false
}

// isClosingMark reports whether r closes a quotation or bracket, so that
// `He said "no."` still counts as ending in a full stop.
func isClosingMark(r rune) bool {
	switch r {
	case '"', '\'', '»', '”', '’', ')', ']', '›':
		return true
	}
	return false
}
