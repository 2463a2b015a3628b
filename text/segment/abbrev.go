package segment

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed abbreviations.txt
var abbreviationData string

// abbrevRule says when a listed abbreviation's period is not a sentence end.
type abbrevRule uint8

const (
	abbrevAlways       abbrevRule = iota + 1 // never a sentence end (Mr.)
	abbrevBeforeNumber                       // only when a number follows (No. 5)
)

// abbreviations maps an abbreviation with its final period to its rule.
var abbreviations = mustParseAbbreviations(abbreviationData)

// parseAbbreviations reads the abbreviation list format described in
// abbreviations.txt.
func parseAbbreviations(data string) (map[string]abbrevRule, error) {
	m := make(map[string]abbrevRule)
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		word, rule := fields[0], abbrevAlways
		if !strings.HasSuffix(word, ".") || len(word) < 2 {
			return nil, fmt.Errorf("segment: abbreviations.txt line %d: %q does not end in a period", n+1, word)
		}
		switch {
		case len(fields) == 2 && fields[1] == "number":
			rule = abbrevBeforeNumber
		case len(fields) != 1:
			return nil, fmt.Errorf("segment: abbreviations.txt line %d: want \"Abbr.\" or \"Abbr. number\", got %q", n+1, line)
		}
		if _, dup := m[word]; dup {
			return nil, fmt.Errorf("segment: abbreviations.txt line %d: %q listed twice", n+1, word)
		}
		m[word] = rule
	}
	return m, nil
}

func mustParseAbbreviations(data string) map[string]abbrevRule {
	m, err := parseAbbreviations(data)
	if err != nil {
		panic(err)
	}
	return m
}
