package segment

import (
	"unicode/utf8"

	"khabar/text"
)

// Sentences splits s into sentences. Spans exclude surrounding white space
// (and invisible format marks such as ZWNJ or RLM at their edges); every
// other rune of s lies in exactly one sentence; DuplicateOf is -1.
func Sentences(s string) []text.Sentence {
	sp := splitter{s: s, first: -1, out: make([]text.Sentence, 0, len(s)/100+1)}
	sp.run()
	return sp.out
}

// splitter is the state of one pass of Sentences over a text.
type splitter struct {
	s   string
	out []text.Sentence

	first, last int  // span of the sentence being read; first is -1 before its first rune
	hasLetter   bool // the sentence so far holds a letter
	quoted      bool // the sentence lies partly inside a quotation

	q         quoteState
	paraFirst int // index in out of the paragraph's first sentence not yet marked quoted by an orphan closer
}

func (sp *splitter) run() {
	s := sp.s
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1 // decode, inlined by hand: the hot loop
		if r >= utf8.RuneSelf {
			r, w = decodeMulti(s[i:])
		}
		if isNewline(r) {
			sp.flush()
			sp.q.reset()
			sp.paraFirst = len(sp.out)
			i += w
			continue
		}
		c := classOf(r)
		if c.isBlank() {
			i += w
			continue
		}
		if sp.first < 0 {
			sp.first = i
			sp.quoted = sp.q.open()
		}
		sp.last = i + w
		switch c {
		case clsLetter:
			sp.hasLetter = true
		case clsPunct:
			if isTerminator(r) {
				i = sp.terminator(i)
				continue
			}
			sp.quote(i, r)
		}
		i += w
	}
	sp.flush()
}

// quote updates the quote state for the rune r at s[i], and the
// attribution of sentences.
func (sp *splitter) quote(i int, r rune) {
	closing := r == '"' && straightCloses(sp.s, i, sp.q.straight)
	switch sp.q.apply(r, closing) {
	case quoteOpened:
		sp.quoted = true
	case quoteOrphan:
		// A closing mark with nothing open: the quotation began in an earlier
		// paragraph, so everything of this paragraph so far was quoted.
		sp.quoted = true
		for k := sp.paraFirst; k < len(sp.out); k++ {
			sp.out[k].Quote = true
		}
		sp.paraFirst = len(sp.out) // marked: a later orphan need not mark them again
	}
}

// flush ends the current sentence, if it has begun.
func (sp *splitter) flush() {
	if sp.first < 0 {
		return
	}
	sp.out = append(sp.out, text.Sentence{
		Index:       len(sp.out),
		Span:        text.Span{Start: sp.first, End: sp.last},
		DuplicateOf: -1,
		Quote:       sp.quoted,
	})
	sp.first, sp.hasLetter, sp.quoted = -1, false, false
}

// terminator handles the run of sentence-final marks that starts at i and
// returns where reading goes on. If the run ends the sentence, the closing
// quotes and brackets right after it stay in the sentence.
func (sp *splitter) terminator(i int) int {
	s := sp.s
	j, dots, ellipsis, strong := i, 0, false, false
run:
	for j < len(s) {
		r, w := decode(s, j)
		switch {
		case r == '.':
			dots++
		case r == '…':
			ellipsis = true
		case isTerminator(r):
			strong = true
		default:
			break run
		}
		j += w
	}
	sp.last = j
	var ends bool
	switch {
	case !sp.hasLetter:
		ends = false // a list number ("۲.") or a leading ellipsis
	case strong:
		ends = sp.startsSentence(j)
	case ellipsis || dots > 1:
		ends = sp.ellipsisEnds(i, j)
	default:
		ends = sp.periodEnds(i, j)
	}
	if !ends {
		return j
	}
	j = sp.absorbClosers(j)
	sp.flush()
	return j
}

// absorbClosers reads the closing quotes and brackets (and any further
// final marks) that follow a sentence end at j, and returns their end.
// A closing quote separated by spaces is taken only if its quotation is open.
func (sp *splitter) absorbClosers(j int) int {
	s := sp.s
	for j < len(s) {
		r, w := decode(s, j)
		switch {
		case isTerminator(r):
		case isCloser(r, r == '"' && straightCloses(s, j, sp.q.straight)):
			sp.quote(j, r)
		default:
			k := skipSpaces(s, j)
			if k == j || k == len(s) {
				return j
			}
			r, w = decode(s, k)
			if !sp.q.closes(r) || r == '"' && !straightCloses(s, k, true) {
				return j
			}
			sp.quote(k, r)
			j = k
		}
		j += w
		sp.last = j
	}
	return j
}

// isTerminator reports whether r may end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '…', '!', '?', '؟', '۔', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// skipSpaces returns the position of the first rune at or after i that is
// not blank, stopping at a line break.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, w := decode(s, i)
		if isNewline(r) || !classOf(r).isBlank() {
			return i
		}
		i += w
	}
	return i
}
