package triggers

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"khabar/internal/records"
)

//go:embed data
var builtin embed.FS

// Lexicon is a loaded trigger lexicon with its surface forms indexed.
type Lexicon struct {
	entries []*Entry
	byID    map[string]*Entry
	forms   *formIndex // folded surface forms (no spaces) → triggers
	maxToks int        // the most tokens a form spans
	// gaps are the predicates written with a gap (Gap), by the folded
	// words before it; gapToks is the most tokens those words span.
	gaps     map[string]gapGroup
	gapToks  int
	gapFirst map[string]bool // the first words of the gaps' keys
}

// headBytes is how much of a form's beginning the heads set keeps: enough
// to turn most tokens away with one lookup.
const headBytes = 8

// Entries returns every entry, in load order.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Get returns the entry with the given id, or nil.
func (l *Lexicon) Get(id string) *Entry { return l.byID[id] }

// Forms returns how many distinct surface forms are indexed.
func (l *Lexicon) Forms() int { return l.forms.len() }

// Load reads the built-in trigger files and then every triggers*.txt file
// under each of dirs. An entry whose id is already loaded replaces it.
// Bad records are reported in the error, each with file and line, and left
// out; the rest still load.
func Load(dirs ...string) (*Lexicon, error) {
	l := &Lexicon{byID: map[string]*Entry{}}
	var errs []error
	errs = append(errs, l.addFS(builtin, "data", "code/triggers/data/", false)...)
	for _, d := range dirs {
		if info, err := os.Stat(d); err != nil || !info.IsDir() {
			errs = append(errs, fmt.Errorf("triggers: %s is not a directory", d))
			continue
		}
		errs = append(errs, l.addFS(os.DirFS(d), ".", strings.TrimSuffix(d, "/")+"/", true)...)
	}
	c := conjugations{}
	for _, e := range l.entries {
		if err := e.validate(c, true); err != nil {
			errs = append(errs, err)
		}
	}
	l.index()
	return l, errors.Join(errs...)
}

func (l *Lexicon) addFS(fsys fs.FS, root, prefix string, onlyTriggers bool) []error {
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := path.Base(p)
		if !d.IsDir() && strings.HasSuffix(name, ".txt") && (!onlyTriggers || strings.HasPrefix(name, "triggers")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return []error{fmt.Errorf("triggers: reading %s: %w", prefix, err)}
	}
	sort.Strings(files)
	var errs []error
	for _, p := range files {
		f, err := fsys.Open(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		src := prefix + strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		recs, rerrs := records.Read(f, src)
		f.Close()
		errs = append(errs, rerrs...)
		for _, r := range recs {
			e, err := entryOf(r, src)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if old, ok := l.byID[e.ID]; ok {
				*old = *e
				continue
			}
			l.byID[e.ID] = e
			l.entries = append(l.entries, e)
		}
	}
	return errs
}

// entryOf builds an entry from a record.
func entryOf(r records.Record, src string) (*Entry, error) {
	e := &Entry{Source: fmt.Sprintf("%s:%d", src, r.Line)}
	seen := map[string]bool{}
	for _, f := range r.Fields {
		single := func(dst *string) error {
			if seen[f.Key] {
				return &records.Error{Source: src, Line: f.Line, Msg: fmt.Sprintf("key %q given twice", f.Key)}
			}
			seen[f.Key] = true
			*dst = f.Value
			return nil
		}
		var err error
		switch f.Key {
		case "id":
			err = single(&e.ID)
		case "lang":
			err = single(&e.Lang)
		case "type":
			err = single(&e.Type)
		case "mode":
			err = single(&e.Mode)
		case "cameo":
			err = single(&e.CAMEO)
		case "negated":
			err = single(&e.Negated)
		case "note":
			err = single(&e.Note)
		case "needs":
			e.Needs = append(e.Needs, records.List(f.Value)...)
		case "casualties":
			var v string
			if err = single(&v); err == nil {
				switch v {
				case "yes":
					e.Casualties = true
				case "no":
				default:
					err = &records.Error{Source: src, Line: f.Line, Msg: fmt.Sprintf("casualties: want yes or no, got %q", v)}
				}
			}
		case "context":
			e.Context = append(e.Context, records.List(f.Value)...)
		case "verb":
			e.Verbs = append(e.Verbs, f.Value)
		case "noun":
			e.Nouns = append(e.Nouns, records.List(f.Value)...)
		case "args":
			err = parseArgs(e, f.Value)
			if err != nil {
				err = &records.Error{Source: src, Line: f.Line, Msg: err.Error()}
			}
		default:
			err = &records.Error{Source: src, Line: f.Line, Msg: fmt.Sprintf("unknown key %q", f.Key)}
		}
		if err != nil {
			return nil, err
		}
	}
	if e.ID == "" {
		return nil, &records.Error{Source: src, Line: r.Line, Msg: "record has no id"}
	}
	if len(e.Actor) == 0 {
		e.Actor = []string{"subject"}
	}
	if len(e.Recipient) == 0 {
		e.Recipient = []string{"object"}
	}
	if e.Negated == "" {
		e.Negated = "drop"
	}
	return e, nil
}

// parseArgs reads "actor=subject recipient=با,میان".
func parseArgs(e *Entry, val string) error {
	for _, part := range strings.Fields(val) {
		k, v, ok := strings.Cut(part, "=")
		if !ok || v == "" {
			return fmt.Errorf("args %q: want actor=… recipient=…", part)
		}
		roles := strings.Split(v, ",")
		switch k {
		case "actor":
			e.Actor = append(e.Actor, roles...)
		case "recipient":
			e.Recipient = append(e.Recipient, roles...)
		default:
			return fmt.Errorf("args: unknown argument %q (want actor or recipient)", k)
		}
	}
	return nil
}
