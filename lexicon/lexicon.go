package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

//go:embed data
var builtin embed.FS

// Lexicon is a loaded, merged set of entries.
type Lexicon struct {
	byID    map[string]*Entry
	entries []*Entry // in load order
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Entries returns every entry in load order. The slice must not be changed.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Get returns the entry with the given id, or nil.
func (l *Lexicon) Get(id string) *Entry { return l.byID[id] }

// Load reads the built-in lexicon and then every *.txt file under each of
// dirs, in sorted order. Records with an id already loaded extend and
// override it. Bad records are reported together in the error, each with
// its file and line, and left out; the rest still load, so a caller may go
// on with the returned lexicon after reporting the error.
func Load(dirs ...string) (*Lexicon, error) {
	l := &Lexicon{byID: map[string]*Entry{}}
	var errs []error
	errs = append(errs, l.addFS(builtin, "data", "lexicon/")...)
	for _, d := range dirs {
		info, err := os.Stat(d)
		if err != nil {
			errs = append(errs, fmt.Errorf("lexicon: %w", err))
			continue
		}
		if !info.IsDir() {
			errs = append(errs, fmt.Errorf("lexicon: %s is not a directory", d))
			continue
		}
		errs = append(errs, l.addFS(os.DirFS(d), ".", strings.TrimSuffix(d, "/")+"/")...)
	}
	for _, e := range l.entries {
		if err := e.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	return l, errors.Join(errs...)
}

// addFS loads every .txt file under root of fsys.
func (l *Lexicon) addFS(fsys fs.FS, root, prefix string) []error {
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return []error{fmt.Errorf("lexicon: reading %s: %w", prefix, err)}
	}
	sort.Strings(files)
	var errs []error
	for _, p := range files {
		f, err := fsys.Open(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("lexicon: %w", err))
			continue
		}
		src := filepath.ToSlash(filepath.Join(prefix, strings.TrimPrefix(p, root+"/")))
		if root == "." {
			src = prefix + p
		}
		entries, perrs := Parse(f, src)
		f.Close()
		errs = append(errs, perrs...)
		for i := range entries {
			l.add(&entries[i])
		}
	}
	return errs
}

// add merges e into the lexicon: a new id is appended; a known id takes
// every scalar field e sets, and e's names, adjectives, metonyms and offices
// are added to its own.
func (l *Lexicon) add(e *Entry) {
	old, ok := l.byID[e.ID]
	if !ok {
		l.byID[e.ID] = e
		l.entries = append(l.entries, e)
		return
	}
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&old.Type, e.Type}, {&old.Name, e.Name}, {&old.Country, e.Country}, {&old.Sector, e.Sector},
		{&old.Role, e.Role}, {&old.Wikidata, e.Wikidata},
	} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
	for lang, names := range e.Names {
		old.Names[lang] = appendNew(old.Names[lang], names)
	}
	old.Adj = appendNew(old.Adj, e.Adj)
	old.Metonym = appendNew(old.Metonym, e.Metonym)
	for _, o := range e.Offices {
		if !slices.Contains(old.Offices, o) {
			old.Offices = append(old.Offices, o)
		}
	}
	old.Source = e.Source
}

// appendNew appends the items of add that dst lacks.
func appendNew(dst, add []string) []string {
	for _, s := range add {
		if !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}
