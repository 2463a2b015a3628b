package gold

// Prediction is the part of one `khabar extract` output line that is
// scored, as the output contract writes it.
type Prediction struct {
	Article struct {
		Source string `json:"source"`
		Date   string `json:"date"`
	} `json:"article"`
	Entities []PredEntity `json:"entities"`
	Amounts  []PredAmount `json:"amounts"`
	Events   []PredEvent  `json:"events"`
	Quotes   []PredQuote  `json:"quotes"`
}

// PredEntity is one entity mention.
type PredEntity struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Text      string `json:"text"`
	Canonical string `json:"canonical"`
}

// PredAmount is one amount.
type PredAmount struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Text  string  `json:"text"`
}

// PredActor is one actor or recipient of an event.
type PredActor struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// PredEvent is one event.
type PredEvent struct {
	Type      string      `json:"type"`
	Date      string      `json:"date"`
	Actor     []PredActor `json:"actor"`
	Recipient []PredActor `json:"recipient"`
	Trigger   string      `json:"trigger"`
	Sentence  int         `json:"sentence"`
}

// PredQuote is one quote.
type PredQuote struct {
	Speaker       string `json:"speaker"`
	SpeakerEntity string `json:"speaker_entity"`
	Direct        bool   `json:"direct"`
	Sentence      int    `json:"sentence"`
}
