package langid

import (
	"strings"
	"testing"
)

// TestWordTable checks that a wordTable finds exactly its keys, including
// keys that its hash cannot tell apart.
func TestWordTable(t *testing.T) {
	keys := []string{
		// Short words: hashed whole from a few bytes.
		"", "و", "a", "از", "که", "the",
		// Persian words of up to 8 letters: hashed whole.
		"پولیس", "ولسوالی", "شفاخانه",
		// Long words that share their length and their first and last 8
		// bytes, so that their hashes collide: told apart by comparison.
		"کمیسیون‌الفمستقل", "کمیسیون‌بیپمستقل",
		"AAAAAAAA1BBBBBBBB", "AAAAAAAA2BBBBBBBB", "AAAAAAAA3BBBBBBBB",
	}
	for _, pair := range [][2]string{{keys[9], keys[10]}, {keys[11], keys[12]}} {
		if wordHash([]byte(pair[0])) != wordHash([]byte(pair[1])) {
			t.Fatalf("%q and %q were meant to collide", pair[0], pair[1])
		}
	}
	infos := make([]wordInfo, len(keys))
	for k, key := range keys {
		infos[k] = wordInfo{key: key, light: langMask(k)}
	}
	table := newWordTable(infos)
	for k, key := range keys {
		info := table.find([]byte(key))
		if info == nil || info.key != key || info.light != langMask(k) {
			t.Errorf("find(%q) = %+v, want the info of key %d", key, info, k)
		}
	}
	for _, word := range []string{
		"AAAAAAAA4BBBBBBBB", // colliding with three keys, but none of them
		"کمیسیون‌جیممستقل",  // likewise
		"پولیسی",            // a key plus a letter
		"پولی",              // a key less a letter
		"The",               // a key in another case: tables hold folded words
		" ",
	} {
		if info := table.find([]byte(word)); info != nil {
			t.Errorf("find(%q) = %+v, want nil", word, info)
		}
	}
}

// TestVocabulary checks that the vocabulary of the default lexicon holds
// every marker's first word and every function word, with the right lists.
func TestVocabulary(t *testing.T) {
	vocab := defaultLexicon.vocab
	for key, e := range defaultLexicon.entries {
		if info := vocab.find([]byte(key)); info == nil || info.entry != e {
			t.Errorf("marker word %q: %+v", key, info)
		}
	}
	for _, list := range []struct {
		name   string
		words  wordSet
		light  langMask
		folded foldedLists
	}{
		{"persian", persianWords, 0, inPersianWords},
		{"english", englishWords, 0, inEnglishWords},
		{"date", dateWords, 0, inDateWords},
		{"pashto", pashtoWords, maskPashto, 0},
		{"arabic", arabicWords, maskArabic, 0},
		{"urdu", urduWords, maskUrdu, 0},
	} {
		for w := range list.words {
			info := vocab.find([]byte(w))
			if info == nil || info.light&list.light != list.light || info.folded&list.folded != list.folded {
				t.Errorf("%s word %q: %+v", list.name, w, info)
			}
		}
	}
	if info := vocab.find([]byte(strings.Repeat("ب", 40))); info != nil {
		t.Errorf("a word in no list found: %+v", info)
	}
}
