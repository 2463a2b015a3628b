package langid

import (
	"maps"
	"slices"
)

// newVocabulary indexes every spelling the scan of a text looks up: the
// first words of the markers in entries, and the function words of every
// list. One lookup of a folded word then answers all questions about it.
func newVocabulary(entries map[string]*lexEntry) *wordTable {
	byKey := make(map[string]*wordInfo)
	info := func(key string) *wordInfo {
		w := byKey[key]
		if w == nil {
			w = &wordInfo{key: key}
			byKey[key] = w
		}
		return w
	}
	for key, e := range entries {
		info(key).entry = e
	}
	for _, list := range []struct {
		words  wordSet
		light  langMask
		folded foldedLists
	}{
		{words: persianWords, folded: inPersianWords},
		{words: englishWords, folded: inEnglishWords},
		{words: dateWords, folded: inDateWords},
		{words: pashtoWords, light: maskPashto},
		{words: arabicWords, light: maskArabic},
		{words: urduWords, light: maskUrdu},
	} {
		for key := range list.words {
			w := info(key)
			w.light |= list.light
			w.folded |= list.folded
		}
	}
	infos := make([]wordInfo, 0, len(byKey))
	for _, key := range slices.Sorted(maps.Keys(byKey)) {
		infos = append(infos, *byKey[key])
	}
	return newWordTable(infos)
}
