package langid

import (
	"math"
	"math/bits"
	"unicode/utf8"
)

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

// wordScan is what the scan learns of a word while reading it.
type wordScan struct {
	start     int         // byte offset of the word in the text
	foldStart int         // byte offset of its fold in the folded buffer
	script    script      // script of its first letter
	classes   letterClass // classes of its letters
	mapped    bool        // whether its fold changed a letter, so its light form differs
}

// scan reads s once, in the same tokens as nextToken: it counts the
// language features of the words, folds words and numbers into ts.folded,
// and looks each folded word up in vocab, the vocabulary of the lexicon
// whose markers will be matched.
func (ts *textScan) scan(s string, vocab *wordTable) {
	ts.features = langFeatures{}
	ft := &ts.folded
	ft.tokens = ft.tokens[:0]
	ft.buf = ft.buf[:0]
	if cap(ft.buf) < len(s) {
		ft.buf = make([]byte, 0, len(s))
	}
	for i := 0; i < len(s); {
		// runeAt, inlined by hand (the compiler does not): this loop and
		// readWord's run once a rune.
		var p runeProps
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			p = lowProps[c]
		} else if c-0xc2 < 0xe0-0xc2 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			p, size = lowProps[uint(c&0x1f)<<6|uint(s[i+1]&0x3f)], 2
		} else {
			p, size = runeAtSlow(s, i)
		}
		switch p.kind() {
		case tokNone:
			i += size
		case tokNumber:
			digits := 0
			for {
				digits++
				if i += size; i == len(s) {
					break
				}
				if p, size = runeAt(s, i); p.kind() != tokNumber {
					break
				}
			}
			ft.tokens = append(ft.tokens, foldedToken{kind: tokNumber, end: len(ft.buf), digits: int32(min(digits, math.MaxInt32))})
		default:
			w := wordScan{start: i, foldStart: len(ft.buf), script: p.script()}
			i = ts.readWord(s, i, p, size, &w)
			ts.endWord(s[w.start:i], &w, vocab)
		}
	}
}

// readWord reads the word that starts at s[i] with a letter of props p and
// size bytes: it counts its letters, appends its fold to ts.folded.buf and
// notes its letter classes in w. It returns the offset of the word's end.
func (ts *textScan) readWord(s string, i int, p runeProps, size int, w *wordScan) int {
	// plain is the props of a letter in the word's first script that the
	// fold leaves as it is, the commonest case, up to its letter class.
	plain := scriptProps(w.script)
	const plainBits = propDropped | propMapped | propScriptBits
	var seen runeProps // the union of the props of the word's runes
	plainLetters := 0
	copied := i // the fold of s[w.start:copied] is in buf; s[copied:i] folds to itself
	for {
		// p, of size bytes, stands at s[i] and belongs to the word.
		seen |= p
		if p&plainBits == plain {
			plainLetters++
		} else {
			if p&propDropped == 0 {
				ts.features.letters[p.script()]++
			}
			if p&(propDropped|propMapped) != 0 {
				buf := append(ts.folded.buf, s[copied:i]...)
				if p&propMapped != 0 {
					r, _ := utf8.DecodeRuneInString(s[i:])
					buf = utf8.AppendRune(buf, foldRune(r))
				}
				ts.folded.buf = buf
				copied = i + size
			}
		}
		if i += size; i == len(s) {
			break
		}
		// runeAt, inlined by hand.
		if c := s[i]; c < utf8.RuneSelf {
			p, size = lowProps[c], 1
		} else if c-0xc2 < 0xe0-0xc2 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			p, size = lowProps[uint(c&0x1f)<<6|uint(s[i+1]&0x3f)], 2
		} else {
			p, size = runeAtSlow(s, i)
		}
		if p&propInWord == 0 {
			break
		}
	}
	ts.folded.buf = append(ts.folded.buf, s[copied:i]...)
	ts.features.letters[w.script] += plainLetters
	w.classes = seen.class()
	w.mapped = seen&propMapped != 0
	return i
}

// endWord records the word just read: text as written, its fold at the end
// of ts.folded.buf.
func (ts *textScan) endWord(text string, w *wordScan, vocab *wordTable) {
	folded := ts.folded.buf[w.foldStart:]
	info := vocab.find(folded)
	ts.folded.tokens = append(ts.folded.tokens, foldedToken{kind: tokWord, end: len(ts.folded.buf), info: info})
	f := &ts.features
	f.words[w.script]++
	switch w.script {
	case scriptArabic:
		light, lightInfo := folded, info
		if w.mapped {
			ts.light = appendLight(ts.light[:0], text)
			light, lightInfo = ts.light, vocab.find(ts.light)
		}
		f.countArabicWord(w.classes, light, lightInfo, info)
	case scriptLatin:
		if info != nil && info.folded&inEnglishWords != 0 {
			f.englishHits++
		}
	}
}

// countArabicWord adds one Arabic-script word to the counts, given its
// letter classes, its light form and the vocabulary's info on its light
// form and its fold (nil when it has none).
func (f *langFeatures) countArabicWord(classes letterClass, light []byte, lightInfo, foldedInfo *wordInfo) {
	for c := uint8(classes); c != 0; c &= c - 1 {
		f.classWords[bits.TrailingZeros8(c)]++
	}
	if hasArabicArticle(light) {
		f.articleWords++
	}
	if lightInfo != nil {
		if mask := lightInfo.light; mask != 0 {
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
	}
	if foldedInfo != nil && foldedInfo.folded&inPersianWords != 0 {
		f.persianHits++
	}
}

// hasArabicArticle reports whether word starts with the Arabic definite
// article, alone or after و, ب, ف or ل, and has at least two letters after
// it.
func hasArabicArticle(word []byte) bool {
	if len(word) < len("ال")+4 {
		return false
	}
	switch string(word[:len("ال")]) {
	case "ال", "لل":
		return true
	case "وا", "با", "فا":
		return len(word) >= len("وال")+4 && string(word[len("وا"):len("وال")]) == "ل"
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
