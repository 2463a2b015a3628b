package langid

// Persian variants that Detect reports in Result.Variant.
const (
	Dari    = "fa-AF" // Afghan Persian
	Iranian = "fa-IR" // Iranian Persian
	persian = "fa"
	english = "en"
)

// Result is what Detect found out about a text.
type Result struct {
	// Lang is the ISO 639-1 code of the language (fa, en, ps, ar, ru, ur,
	// …), the ISO 639-3 code for the few languages without one, or "" when
	// the text has too few letters to tell.
	Lang string
	// Variant is Dari or Iranian for Persian texts whose markers clearly
	// point one way, and "" otherwise (undecided, or not Persian).
	Variant string
	// Confidence is how sure Detect is of Lang, from 0 to 1.
	Confidence float64
	// VariantConfidence is how sure Detect is of Variant, from 0 to 1; 0
	// when Variant is "".
	VariantConfidence float64
	// Evidence lists the variant markers found in a Persian text, heaviest
	// first, whether or not they were enough to decide the variant.
	Evidence []Evidence
}

// Evidence is one variant marker found in a text.
type Evidence struct {
	Marker  string  // the marker as written in its data file
	Variant string  // Dari or Iranian
	Count   int     // occurrences that counted
	Weight  float64 // total weight those occurrences added
	Source  string  // the data file the marker comes from
}

// Scores sums the evidence weight for each variant.
func (r Result) Scores() (dari, iranian float64) {
	for _, e := range r.Evidence {
		switch e.Variant {
		case Dari:
			dari += e.Weight
		case Iranian:
			iranian += e.Weight
		}
	}
	return dari, iranian
}
