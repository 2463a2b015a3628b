package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ParseError is one record of a lexicon file that could not be read.
type ParseError struct {
	Source string
	Line   int
	Msg    string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Source, e.Line, e.Msg) }

// scalarKeys are the keys that hold one value.
var scalarKeys = map[string]bool{
	"id": true, "type": true, "name": true, "country": true, "sector": true, "role": true, "wikidata": true,
}

// listKeys are the keys whose value is a ` | `-separated list.
var listKeys = map[string]bool{
	LangEN: true, LangFA: true, LangFAAF: true, LangFAIR: true, "adj": true, "metonym": true,
}

// Parse reads the records of one lexicon file. A record with a bad line is
// reported and dropped; the others are returned.
func Parse(r io.Reader, source string) ([]Entry, []error) {
	var (
		entries []Entry
		errs    []error
		cur     *Entry
		bad     bool
		set     map[string]bool
	)
	flush := func() {
		if cur != nil && !bad {
			if cur.ID == "" {
				errs = append(errs, &ParseError{source, lineOf(cur.Source), "record has no id"})
			} else {
				entries = append(entries, *cur)
			}
		}
		cur, bad, set = nil, false, nil
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
			cur = &Entry{Names: map[string][]string{}, Source: fmt.Sprintf("%s:%d", source, line)}
			set = map[string]bool{}
		}
		key, val, ok := strings.Cut(text, ":")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || key == "" {
			errs = append(errs, &ParseError{source, line, fmt.Sprintf("%q is not a key: value line", text)})
			bad = true
			continue
		}
		if val == "" {
			continue
		}
		switch {
		case scalarKeys[key]:
			if set[key] {
				errs = append(errs, &ParseError{source, line, fmt.Sprintf("key %q given twice in one record", key)})
				bad = true
				continue
			}
			set[key] = true
			setScalar(cur, key, val)
		case listKeys[key]:
			names := splitList(val)
			switch key {
			case "adj":
				cur.Adj = append(cur.Adj, names...)
			case "metonym":
				cur.Metonym = append(cur.Metonym, names...)
			default:
				cur.Names[key] = append(cur.Names[key], names...)
			}
		case key == "office":
			o, err := parseOffice(val)
			if err != nil {
				errs = append(errs, &ParseError{source, line, err.Error()})
				bad = true
				continue
			}
			cur.Offices = append(cur.Offices, o)
		default:
			errs = append(errs, &ParseError{source, line, fmt.Sprintf("unknown key %q", key)})
			bad = true
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		errs = append(errs, &ParseError{source, line + 1, err.Error()})
	}
	return entries, errs
}

func setScalar(e *Entry, key, val string) {
	switch key {
	case "id":
		e.ID = val
	case "type":
		e.Type = val
	case "name":
		e.Name = val
	case "country":
		e.Country = val
	case "sector":
		e.Sector = val
	case "role":
		e.Role = val
	case "wikidata":
		e.Wikidata = val
	}
}

// splitList splits a ` | `-separated value, dropping empty items.
func splitList(val string) []string {
	var out []string
	for _, s := range strings.Split(val, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// parseOffice reads "<office> <country> <from> [<to>]".
func parseOffice(val string) (Office, error) {
	f := strings.Fields(val)
	if len(f) < 3 || len(f) > 4 {
		return Office{}, fmt.Errorf("office %q: want <office> <country> <from> [<to>]", val)
	}
	o := Office{Office: f[0], Country: f[1], From: f[2]}
	if len(f) == 4 {
		o.To = f[3]
	}
	return o, nil
}

// lineOf returns the line number of a file:line source.
func lineOf(src string) int {
	if i := strings.LastIndexByte(src, ':'); i >= 0 {
		n := 0
		fmt.Sscanf(src[i+1:], "%d", &n)
		return n
	}
	return 0
}
