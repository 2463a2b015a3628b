package article

import "unicode/utf8"

// Lines end at "\n", "\r\n" or a lone "\r", as text editors count them.

// lineAt returns the 1-based line of text that holds byte offset off,
// counting from firstLine at offset 0.
func lineAt(text string, off, firstLine int) int {
	line := firstLine
	for i := 0; i < off && i < len(text); i++ {
		switch text[i] {
		case '\n':
			line++
		case '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				line++
			}
		}
	}
	return line
}

// columnAt returns the 1-based byte column of offset off in its line.
func columnAt(text string, off int) int {
	start := off
	for start > 0 && text[start-1] != '\n' && text[start-1] != '\r' {
		start--
	}
	return off - start + 1
}

// firstInvalidUTF8 returns the offset of the first byte of s that is not
// part of valid UTF-8, or -1 when s is valid.
func firstInvalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// trimLineBreaks cuts trailing "\n" and "\r" from s.
func trimLineBreaks(s string) string {
	end := len(s)
	for end > 0 && (s[end-1] == '\n' || s[end-1] == '\r') {
		end--
	}
	return s[:end]
}
