package fa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"khabar/text"
)

// isCloser reports the marks that take no space before them.
func isCloser(r rune) bool {
	switch r {
	case '.', '،', '؛', ':', '؟', '?', '!', '»', ')', ']', '}', ',', ';', '…':
		return true
	}
	return false
}

// isOpener reports the marks that take no space after them.
func isOpener(r rune) bool {
	switch r {
	case '«', '(', '[', '{':
		return true
	}
	return false
}

// isWordRune reports a letter or a combining mark: what a half-space may
// stand between.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// fixSpacing runs the spacing step over s, writing through b. A gap is a run
// of spaces, tabs and half-spaces. A gap with a space becomes one space, or
// nothing at a line's ends, before a closing mark or after an opening one.
// A gap of half-spaces alone becomes one half-space between two word runes,
// or nothing elsewhere. Nothing is inserted where there was no gap.
func fixSpacing(s string, b *text.Builder) {
	b.Grow(len(s))
	run := 0
	lineStart := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' {
			i++
			lineStart = i
			continue
		}
		if c != ' ' && c != '\t' && !(c == 0xE2 && strings.HasPrefix(s[i:], zwnjStr)) {
			i++
			continue
		}
		j, hasSpace := i, false
		for j < len(s) {
			if s[j] == ' ' || s[j] == '\t' {
				hasSpace = true
				j++
			} else if strings.HasPrefix(s[j:], zwnjStr) {
				j += len(zwnjStr)
			} else {
				break
			}
		}
		// last is the rune before the gap on this line, 0 at a line's start.
		var last rune
		if i > lineStart {
			last, _ = utf8.DecodeLastRuneInString(s[lineStart:i])
		}
		atEnd := j == len(s) || s[j] == '\n' || s[j] == '\r'
		next, _ := utf8.DecodeRuneInString(s[j:])
		want := ""
		if hasSpace {
			if last != 0 && !atEnd && !isCloser(next) && !isOpener(last) {
				want = spaceStr
			}
		} else if last != 0 && !atEnd && isWordRune(last) && isWordRune(next) {
			want = zwnjStr
		}
		if gap := s[i:j]; gap != want {
			b.Copy(s[run:i])
			b.Replace(len(gap), want)
			run = j
		}
		i = j
	}
	b.Copy(s[run:])
}
