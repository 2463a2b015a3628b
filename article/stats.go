package article

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
)

// Stats counts what a Batch read. An article read with a fault (a bad
// date: the article is kept with Date "") counts once in Articles and once
// in Failed.
type Stats struct {
	// Files is the number of files (and standard input) opened for reading.
	Files int
	// Articles is the number of articles yielded.
	Articles int
	// Failed is the number of errors yielded; FailedBy splits it by
	// reason: "empty file", "invalid UTF-8", "bad date", "not found", …
	Failed   int
	FailedBy map[string]int
	// Skipped is the number of files and folders passed over on purpose
	// while walking a folder; SkippedBy splits it by reason: "hidden",
	// "extension .json", "no extension", "symlinked folder", ….
	Skipped   int
	SkippedBy map[string]int
}

// OK reports whether nothing failed.
func (s Stats) OK() bool { return s.Failed == 0 }

// String sums the counts up in one line, e.g. "38 files, 37 articles,
// 1 failed (invalid UTF-8: 1), 12 skipped (extension .json: 12)".
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s, %d failed", plural(s.Files, "file"), plural(s.Articles, "article"), s.Failed)
	writeReasons(&b, s.FailedBy)
	fmt.Fprintf(&b, ", %d skipped", s.Skipped)
	writeReasons(&b, s.SkippedBy)
	return b.String()
}

// writeReasons writes " (reason: n, …)" in sorted order, or nothing.
func writeReasons(b *strings.Builder, by map[string]int) {
	if len(by) == 0 {
		return
	}
	b.WriteString(" (")
	for i, reason := range slices.Sorted(maps.Keys(by)) {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(b, "%s: %d", reason, by[reason])
	}
	b.WriteString(")")
}

// record counts one yielded pair.
func (s *Stats) record(err error) {
	if err == nil {
		s.Articles++
		return
	}
	s.Failed++
	if s.FailedBy == nil {
		s.FailedBy = map[string]int{}
	}
	s.FailedBy[reasonOf(err)]++
}

// skip counts one file or folder passed over.
func (s *Stats) skip(reason string) {
	s.Skipped++
	if s.SkippedBy == nil {
		s.SkippedBy = map[string]int{}
	}
	s.SkippedBy[reason]++
}

// reasonOf names the kind of err in a few words: the sentinel's message
// without its "article: " prefix, or a file system or context reason.
func reasonOf(err error) string {
	for _, sentinel := range sentinels {
		if errors.Is(err, sentinel) {
			return strings.TrimPrefix(sentinel.Error(), "article: ")
		}
	}
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "canceled"
	case errors.Is(err, fs.ErrNotExist):
		return "not found"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case !errors.As(err, new(*RecordError)):
		return "options"
	}
	return "i/o"
}

// plural writes "1 file" or "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
