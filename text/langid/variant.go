package langid

import (
	"slices"
	"strings"
)

// Thresholds of the variant decision.
const (
	// minVariantScore is the least evidence the leading variant needs.
	minVariantScore = 2.0
	// minVariantRatio is how many times the other variant's evidence the
	// leading variant needs.
	minVariantRatio = 2.0
)

// variant matches the markers of the lexicon in s and decides between Dari
// and Iranian Persian.
func (lx *lexicon) variant(s string) (variant string, confidence float64, evidence []Evidence) {
	ts := newScan()
	defer ts.release()
	ts.scan(s, lx.vocab)
	return lx.matchVariant(ts)
}

// matchVariant matches the markers of the lexicon in a text that ts has
// scanned with lx.vocab, and decides between Dari and Iranian Persian.
func (lx *lexicon) matchVariant(ts *textScan) (variant string, confidence float64, evidence []Evidence) {
	ft := &ts.folded
	found := ts.evidence[:0]
	for i := 0; i < len(ft.tokens); {
		m, n := lx.match(ft, i)
		if n == 0 {
			i++
			continue
		}
		if w := m.occurrenceWeight(inDate(ft, i, n)); w > 0 {
			found = addEvidence(found, m, w)
		}
		i += n
	}
	ts.evidence = found
	if len(found) > 0 {
		evidence = make([]Evidence, len(found))
		copy(evidence, found)
	}
	slices.SortFunc(evidence, compareEvidence)
	variant, confidence = decideVariant(evidence)
	return variant, confidence, evidence
}

// compareEvidence orders evidence heaviest first, then by variant and marker.
func compareEvidence(a, b Evidence) int {
	switch {
	case a.Weight > b.Weight:
		return -1
	case a.Weight < b.Weight:
		return 1
	case a.Variant != b.Variant:
		return strings.Compare(a.Variant, b.Variant)
	}
	return strings.Compare(a.Marker, b.Marker)
}

// addEvidence counts one occurrence of m with weight w.
func addEvidence(evidence []Evidence, m *marker, w float64) []Evidence {
	for k := range evidence {
		e := &evidence[k]
		if e.Marker == m.text && e.Source == m.source {
			e.Count++
			e.Weight += w
			return evidence
		}
	}
	return append(evidence, Evidence{Marker: m.text, Variant: m.variant, Count: 1, Weight: w, Source: m.source})
}

// decideVariant weighs the evidence for each variant and names the winner
// when its lead is clear, with a confidence that grows with the margin and
// with the amount of evidence.
func decideVariant(evidence []Evidence) (string, float64) {
	var dari, iranian float64
	for _, e := range evidence {
		if e.Variant == Dari {
			dari += e.Weight
		} else {
			iranian += e.Weight
		}
	}
	lead, other, variant := dari, iranian, Dari
	if iranian > dari {
		lead, other, variant = iranian, dari, Iranian
	}
	if lead < minVariantScore || lead < minVariantRatio*other {
		return "", 0
	}
	confidence := (lead - other) / (lead + other) * min(1, lead/(2*minVariantScore))
	return variant, confidence
}
