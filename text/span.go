package text

// Span is a half-open byte range [Start, End) into an article body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In reports whether the span lies inside a text of n bytes.
func (s Span) In(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Sentence is one sentence of a body, with its position in the body.
type Sentence struct {
	Index int
	Span
	// DuplicateOf is the index of the sentence that this one repeats, or -1:
	// an earlier sentence it equals after normalization, or a longer one,
	// earlier or later, that contains it (a pull quote).
	DuplicateOf int
	// Quote reports whether the sentence lies, wholly or partly, inside a
	// quotation opened in this or an earlier sentence.
	Quote bool
}

// TokenKind says what a token is made of.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, with inner half-spaces or hyphens
	Number                  // digits of any script, with inner separators (۱.۱, 3,500, 2025-11-07)
	Punct                   // one punctuation mark
	Symbol                  // anything else (%, $, emoji)
)

// String names the kind.
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	default:
		return "symbol"
	}
}

// Token is one token of a body.
type Token struct {
	Span
	Kind TokenKind
	// Sentence is the index of the sentence that holds the token.
	Sentence int
}
