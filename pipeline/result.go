package pipeline

import "khabar/article"

// Version is the khabar_version of the output contract this package writes
// (../shared/contract/OUTPUT.md).
const Version = "1"

// Result is what Extract finds in one article, in the shape of the output
// contract: one JSON object per article.
type Result struct {
	KhabarVersion string `json:"khabar_version"`
	// Coded says the article's language is one khabar codes (Persian or
	// English): an article in Pashto, Arabic, Russian… is kept with its
	// language and sentences, and no entity, amount, event or quote.
	Coded     bool            `json:"coded"`
	Article   article.Article `json:"article"`
	Sentences []Sentence      `json:"sentences"`
	Tokens    []Token         `json:"tokens,omitempty"`
	Entities  []Entity        `json:"entities"`
	Amounts   []Amount        `json:"amounts"`
	Events    []Event         `json:"events"`
	Quotes    []Quote         `json:"quotes"`
}

// Party is one actor or recipient of an event.
type Party struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Sector string `json:"sector,omitempty"`
	Entity string `json:"entity,omitempty"`
}

// Event is one coded event, in PLOVER terms with its CAMEO code.
type Event struct {
	ID            string   `json:"id"`
	Type          string   `json:"type"`
	Mode          string   `json:"mode,omitempty"`
	Context       []string `json:"context"`
	Date          string   `json:"date,omitempty"`
	DatePrecision string   `json:"date_precision,omitempty"`
	Actor         []Party  `json:"actor"`
	Recipient     []Party  `json:"recipient"`
	CAMEO         string   `json:"cameo"`
	QuadCode      int      `json:"quad_code"`
	Goldstein     float64  `json:"goldstein"`
	Sentence      int      `json:"sentence"`
	Trigger       string   `json:"trigger"`
	Start         int      `json:"start"`
	End           int      `json:"end"`
	EventText     string   `json:"event_text"`
	Amounts       []string `json:"amounts"`
	Negated       bool     `json:"negated"`
	Confidence    float64  `json:"confidence"`
	// Mentions lists every sentence that reports the event.
	Mentions []int `json:"mentions"`
}

// Quote is one direct or indirect quotation and who said it.
type Quote struct {
	Speaker string `json:"speaker"`
	// SpeakerEntity is the id of the speaker's entity, or "".
	SpeakerEntity string `json:"speaker_entity"`
	Text          string `json:"text"`
	Direct        bool   `json:"direct"`
	Sentence      int    `json:"sentence"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
}

// Amount is one amount of money, percentage or count.
type Amount struct {
	ID    string  `json:"id"`
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit,omitempty"`
	// Thing is the counted noun of a count, as written.
	Thing    string `json:"thing,omitempty"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// Entity is one mention of an actor, place or named event. Every mention
// of one actor shares its id.
type Entity struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Text      string `json:"text"`
	Canonical string `json:"canonical"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Sentence  int    `json:"sentence"`
	Country   string `json:"country,omitempty"`
	Sector    string `json:"sector,omitempty"`
	Wikidata  string `json:"wikidata,omitempty"`
	// Entry is the lexicon id the mention was linked to, if any.
	Entry string `json:"entry,omitempty"`
	// Role is the office the text or the lexicon gives.
	Role string `json:"role,omitempty"`
	// Source says how the mention was found (lexicon, apposition, coref, …).
	Source string `json:"source,omitempty"`
}

// Sentence is one sentence of the article, as byte offsets into its body.
type Sentence struct {
	Index int `json:"index"`
	Start int `json:"start"`
	End   int `json:"end"`
	// DuplicateOf is the index of the sentence this one repeats, or nil.
	DuplicateOf *int `json:"duplicate_of"`
	// Quote is true when the sentence lies inside a quotation.
	Quote bool `json:"quote,omitempty"`
}

// Token is one token, as byte offsets into the article body.
type Token struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Kind     string `json:"kind"`
	Sentence int    `json:"sentence"`
}
