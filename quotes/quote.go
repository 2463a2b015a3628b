package quotes

// Quote is one direct or indirect quote and who said it.
type Quote struct {
	// Speaker is the speaker's canonical name, from its entity, or the
	// speaker phrase as written when no entity names it ("state election
	// commission", "مقام‌های امریکایی").
	Speaker string
	// SpeakerEntity is the id of the speaker's entity ("e5"), or "" when
	// the speaker is a phrase (agents such as "the ministry" included).
	SpeakerEntity string
	// Text is the quoted words, Body[Start:End]: the quotation for a
	// direct quote, the reported clause for an indirect one.
	Text       string
	Start, End int
	// Direct reports whether the words are in quotation marks.
	Direct bool
	// Sentence is the index of the sentence holding the speech verb, or of
	// the quote's first sentence when there is no verb.
	Sentence int
	// Anonymous reports whether the speaker names no one ("officials", "a
	// source"). Find leaves such quotes out unless Options.Anonymous.
	Anonymous bool
}

// Options tune Find.
type Options struct {
	// Anonymous keeps quotes whose speaker names no one: plural groups
	// ("officials", "مقام‌های امریکایی", "UN diplomats") and titles that
	// match no person of the article ("the foreign minister").
	Anonymous bool
}

// DefaultOptions returns the options Find uses.
func DefaultOptions() Options { return Options{} }
