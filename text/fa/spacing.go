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
		if !spacingAttention[c] {
			i++
			continue
		}
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
			last = lastRune(s[lineStart:i])
		}
		atEnd := j == len(s) || s[j] == '\n' || s[j] == '\r'
		next := firstRune(s[j:])
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

// spacingAttention marks the bytes fixSpacing stops at: a line break, a
// space, a tab, and the lead byte of a ZWNJ.
var spacingAttention = [256]bool{'\n': true, ' ': true, '\t': true, 0xE2: true}

// firstRune is utf8.DecodeRuneInString's rune, with the one- and two-byte
// runes of Persian text decoded inline.
func firstRune(s string) rune {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	if len(s) > 1 && s[0] >= 0xC2 && s[0] < 0xE0 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lastRune is utf8.DecodeLastRuneInString's rune, with the one- and
// two-byte runes of Persian text decoded inline.
func lastRune(s string) rune {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1])
	}
	if n > 1 && s[n-1]&0xC0 == 0x80 && s[n-2] >= 0xC2 && s[n-2] < 0xE0 {
		return rune(s[n-2]&0x1F)<<6 | rune(s[n-1]&0x3F)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
