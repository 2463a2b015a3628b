package code

import (
	"khabar/amounts"
	"khabar/dates"
	"khabar/quotes"
	"khabar/recognize"
)

// Input is one article as the coder needs it: the recognizer's document
// and every entity mention, with the dates and amounts found in its
// normalized text.
type Input struct {
	Doc      recognize.Doc
	Entities []recognize.Entity // every mention, agents, adjectives and pronouns included, sorted by Start
	Dates    []dates.Expr       // spans in Doc.Norm
	Amounts  []amounts.Amount   // spans in Doc.Norm
	// Quotes are the article's quotations (spans in Doc.Body), whose
	// speakers stand for "we" and ما inside their direct quotes.
	Quotes []quotes.Quote
}

// Party is one actor or recipient of an event.
type Party struct {
	Code   string // ISO 3166-1 alpha-3, or an organisation code (EU, UN, …)
	Name   string // the canonical name of the mention that gave the code
	Sector string // GOV, MIL, BUS, … of the mention
	Entity string // the entity id, or "" when the party is not a mention
}

// Event is one coded event.
type Event struct {
	Type    string   // one of the 16 PLOVER types
	Mode    string   // PLOVER mode, or ""
	Context []string // PLOVER contexts

	Date          string // YYYY-MM-DD, YYYY-MM or YYYY, or "" when the text gives none
	DatePrecision string // day, month, year or ""

	Actor, Recipient []Party

	CAMEO     string
	QuadCode  int
	Goldstein float64

	// Sentence is the index into Doc.Sentences of the trigger's sentence:
	// the first mention, or the first that names both sides when an
	// earlier one-sided report was merged in (Mentions lists them all).
	Sentence   int
	Trigger    string // the trigger as written in the body
	Start, End int    // the trigger's byte span in Doc.Body
	EventText  string // the body text of the sentence
	Amounts    []int  // indexes into Input.Amounts in the event's sentence

	Negated    bool    // the trigger was negated and the entry turned it into another type
	Confidence float64 // 0 to 1; see confidence.go
	Mentions   []int   // every sentence that reports this event, in order
}
