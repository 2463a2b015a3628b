package lexicon

import (
	"fmt"
	"io"
	"strings"

	"khabar/internal/records"
)

// scalarKeys are the keys that hold one value.
var scalarKeys = map[string]bool{
	"id": true, "type": true, "name": true, "country": true, "sector": true, "role": true, "wikidata": true,
}

// listKeys are the keys whose value is a ` | `-separated list.
var listKeys = map[string]bool{
	LangEN: true, LangFA: true, LangFAAF: true, LangFAIR: true, "adj": true, "metonym": true,
}

// Parse reads the records of one lexicon file. A record with a bad line is
// reported, with its file and line, and dropped; the others are returned.
func Parse(r io.Reader, source string) ([]Entry, []error) {
	recs, errs := records.Read(r, source)
	entries := make([]Entry, 0, len(recs))
	for _, rec := range recs {
		e, err := entryOf(rec, source)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		entries = append(entries, e)
	}
	return entries, errs
}

// entryOf builds an entry from one record.
func entryOf(rec records.Record, source string) (Entry, error) {
	e := Entry{Names: map[string][]string{}, Source: fmt.Sprintf("%s:%d", source, rec.Line)}
	set := map[string]bool{}
	for _, f := range rec.Fields {
		fail := func(msg string) (Entry, error) {
			return Entry{}, &records.Error{Source: source, Line: f.Line, Msg: msg}
		}
		switch {
		case scalarKeys[f.Key]:
			if set[f.Key] {
				return fail(fmt.Sprintf("key %q given twice in one record", f.Key))
			}
			set[f.Key] = true
			setScalar(&e, f.Key, f.Value)
		case listKeys[f.Key]:
			names := records.List(f.Value)
			switch f.Key {
			case "adj":
				e.Adj = append(e.Adj, names...)
			case "metonym":
				e.Metonym = append(e.Metonym, names...)
			default:
				e.Names[f.Key] = append(e.Names[f.Key], names...)
			}
		case f.Key == "office":
			o, err := parseOffice(f.Value)
			if err != nil {
				return fail(err.Error())
			}
			e.Offices = append(e.Offices, o)
		default:
			return fail(fmt.Sprintf("unknown key %q", f.Key))
		}
	}
	if e.ID == "" {
		return Entry{}, &records.Error{Source: source, Line: rec.Line, Msg: "record has no id"}
	}
	return e, nil
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
