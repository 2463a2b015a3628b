package triggers

import "strings"

// Gap is how a predicate marks the words that may stand inside it:
// "متهم به … کرد|کن" matches "متهم به جاسوسی کرد" and "خواستار … شد|شو"
// matches "خواستار آزادی فوری زندانیان شد".
const Gap = "…"

// maxGapToks is the most tokens a gap may hold; gapStops are the tokens
// a gap never crosses (a new clause or sentence begins there).
const maxGapToks = 8

var gapStops = map[string]bool{"که": true, ".": true, "؟": true, "?": true, "!": true, "؛": true, ":": true, "«": true, "»": true}

// gapGroup is every gapped predicate that shares the words before its gap.
type gapGroup struct {
	toks  int        // how many tokens the words before the gap are
	after *formIndex // the forms of the words after the gap
	most  int        // the most tokens a form after the gap spans
}

// splitGap cuts a written form at its gap mark.
func splitGap(text string) (before, after string, ok bool) {
	before, after, ok = strings.Cut(text, Gap)
	before, after = strings.TrimSpace(before), strings.TrimSpace(after)
	return before, after, ok && before != "" && after != ""
}

// indexGaps freezes the gapped forms, keyed by the folded words before the
// gap.
func indexGaps(forms map[string]map[string][]formRef, toks, most map[string]int) map[string]gapGroup {
	if len(forms) == 0 {
		return nil
	}
	out := make(map[string]gapGroup, len(forms))
	for k, after := range forms {
		out[k] = gapGroup{toks: toks[k], after: newFormIndex(after, nil), most: most[k]}
	}
	return out
}

// matchGap finds a gapped predicate that begins at token i: its words
// before the gap, then 1 to maxGapToks tokens, then its words after the
// gap, the nearest first. It returns the last token and the refs.
func (l *Lexicon) matchGap(keys []string, i int, lang string, buf []byte) (last int, refs []formRef) {
	if len(l.gaps) == 0 || !l.gapFirst[keys[i]] {
		return -1, nil
	}
	buf = buf[:0]
	for j := i; j < len(keys) && j < i+l.gapToks; j++ {
		buf = append(buf, keys[j]...)
		g, ok := l.gaps[string(buf)]
		if !ok || g.toks != j-i+1 {
			continue
		}
		for s := j + 2; s < len(keys) && s <= j+1+maxGapToks; s++ {
			// A closing quotation mark may end the gap, right before the
			// words after it («غیرقانونی و غیرموجه» خواند), and no other.
			closing := keys[s-1] == "»"
			if gapStops[keys[s-1]] && !closing {
				break
			}
			var tail []byte
			for e := s; e < len(keys) && e < s+g.most; e++ {
				tail = append(tail, keys[e]...)
				if rs := g.after.lookup(tail); rs != nil {
					if lr := ofLang(rs, lang); len(lr) > 0 {
						return e, lr
					}
				}
			}
			if closing {
				break
			}
		}
	}
	return -1, nil
}
