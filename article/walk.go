package article

import (
	"context"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// Batch reads articles from files, folders and standard input, and counts
// what it read. A Batch is not safe for concurrent use; read its Stats
// after the loop over Read ends.
type Batch struct {
	opts  Options
	stats Stats
}

// NewBatch returns a Batch that reads with opts.
func NewBatch(opts Options) *Batch { return &Batch{opts: opts} }

// Stats returns the counts so far.
func (b *Batch) Stats() Stats { return b.stats }

// Read reads articles from files, folders and standard input ("-") with a
// fresh Batch; see Batch.Read for how each path is read, and use NewBatch
// to get the counts too.
func Read(ctx context.Context, paths []string, opts Options) iter.Seq2[Article, error] {
	return NewBatch(opts).Read(ctx, paths)
}

// Read yields the articles in paths, in order. A path is read this way:
//
//   - "-" is standard input (Options.Stdin), format sniffed (Auto).
//   - A folder is walked recursively in sorted order. Files ending in .txt
//     are read as dated or plain text, .jsonl and .ndjson as JSON Lines
//     (case-insensitively); other files, and hidden files and folders
//     (name starting with '.'), are skipped and counted in Stats.
//   - A file named directly is read by its extension as above, and by
//     sniffing (Auto) when its extension is any other.
//
// Read yields (Article, nil) for each article and (Article{}, err) for
// each failure, err being a *RecordError, and goes on to the next record.
// It stops early only when the loop breaks or ctx is cancelled (then it
// yields ctx.Err() last). Invalid options yield one plain error.
func (b *Batch) Read(ctx context.Context, paths []string) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		if err := b.opts.Validate(); err != nil {
			b.stats.record(err)
			yield(Article{}, err)
			return
		}
		opts := b.opts.withDefaults()
		counted := func(a Article, err error) bool {
			b.stats.record(err)
			return yield(a, err)
		}
		for _, path := range paths {
			if err := ctx.Err(); err != nil {
				counted(Article{}, err)
				return
			}
			if !b.readPath(ctx, path, opts, counted) {
				return
			}
		}
	}
}

// readPath reads one path given to Read; it returns false to stop.
func (b *Batch) readPath(ctx context.Context, path string, opts Options, yield func(Article, error) bool) bool {
	if path == "-" {
		var stdin io.Reader = os.Stdin
		if opts.Stdin != nil {
			stdin = opts.Stdin
		}
		b.stats.Files++
		return readStream(ctx, stdin, "-", Auto, opts, 0, b.stats.skip, yield)
	}
	info, err := os.Stat(path)
	if err != nil {
		return yield(Article{}, recordErr(path, 0, err))
	}
	if info.IsDir() {
		return b.walk(ctx, path, opts, yield)
	}
	format, ok := formatByExt(path)
	if !ok {
		format = Auto
	}
	return b.readFile(ctx, path, info, format, opts, yield)
}

// walk reads the files under root in sorted order; it returns false to
// stop.
func (b *Batch) walk(ctx context.Context, root string, opts Options, yield func(Article, error) bool) bool {
	keepGoing := true
	stop := func() error { keepGoing = false; return filepath.SkipAll }
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// A folder that could not be listed, or a file gone since.
			if !yield(Article{}, recordErr(path, 0, err)) {
				return stop()
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			b.stats.skip("hidden")
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if err := ctx.Err(); err != nil {
			yield(Article{}, err)
			return stop()
		}
		info, err := os.Stat(path) // follows a symlink
		switch {
		case err != nil:
			if !yield(Article{}, recordErr(path, 0, err)) {
				return stop()
			}
			return nil
		case info.IsDir():
			b.stats.skip("symlinked folder") // not followed: it could loop
			return nil
		case !info.Mode().IsRegular():
			b.stats.skip("not a regular file")
			return nil
		}
		format, ok := formatByExt(path)
		if !ok {
			b.stats.skip(extReason(path))
			return nil
		}
		if !b.readFile(ctx, path, info, format, opts, yield) {
			return stop()
		}
		return nil
	})
	return keepGoing
}

// readFile reads one file; it returns false to stop.
func (b *Batch) readFile(ctx context.Context, path string, info fs.FileInfo, format Format, opts Options, yield func(Article, error) bool) bool {
	whole := format != JSONLines && format != WARC && format != Auto // read whole, so capped
	if whole && info.Mode().IsRegular() && info.Size() > opts.MaxFileBytes {
		return yield(Article{}, recordErr(path, 1, tooLargeErr(opts.MaxFileBytes)))
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(Article{}, recordErr(path, 0, err))
	}
	defer f.Close()
	b.stats.Files++
	var sizeHint int64
	if info.Mode().IsRegular() {
		sizeHint = info.Size()
	}
	return readStream(ctx, f, path, format, opts, sizeHint, b.stats.skip, yield)
}

// formatByExt picks the reader for a file name by its extension: .txt is
// text, .jsonl and .ndjson JSON Lines; web files (.html, .htm, .xhtml,
// .shtml, .xml, .rss, .atom, .rdf, .warc, .warc.gz, .arc.gz) are read by
// their content (Auto), since a saved feed is often .xml or .html and a
// page .php. Other extensions are not read in folders.
func formatByExt(path string) (Format, bool) {
	lower := strings.ToLower(path)
	if strings.HasSuffix(lower, ".warc.gz") {
		return Auto, true
	}
	switch filepath.Ext(lower) {
	case ".txt":
		return anyText, true
	case ".jsonl", ".ndjson":
		return JSONLines, true
	case ".html", ".htm", ".xhtml", ".shtml", ".xml", ".rss", ".atom", ".rdf", ".warc":
		return Auto, true
	}
	return Auto, false
}

// extReason names why a file was skipped for its extension.
func extReason(path string) string {
	if ext := filepath.Ext(path); ext != "" {
		return "extension " + strings.ToLower(ext)
	}
	return "no extension"
}
