package langid

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// marker is one line of a marker file: a word or phrase that points to one
// Persian variant.
type marker struct {
	text    string // as written in the file
	source  string // the file's name
	line    int
	variant string // Dari or Iranian
	// weight is the evidence one occurrence adds, wherever it stands.
	weight float64
	// dateWeight, when above weight, is the evidence one occurrence adds
	// when it stands in a date: after a day number (1–2 digits), ماه or
	// برج, or before a year (4 digits). Month names that are also common
	// words (میزان "amount", تیر "arrow") count only there.
	dateWeight float64
	// words is the folded marker split at spaces and half-spaces.
	words []string
	// suffixed reports whether the last word may carry an inflectional
	// suffix (دالرها, امریکایی): only words of minStemRunes letters or more
	// may, so that short words do not match longer unrelated ones.
	suffixed bool
}

// minStemRunes is the shortest marker word that may carry a suffix.
const minStemRunes = 4

// parseMarkers reads a marker file. Its format, line by line:
//
//	# comment (so is a line starting with //); blank lines are skipped
//	marker | variant | weight [| date weight]   [# comment]
//
// marker is a word or a phrase in standard spelling; variant is fa-AF or
// fa-IR; the weights are non-negative decimal numbers (see marker).
func parseMarkers(data, source string) ([]*marker, error) {
	var markers []*marker
	sc := bufio.NewScanner(strings.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if i := strings.Index(text, "#"); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "//") {
			continue
		}
		m, err := parseMarkerLine(text)
		if err != nil {
			return nil, fmt.Errorf("langid: %s:%d: %w", source, line, err)
		}
		m.source, m.line = source, line
		markers = append(markers, m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("langid: reading %s: %w", source, err)
	}
	return markers, nil
}

// parseMarkerLine parses the fields of one marker line.
func parseMarkerLine(line string) (*marker, error) {
	fields := strings.Split(line, "|")
	if len(fields) != 3 && len(fields) != 4 {
		return nil, fmt.Errorf("want 3 or 4 fields separated by |, have %d", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	m := &marker{text: fields[0], variant: fields[1]}
	if m.variant != Dari && m.variant != Iranian {
		return nil, fmt.Errorf("variant %q is neither %s nor %s", m.variant, Dari, Iranian)
	}
	var err error
	if m.weight, err = parseWeight(fields[2]); err != nil {
		return nil, err
	}
	if len(fields) == 4 {
		if m.dateWeight, err = parseWeight(fields[3]); err != nil {
			return nil, err
		}
	}
	m.words = strings.FieldsFunc(fold(m.text), func(r rune) bool { return runeKind(r) == tokNone })
	if len(m.words) == 0 {
		return nil, fmt.Errorf("marker %q has no letters", m.text)
	}
	for _, w := range m.words {
		for _, r := range w {
			if runeKind(r) != tokWord {
				return nil, fmt.Errorf("marker %q mixes digits into a word", m.text)
			}
		}
	}
	m.suffixed = utf8.RuneCountInString(m.words[len(m.words)-1]) >= minStemRunes
	return m, nil
}

// parseWeight parses a non-negative weight.
func parseWeight(s string) (float64, error) {
	w, err := strconv.ParseFloat(s, 64)
	if err != nil || w < 0 || w > 10 {
		return 0, fmt.Errorf("weight %q is not a number from 0 to 10", s)
	}
	return w, nil
}

// occurrenceWeight is the evidence of one occurrence, in a date or not.
func (m *marker) occurrenceWeight(inDate bool) float64 {
	if inDate && m.dateWeight > m.weight {
		return m.dateWeight
	}
	return m.weight
}

// joined reports whether the marker is written with a half-space, so that
// text with the half-space dropped (دیماه for دی‌ماه) should match it too.
func (m *marker) joined() bool { return strings.ContainsRune(m.text, zwnj) }

// key is the lookup form of the marker: its folded words joined by spaces.
func (m *marker) key() string { return strings.Join(m.words, " ") }
