package langid

import "unicode/utf8"

// langFeatures are the counts Detect decides the language from, gathered in
// one pass over the text.
type langFeatures struct {
	letters [numScripts]int // letters by script
	words   [numScripts]int // words by the script of their first letter

	// Over Arabic-script words:
	classWords   [8]int // words holding a letter of each letterClass bit
	articleWords int    // words starting with the Arabic article ال (or وال, بال, فال, لل)
	persianHits  int    // Persian function words
	pashtoHits   int
	arabicHits   int
	urduHits     int

	englishHits int // English function words among Latin words
}

// scanLanguage counts the features of s.
func scanLanguage(s string) langFeatures {
	var f langFeatures
	var buf [64]byte
	for i := 0; ; {
		var t token
		t, i = nextToken(s, i)
		if t.kind == tokNone {
			break
		}
		if t.kind != tokWord {
			continue
		}
		word := s[t.start:t.end]
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
		case scriptArabic:
			f.countArabicWord(word, classes, buf[:0])
		case scriptLatin:
			if englishWords.has(appendFolded(buf[:0], word)) {
				f.englishHits++
			}
		}
	}
	return f
}

// countArabicWord adds one Arabic-script word to the counts.
func (f *langFeatures) countArabicWord(word string, classes letterClass, buf []byte) {
	for bit := 0; bit < len(f.classWords); bit++ {
		if classes&(1<<bit) != 0 {
			f.classWords[bit]++
		}
	}
	light := appendLight(buf, word)
	if hasArabicArticle(light) {
		f.articleWords++
	}
	if mask := lightWords[string(light)]; mask != 0 {
		if mask&maskPashto != 0 {
			f.pashtoHits++
		}
		if mask&maskArabic != 0 {
			f.arabicHits++
		}
		if mask&maskUrdu != 0 {
			f.urduHits++
		}
	}
	if persianWords.has(appendFolded(light[len(light):], word)) {
		f.persianHits++
	}
}

// hasArabicArticle reports whether word starts with the Arabic definite
// article, alone or after و, ب, ف or ل, and has at least two letters after
// it.
func hasArabicArticle(word []byte) bool {
	const al = "ال"
	for _, prefix := range [...]string{al, "و" + al, "ب" + al, "ف" + al, "لل"} {
		if len(word) >= len(prefix)+4 && string(word[:len(prefix)]) == prefix {
			return true
		}
	}
	return false
}

// classShare is the share of Arabic-script words holding a letter of class c.
func (f *langFeatures) classShare(c letterClass) float64 {
	n := f.words[scriptArabic]
	if n == 0 {
		return 0
	}
	for bit := 0; bit < len(f.classWords); bit++ {
		if c == 1<<bit {
			return float64(f.classWords[bit]) / float64(n)
		}
	}
	return 0
}

// totalLetters is the number of letters in all scripts.
func (f *langFeatures) totalLetters() int {
	n := 0
	for _, c := range f.letters {
		n += c
	}
	return n
}

// mainScript is the script with the most letters.
func (f *langFeatures) mainScript() script {
	best := scriptOther
	for sc := script(0); sc < numScripts; sc++ {
		if f.letters[sc] > f.letters[best] {
			best = sc
		}
	}
	return best
}
