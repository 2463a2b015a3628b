package pipeline

import "khabar/article"

// Version is the khabar_version of the output contract this package writes
// (../shared/contract/OUTPUT.md).
const Version = "1"

// Result is what Extract finds in one article, in the shape of the output
// contract: one JSON object per article.
type Result struct {
	KhabarVersion string          `json:"khabar_version"`
	Article       article.Article `json:"article"`
	Sentences     []Sentence      `json:"sentences"`
	Tokens        []Token         `json:"tokens,omitempty"`
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
