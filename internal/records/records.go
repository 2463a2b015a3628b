// Package records reads khabar's plain-text data files: records separated
// by blank lines, each a run of "key: value" lines, with "#" comment lines.
// The lexicon and the trigger lexicon are written this way so that people
// can read and review them.
package records

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Field is one "key: value" line.
type Field struct {
	Key, Value string
	Line       int
}

// Record is one record: its fields in file order, and the line it starts on.
type Record struct {
	Line   int
	Fields []Field
}

// Error is a line of a data file that could not be read.
type Error struct {
	Source string
	Line   int
	Msg    string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.Source, e.Line, e.Msg) }

// Read reads every record of r. A line that is not "key: value" is
// reported, with its record dropped; the other records are returned.
func Read(r io.Reader, source string) ([]Record, []error) {
	var (
		out  []Record
		errs []error
		cur  *Record
		bad  bool
	)
	flush := func() {
		if cur != nil && !bad && len(cur.Fields) > 0 {
			out = append(out, *cur)
		}
		cur, bad = nil, false
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if text == "" {
			flush()
			continue
		}
		if strings.HasPrefix(text, "#") {
			continue
		}
		if cur == nil {
			cur = &Record{Line: line}
		}
		key, val, ok := strings.Cut(text, ":")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || key == "" || strings.ContainsAny(key, " \t") {
			errs = append(errs, &Error{source, line, fmt.Sprintf("%q is not a key: value line", text)})
			bad = true
			continue
		}
		if val != "" {
			cur.Fields = append(cur.Fields, Field{Key: key, Value: val, Line: line})
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{source, line + 1, err.Error()})
	}
	return out, errs
}

// List splits a " | "-separated value, dropping empty items.
func List(val string) []string {
	var out []string
	for _, s := range strings.Split(val, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
