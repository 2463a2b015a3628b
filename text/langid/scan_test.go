package langid

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// scanCases are texts whose scan is checked against the plain definitions
// of tokens, folds and counts (see checkScan).
var scanCases = []struct{ name, text string }{
	// Dari news with half-spaces, ezafe and digits.
	{"dari", "پولیس ولسوالی‌های شمالی می‌گوید که ۱۵ حمل ۱۴۰۳ دو تن بازداشت شدند."},
	// Arabic yeh, kaf, teh marbuta and hamza alefs, which the fold maps.
	{"arabic letters", "وزير خارجه كشور في نظرية أحمد إسلام ٱلله"},
	// Diacritics and tatweel, dropped inside words; tatweel starts a word.
	{"diacritics and tatweel", "مُحَمَّد رحمٰن کـــابل ـــ ـبل"},
	// ZWJ inside a word, and marks after a number or a space.
	{"joiners and stray marks", "کا\u200dبل ۱۲\u064e \u0651ب"},
	// Heh forms and Urdu letters: ۀ ہ ھ ے.
	{"heh forms", "خانۀ خانهٔ ہھ کے ہے"},
	// Pashto, Sindhi, Uyghur and Kurdish letters, counted by class.
	{"letter classes", "ښار ټول ڪم ۇ ڕاپۆرت پچژگ ة"},
	// Latin with capitals, Latin-1 and a Latin letter that lower-cases to
	// three bytes.
	{"latin", "The UN said İstanbul Ⱥ Ö ß 2024"},
	// A word mixing scripts, and Cyrillic.
	{"mixed", "کابلKabul Президент"},
	// Arabic presentation forms and a CJK word.
	{"presentation forms", "ﻻ ﷲ 中文"},
	// Invalid UTF-8 between and inside words.
	{"invalid utf-8", "کا\xffبل \xd8 \xe2\x80 ab\xc0cd"},
	// General punctuation: dashes, quotes, ZWNJ at word edges.
	{"punctuation", "\u200cکابل\u200c – «هرات» … “x”"},
	// A word longer than any marker.
	{"long word", "ولسوالیهایشانولسوالیهایشانولسوالیهایشان"},
	{"empty", ""},
}

// TestScan checks the scan on scanCases.
func TestScan(t *testing.T) {
	for _, tc := range scanCases {
		t.Run(tc.name, func(t *testing.T) { checkScan(t, tc.text) })
	}
}

// FuzzScan checks the scan on any text.
func FuzzScan(f *testing.F) {
	for _, tc := range scanCases {
		f.Add(tc.text)
	}
	f.Fuzz(checkScan)
}

// checkScan scans s and checks the result against the definitions: the
// tokens of nextToken, each word folded by fold and found in the
// vocabulary when some list or marker has it, numbers counted in runes, and
// the language features counted rune by rune.
func checkScan(t *testing.T, s string) {
	ts := newScan()
	defer ts.release()
	ts.scan(s, defaultLexicon.vocab)
	var want langFeatures
	k := 0
	for i := 0; ; k++ {
		var tok token
		tok, i = nextToken(s, i)
		if tok.kind == tokNone {
			break
		}
		if k >= len(ts.folded.tokens) {
			t.Fatalf("%q: scan has %d tokens, nextToken more", s, k)
		}
		got := ts.folded.tokens[k]
		text := s[tok.start:tok.end]
		if got.kind != tok.kind {
			t.Fatalf("%q: token %d (%q) has kind %d, want %d", s, k, text, got.kind, tok.kind)
		}
		if tok.kind == tokNumber {
			if int(got.digits) != utf8.RuneCountInString(text) {
				t.Errorf("%q: number %q has %d digits", s, text, got.digits)
			}
			continue
		}
		folded := fold(text)
		if word := string(ts.folded.word(k)); word != folded {
			t.Errorf("%q: word %q folds to %q, want %q", s, text, word, folded)
		}
		if info := got.info; (info != nil) != inVocabulary(folded) || info != nil && info.key != folded {
			t.Errorf("%q: word %q has info %+v", s, text, info)
		}
		countWord(&want, text)
	}
	if k != len(ts.folded.tokens) {
		t.Fatalf("%q: scan has %d tokens, want %d", s, len(ts.folded.tokens), k)
	}
	if ts.features != want {
		t.Errorf("%q: features\n%+v, want\n%+v", s, ts.features, want)
	}
}

// inVocabulary reports whether word is a marker's first word or in a word
// list.
func inVocabulary(word string) bool {
	if defaultLexicon.entries[word] != nil {
		return true
	}
	for _, list := range []wordSet{persianWords, englishWords, dateWords, pashtoWords, arabicWords, urduWords} {
		if _, ok := list[word]; ok {
			return true
		}
	}
	return false
}

// countWord adds the features of one word to f, from their definitions.
func countWord(f *langFeatures, word string) {
	first, _ := utf8.DecodeRuneInString(word)
	sc := scriptOf(first)
	f.words[sc]++
	var classes letterClass
	for _, r := range word {
		if isArabicMark(r) || r == zwj || r == tatweel {
			continue
		}
		f.letters[scriptOf(r)]++
		classes |= letterClassOf(r)
	}
	switch sc {
	case scriptLatin:
		if _, ok := englishWords[fold(word)]; ok {
			f.englishHits++
		}
	case scriptArabic:
		for bit := range f.classWords {
			if classes&(1<<bit) != 0 {
				f.classWords[bit]++
			}
		}
		light := appendLight(nil, word)
		if hasArabicArticle(light) {
			f.articleWords++
		}
		for _, list := range []struct {
			words wordSet
			hits  *int
		}{{pashtoWords, &f.pashtoHits}, {arabicWords, &f.arabicHits}, {urduWords, &f.urduHits}} {
			if _, ok := list.words[string(light)]; ok {
				(*list.hits)++
			}
		}
		if _, ok := persianWords[fold(word)]; ok {
			f.persianHits++
		}
	}
}

// TestInflected checks inflected, which tries only the inflections a word
// ends like and skips stems too short to be markers, against trying every
// inflection in turn, on every marker word that takes inflections plus
// each inflection, and on the marker words themselves.
func TestInflected(t *testing.T) {
	naive := func(word string) *marker {
		for _, suffix := range inflections {
			stem, ok := strings.CutSuffix(word, suffix)
			if !ok || utf8.RuneCountInString(stem) < minStemRunes {
				continue
			}
			if e := defaultLexicon.entries[stem]; e != nil && e.word != nil && e.word.suffixed {
				return e.word
			}
		}
		return nil
	}
	tried, found := 0, 0
	for key := range defaultLexicon.entries {
		for _, suffix := range append([]string{""}, inflections[:]...) {
			word := key + suffix
			got, want := defaultLexicon.inflected([]byte(word)), naive(word)
			if got != want {
				t.Errorf("inflected(%q) = %v, want %v", word, got, want)
			}
			tried++
			if got != nil {
				found++
			}
		}
	}
	if found < tried/4 {
		t.Errorf("only %d of %d inflected marker words found", found, tried)
	}
	t.Logf("%d of %d words found", found, tried)
}
