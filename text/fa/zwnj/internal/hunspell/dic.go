package hunspell

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Entry is one line of a .dic file: a word and its flags.
type Entry struct {
	Word  string
	Flags []string
}

// ParseDic reads a .dic file (a count line, then word/flags lines). The
// count is checked against the lines read. name is used in error messages.
func ParseDic(r io.Reader, aff *Aff, name string) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var entries []Entry
	want := -1
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(strings.TrimRight(sc.Text(), "\r"))
		if text == "" {
			continue
		}
		if want < 0 {
			n, err := strconv.Atoi(text)
			if err != nil {
				return nil, fmt.Errorf("hunspell: %s:%d: first line should be the entry count, got %q", name, line, text)
			}
			want = n
			continue
		}
		// Morphological fields after a tab or space are ignored.
		if i := strings.IndexAny(text, "\t "); i >= 0 {
			text = text[:i]
		}
		e := Entry{Word: text}
		if i := strings.Index(text, "/"); i > 0 {
			e.Word = text[:i]
			e.Flags = aff.SplitFlags(text[i+1:])
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("hunspell: reading %s: %v", name, err)
	}
	if want >= 0 && len(entries) != want {
		return nil, fmt.Errorf("hunspell: %s: header says %d entries, read %d", name, want, len(entries))
	}
	return entries, nil
}
