package quotes

import "strings"

// quotation is one span in quotation marks, in tokens: the opening mark
// at open, the closing mark at close (or -1 when the quotation runs to
// the end of its last paragraph unclosed); the quoted tokens are
// [in0, in1).
type quotation struct {
	open, close int
	in0, in1    int
	paraStart   bool // the opening mark begins its paragraph
}

// endTok is the token just past the quotation, closing mark included.
func (q *quotation) endTok() int {
	if q.close >= 0 {
		return q.close + 1
	}
	return q.in1
}

// mark kinds.
const (
	markNone = iota
	markOpen
	markClose
	markStraight
)

func markOf(key string) (int, byte) {
	switch key {
	case "«":
		return markOpen, 'g'
	case "»":
		return markClose, 'g'
	case "“":
		return markOpen, 'c'
	case "”":
		return markClose, 'c'
	case "\"":
		return markStraight, 's'
	}
	return markNone, 0
}

// findQuotations pairs the quotation marks of the text, paragraph by
// paragraph: guillemets and curly quotes as nesting pairs, straight
// quotes in turn. An opening mark left open at the end of its paragraph,
// with no mark after it, runs on to the first paragraph (of the next
// eight) that has a closing mark with nothing open, as a multi-paragraph
// quotation does, or else to the end of its paragraph; other unmatched
// marks are ignored. Only outermost quotations are returned, in text
// order.
func findQuotations(norm string, v *view) []quotation {
	paras := paragraphs(norm, v)
	type pending struct {
		open, para int
	}
	var out []quotation
	var carry *pending // an opening mark waiting for a later paragraph
	for p, pr := range paras {
		var stack []int // opening tokens of guillemets and curly quotes
		var kinds []byte
		var straight []int
		var orphans []int // closing marks with nothing open
		var lastOpen = -1 // an unmatched opener that is the paragraph's last mark
		var pairs [][2]int
		for i := pr[0]; i < pr[1]; i++ {
			if v.toks[i].kind != tokPunct {
				continue
			}
			mk, kind := markOf(v.toks[i].key)
			if mk == markNone {
				continue
			}
			switch mk {
			case markOpen:
				stack = append(stack, i)
				kinds = append(kinds, kind)
			case markClose:
				j := len(stack) - 1
				for j >= 0 && kinds[j] != kind {
					j--
				}
				if j < 0 {
					orphans = append(orphans, i)
					continue
				}
				pairs = append(pairs, [2]int{stack[j], i})
				stack, kinds = stack[:j], kinds[:j]
			case markStraight:
				straight = append(straight, i)
			}
		}
		if len(straight)%2 == 1 {
			if first := straight[0]; straightCloses(norm, v, first) && len(stack) == 0 {
				orphans = append(orphans, first)
				straight = straight[1:]
			} else {
				stack = append(stack, straight[len(straight)-1])
				kinds = append(kinds, 's')
				straight = straight[:len(straight)-1]
			}
		}
		for k := 0; k+1 < len(straight); k += 2 {
			pairs = append(pairs, [2]int{straight[k], straight[k+1]})
		}
		if n := len(stack); n > 0 {
			last := stack[n-1]
			lastMark := last
			for _, pq := range pairs {
				lastMark = max(lastMark, pq[1])
			}
			if lastMark == last {
				lastOpen = last
			}
		}
		// A quotation carried from an earlier paragraph ends at this
		// paragraph's first orphan closing mark; a paragraph with marks but
		// no orphan ends the carry at the previous paragraph.
		if carry != nil {
			switch {
			case len(orphans) > 0 && orphans[0] < firstOf(pairs, stack, pr[1]):
				out = append(out, quotation{open: carry.open, close: orphans[0], in0: carry.open + 1, in1: orphans[0], paraStart: isParaStart(paras, carry.para, carry.open)})
				carry = nil
			case hasMarks(pairs, stack, orphans) || p-carry.para > 8:
				out = append(out, quotation{open: carry.open, close: -1, in0: carry.open + 1, in1: paras[p-1][1], paraStart: isParaStart(paras, carry.para, carry.open)})
				carry = nil
			}
		}
		for _, pq := range pairs {
			out = append(out, quotation{open: pq[0], close: pq[1], in0: pq[0] + 1, in1: pq[1], paraStart: pq[0] == pr[0]})
		}
		if lastOpen >= 0 && carry == nil {
			carry = &pending{open: lastOpen, para: p}
		}
	}
	if carry != nil {
		out = append(out, quotation{open: carry.open, close: -1, in0: carry.open + 1, in1: paras[len(paras)-1][1], paraStart: isParaStart(paras, carry.para, carry.open)})
	}
	return outermost(out)
}

func isParaStart(paras [][2]int, p, open int) bool { return paras[p][0] == open }

func firstOf(pairs [][2]int, stack []int, end int) int {
	first := end
	for _, p := range pairs {
		first = min(first, p[0])
	}
	for _, s := range stack {
		first = min(first, s)
	}
	return first
}

func hasMarks(pairs [][2]int, stack, orphans []int) bool {
	return len(pairs) > 0 || len(stack) > 0 || len(orphans) > 0
}

// straightCloses reports whether the straight quote at token i closes: it
// touches the text before it and not the text after it.
func straightCloses(norm string, v *view, i int) bool {
	start, end := v.startOf(i), v.endOf(i)
	before := start > 0 && !isSpaceByte(norm[start-1])
	after := end < len(norm) && !isSpaceByte(norm[end]) && !strings.ContainsRune(".,،:;!?؟)", rune(norm[end]))
	return before && !after
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// paragraphs returns the token ranges of the paragraphs of the text: a
// line break between two tokens starts a new one.
func paragraphs(norm string, v *view) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i < len(v.toks); i++ {
		if strings.IndexByte(norm[v.endOf(i-1):v.startOf(i)], '\n') >= 0 {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	if len(v.toks) > 0 {
		out = append(out, [2]int{start, len(v.toks)})
	}
	return out
}

// outermost sorts quotations by their opening mark and drops those inside
// another.
func outermost(qs []quotation) []quotation {
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].open < qs[j-1].open; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
	out := qs[:0]
	end := -1
	for _, q := range qs {
		if q.open < end {
			continue
		}
		out = append(out, q)
		end = q.endTok()
	}
	return out
}

// quotationAt returns the quotation whose opening mark is token i, or nil.
func (v *view) quotationAt(i int) *quotation {
	if q := v.inQuotation(i); q != nil && q.open == i {
		return q
	}
	return nil
}

// quotationClosingAt returns the quotation whose closing mark is token i,
// or nil.
func (v *view) quotationClosingAt(i int) *quotation {
	if q := v.inQuotation(i); q != nil && q.close == i {
		return q
	}
	return nil
}

// inQuotation returns the quotation that holds token i, marks included,
// or nil.
func (v *view) inQuotation(i int) *quotation {
	if i < 0 || i >= len(v.inQ) || v.inQ[i] < 0 {
		return nil
	}
	return &v.quotes[v.inQ[i]]
}
