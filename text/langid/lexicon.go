package langid

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strings"
)

//go:generate go run ./internal/gen -out cldr_names_xtext_v0.44.0.txt

// The marker files, in rising precedence: a marker of a later file replaces
// one with the same spelling in an earlier file, so the hand-written list
// can reweigh or silence (weight 0) a generated name that is also a common
// word.
var (
	//go:embed cldr_names_xtext_v0.44.0.txt
	cldrNames     string
	cldrNamesFile = "cldr_names_xtext_v0.44.0.txt"

	//go:embed variant_markers.txt
	handMarkers     string
	handMarkersFile = "variant_markers.txt"
)

// markerFile is one source of markers. In a strict file every spelling must
// be unique; in a lenient (generated) one, a spelling listed for both
// variants is dropped as ambiguous.
type markerFile struct {
	name, data string
	strict     bool
}

// lexicon indexes markers by their first folded word.
type lexicon struct {
	entries map[string]*lexEntry
	// vocab indexes entries, and the function words, for the scan.
	vocab *wordTable
	// minStemBytes is the length of the shortest word that may carry an
	// inflection (a key whose word marker is suffixed), so that shorter
	// stems need not be looked up.
	minStemBytes int
	// ambiguous lists the spellings a lenient file gave both variants.
	ambiguous []string
}

// lexEntry holds the markers that start with one word.
type lexEntry struct {
	// word is the one-word marker spelled so (or a phrase written with
	// half-spaces, under its joined form), or nil.
	word *marker
	// phrases are the markers of several words that start with this word,
	// longest first.
	phrases []*marker
}

// entry returns the entry for word, creating it.
func (lx *lexicon) entry(word string) *lexEntry {
	e := lx.entries[word]
	if e == nil {
		e = &lexEntry{}
		lx.entries[word] = e
	}
	return e
}

// word returns the one-word marker spelled word, or nil.
func (lx *lexicon) word(word string) *marker {
	if e := lx.entries[word]; e != nil {
		return e.word
	}
	return nil
}

// defaultLexicon is built from the embedded files when the package starts;
// a broken embedded file is a programming error, caught by the tests.
var defaultLexicon = mustBuildLexicon(
	markerFile{name: cldrNamesFile, data: cldrNames},
	markerFile{name: handMarkersFile, data: handMarkers, strict: true},
)

func mustBuildLexicon(files ...markerFile) *lexicon {
	lx, err := buildLexicon(files...)
	if err != nil {
		panic(err)
	}
	return lx
}

// buildLexicon parses files, in rising precedence, into a lexicon.
func buildLexicon(files ...markerFile) (*lexicon, error) {
	byKey := make(map[string]*marker)
	var dropped []string
	for _, file := range files {
		markers, err := parseMarkers(file.data, file.name)
		if err != nil {
			return nil, err
		}
		ambiguous := make(map[string]bool)
		for _, m := range markers {
			for _, key := range lookupKeys(m) {
				old, ok := byKey[key]
				switch {
				case !ok || old.source != file.name:
					byKey[key] = m
				case file.strict:
					return nil, fmt.Errorf("langid: %s:%d: marker %q repeats %q of line %d",
						file.name, m.line, m.text, old.text, old.line)
				case old.variant != m.variant:
					ambiguous[key] = true
				}
			}
		}
		for key := range ambiguous {
			delete(byKey, key)
			dropped = append(dropped, key)
		}
	}
	lx := indexMarkers(byKey)
	sort.Strings(dropped)
	lx.ambiguous = dropped
	return lx, nil
}

// lookupKeys are the forms a marker is found under: its words joined by
// spaces and, when it is written with a half-space, joined without one.
func lookupKeys(m *marker) []string {
	keys := []string{m.key()}
	if m.joined() && len(m.words) > 1 {
		keys = append(keys, strings.Join(m.words, ""))
	}
	return keys
}

// indexMarkers builds the lexicon's maps from markers by key.
func indexMarkers(byKey map[string]*marker) *lexicon {
	lx := &lexicon{entries: make(map[string]*lexEntry)}
	for key, m := range byKey {
		first, _, phrase := strings.Cut(key, " ")
		e := lx.entry(first)
		if phrase {
			e.phrases = append(e.phrases, m)
		} else {
			e.word = m
		}
	}
	for _, e := range lx.entries {
		list := e.phrases
		sort.Slice(list, func(i, j int) bool {
			if len(list[i].words) != len(list[j].words) {
				return len(list[i].words) > len(list[j].words)
			}
			return list[i].key() < list[j].key()
		})
	}
	lx.vocab = newVocabulary(lx.entries)
	lx.minStemBytes = math.MaxInt / 2
	for key, e := range lx.entries {
		if e.word != nil && e.word.suffixed {
			lx.minStemBytes = min(lx.minStemBytes, len(key))
		}
	}
	return lx
}
