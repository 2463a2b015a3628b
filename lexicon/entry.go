package lexicon

// Entity types.
const (
	PER = "PER"
	ORG = "ORG"
	LOC = "LOC"
	EVT = "EVT"
)

// Name languages: the keys of Entry.Names.
const (
	LangEN   = "en"
	LangFA   = "fa"
	LangFAAF = "fa-AF"
	LangFAIR = "fa-IR"
)

// Entry is one actor, place or named event of the lexicon.
type Entry struct {
	ID       string // kind/slug, e.g. per/donald-trump
	Type     string // PER, ORG, LOC or EVT
	Name     string // canonical English name
	Country  string // ISO 3166-1 alpha-3 or organisation code, or ""
	Sector   string // GOV, MIL, BUS, …, or ""
	Role     string
	Wikidata string
	// Names holds the names by language: en, fa, fa-AF, fa-IR.
	Names map[string][]string
	// Adj holds demonyms and adjectives that point to the entry.
	Adj []string
	// Metonym holds names that stand for the entry (a capital for its
	// government).
	Metonym []string
	Offices []Office
	// Source is where the entry was last defined, as file:line.
	Source string
}

// Kind is the part of the id before the slash: country, igo, per, org, loc,
// evt or agent.
func (e *Entry) Kind() string {
	for i := 0; i < len(e.ID); i++ {
		if e.ID[i] == '/' {
			return e.ID[:i]
		}
	}
	return ""
}

// IsAgent reports whether the entry is a common noun naming a sector.
func (e *Entry) IsAgent() bool { return e.Kind() == "agent" }

// AllNames returns every name of the entry in every language, adjectives
// and metonyms left out.
func (e *Entry) AllNames() []string {
	var out []string
	for _, l := range []string{LangEN, LangFA, LangFAAF, LangFAIR} {
		out = append(out, e.Names[l]...)
	}
	return out
}

// Office is one office an entry held.
type Office struct {
	Office  string // head-of-state, foreign-minister, …
	Country string
	From    string // YYYY, YYYY-MM or YYYY-MM-DD
	To      string // same, or "" while in office
}

// HeldOn reports whether the office was held on date (YYYY-MM-DD, or a
// shorter prefix). Dates compare as strings, which works for these forms.
func (o Office) HeldOn(date string) bool {
	if date == "" {
		return o.To == ""
	}
	if o.From != "" && date < o.From[:min(len(o.From), len(date))] {
		return false
	}
	if o.To != "" && date[:min(len(o.To), len(date))] > o.To {
		return false
	}
	return true
}
