package recognize

import "khabar/text"

// Doc is one article as the recognizer sees it.
type Doc struct {
	Body      string          // the article body as read
	Norm      string          // its normalized form (khabar/text/fa for fa; white space cleaned for other languages)
	Align     *text.Alignment // maps Norm offsets back to Body
	Sentences []text.Sentence // spans in Norm
	Tokens    []text.Token    // spans in Norm
	Lang      string          // "fa" or "en"; other languages get no entities
	Variant   string
	Date      string // YYYY-MM-DD or "": picks the office a person held
}

// Entity is one mention of an actor, place or named event.
type Entity struct {
	ID        string // "e1", "e2", …: every mention of one actor shares it
	Type      string // PER, ORG, LOC, EVT
	Text      string // Body[Start:End]
	Canonical string // the lexicon's canonical English name, or the name as written
	Start     int    // byte offsets into Body
	End       int
	Sentence  int // index into Doc.Sentences
	Country   string
	Sector    string
	Wikidata  string
	Entry     string // lexicon id (per/donald-trump), or ""
	Role      string // office, when the lexicon or an apposition tells it (foreign-minister)
	Adjective bool   // found through a demonym or adjective (قزاقی, American)
	// Source says how the mention was found: "lexicon"; "apposition" (a
	// name beside a title after a comma); "parenthesis" (a Persian name
	// before its Latin form in brackets); "quoted" (a name in quotation
	// marks after a head noun); "pattern:<name>" for the other context
	// patterns (title, head, given-name, honorific, kin, speech, age,
	// place, capitals, surname: a short form or repeat of a name found
	// before);
	// or "coref" (a pronoun or "this country": Text is the pronoun).
	Source string
}

// Sources.
const (
	SourceLexicon     = "lexicon"
	SourceApposition  = "apposition"
	SourceParenthesis = "parenthesis"
	SourceQuoted      = "quoted"
	SourceTitle       = "pattern:title"
	SourceHead        = "pattern:head"
	SourceGivenName   = "pattern:given-name"
	SourceHonorific   = "pattern:honorific"
	SourceKin         = "pattern:kin"
	SourceSpeech      = "pattern:speech"
	SourceAge         = "pattern:age"
	SourcePlace       = "pattern:place"
	SourceCapitals    = "pattern:capitals"
	SourceSurname     = "pattern:surname"
	SourceReport      = "pattern:report"
	SourceCoref       = "coref"
)

// IsAgent reports whether the mention is an agent of the lexicon: a
// common noun naming a sector (police, the foreign ministry), not a name.
func (e Entity) IsAgent() bool { return len(e.Entry) > 6 && e.Entry[:6] == "agent/" }

// Named reports whether the mention belongs in a list of named entities:
// everything but agents. Adjectives and pronouns are kept, since they
// share the id of the actor they name.
func (e Entity) Named() bool { return !e.IsAgent() }
