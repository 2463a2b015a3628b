package segment

// quoteState tracks the quotations open at a point of a paragraph.
// Guillemets and curly quotes nest; whether a straight double quote opens
// or closes is decided from its neighbours (straightCloses).
type quoteState struct {
	guillemets int  // « … » open
	curly      int  // “ … ” open
	straight   bool // " … " open
}

// open reports whether any quotation is open.
func (q *quoteState) open() bool { return q.guillemets > 0 || q.curly > 0 || q.straight }

// reset closes every quotation (at a paragraph break).
func (q *quoteState) reset() { *q = quoteState{} }

// quoteEffect is what one rune does to the quote state.
type quoteEffect uint8

const (
	quoteNone   quoteEffect = iota
	quoteOpened             // the rune opened a quotation
	quoteClosed             // the rune closed an open quotation
	quoteOrphan             // the rune is a closing mark with nothing open
)

// apply updates the state for rune r; closing says whether r, if it is a
// straight double quote, closes a quotation.
func (q *quoteState) apply(r rune, closing bool) quoteEffect {
	switch r {
	case '«':
		q.guillemets++
		return quoteOpened
	case '“':
		q.curly++
		return quoteOpened
	case '»':
		if q.guillemets == 0 {
			return quoteOrphan
		}
		q.guillemets--
		return quoteClosed
	case '”':
		if q.curly == 0 {
			return quoteOrphan
		}
		q.curly--
		return quoteClosed
	case '"':
		switch {
		case !closing:
			q.straight = true
			return quoteOpened
		case !q.straight:
			return quoteOrphan
		}
		q.straight = false
		return quoteClosed
	}
	return quoteNone
}

// isCloser reports whether r, after a sentence-final mark, belongs to the
// sentence that mark ends: a closing quote or bracket. straightClosing
// says whether r, if it is a straight double quote, closes.
func isCloser(r rune, straightClosing bool) bool {
	switch r {
	case '»', '”', '’', ')', ']', '}', '›':
		return true
	case '"':
		return straightClosing
	}
	return false
}

// straightCloses reports whether the straight double quote at s[i] closes
// a quotation: it opens after a space or an opening bracket and before a
// word, it closes after a word or mark and before a space or punctuation,
// and otherwise it closes the quotation open (open) or opens one.
func straightCloses(s string, i int, open bool) bool {
	prev, _ := decodeLast(s, i)
	next := rune(-1)
	if i+1 < len(s) {
		next, _ = decode(s, i+1)
	}
	afterSpace := prev < 0 || isNewline(prev) || classOf(prev).isBlank() || isOpener(prev)
	beforeWord := next >= 0 && !isNewline(next) && !classOf(next).isBlank() && classOf(next) != clsPunct
	switch {
	case afterSpace && beforeWord:
		return false
	case !afterSpace && !beforeWord:
		return true
	}
	return open
}

// isOpener reports whether r opens a bracket or quotation.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '«', '“', '‹', '‘':
		return true
	}
	return false
}

// closes reports whether r closes a quotation that is open now.
func (q *quoteState) closes(r rune) bool {
	switch r {
	case '»':
		return q.guillemets > 0
	case '”':
		return q.curly > 0
	case '"':
		return q.straight
	}
	return false
}
