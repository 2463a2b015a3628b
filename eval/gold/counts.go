package gold

import "fmt"

// Counts is the tally of one kind of item over one or more articles.
type Counts struct {
	Matched   int `json:"matched"`   // predicted items that match gold items
	Predicted int `json:"predicted"` // predicted items that count (optional matches left out)
	Gold      int `json:"gold"`      // gold items that count (optional ones left out)
}

// Add sums two tallies.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.Matched + o.Matched, c.Predicted + o.Predicted, c.Gold + o.Gold}
}

// Precision is Matched/Predicted, or 0 with nothing predicted.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Predicted) }

// Recall is Matched/Gold, or 0 with no gold.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String writes P, R and F1 with the counts.
func (c Counts) String() string {
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  (%d/%d/%d)", c.Precision(), c.Recall(), c.F1(), c.Matched, c.Predicted, c.Gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score is the tally of every kind for one or more articles.
type Score struct {
	Articles int    `json:"articles"`
	Events   Counts `json:"events"`
	Dyads    Counts `json:"dyads"`
	Entities Counts `json:"entities"`
	Amounts  Counts `json:"amounts"`
	Quotes   Counts `json:"quotes"`
	// DatesRight of DatesScored matched events with a gold date have the
	// gold's date at the gold's precision.
	DatesRight  int `json:"dates_right"`
	DatesScored int `json:"dates_scored"`
}

// Add sums two scores.
func (s Score) Add(o Score) Score {
	return Score{
		Articles: s.Articles + o.Articles,
		Events:   s.Events.Add(o.Events), Dyads: s.Dyads.Add(o.Dyads),
		Entities: s.Entities.Add(o.Entities), Amounts: s.Amounts.Add(o.Amounts),
		Quotes:     s.Quotes.Add(o.Quotes),
		DatesRight: s.DatesRight + o.DatesRight, DatesScored: s.DatesScored + o.DatesScored,
	}
}

// DateAccuracy is DatesRight/DatesScored, or 1 when no date was scored.
func (s Score) DateAccuracy() float64 {
	if s.DatesScored == 0 {
		return 1
	}
	return ratio(s.DatesRight, s.DatesScored)
}
