package langid

// Thresholds of the language decision.
const (
	// minLetters is the fewest letters Detect guesses a language from.
	minLetters = 8
	// englishShare is the share of English function words among a text's
	// Latin words above which it is English whatever whatlanggo says;
	// English news runs at about a third.
	englishShare  = 0.2
	minLatinWords = 3
)

// Detect finds the language of s and, for Persian, its variant. s may be
// any text: a headline, a whole article, or mixed scripts; it is read whole
// but whatlanggo sees at most its first 4 KB.
func Detect(s string) Result {
	ts := newScan()
	defer ts.release()
	ts.scan(s, defaultLexicon.vocab)
	f := &ts.features
	if f.totalLetters() < minLetters {
		return Result{}
	}
	var r Result
	switch main := f.mainScript(); main {
	case scriptArabic:
		lang, confidence, ok := arabicScriptGuess(f)
		if !ok {
			lang, confidence = whatlangGuess(s, main, f)
		}
		r.Lang, r.Confidence = lang, confidence
	case scriptLatin:
		if share, ok := englishWordShare(f); ok && share >= englishShare {
			r.Lang, r.Confidence = english, min(1, share/(2*englishShare))
			break
		}
		r.Lang, r.Confidence = whatlangGuess(s, main, f)
	default:
		r.Lang, r.Confidence = whatlangGuess(s, main, f)
	}
	if r.Lang == persian {
		r.Variant, r.VariantConfidence, r.Evidence = defaultLexicon.matchVariant(ts)
	}
	return r
}

// englishWordShare is the share of English function words among the Latin
// words of the text; ok is false when there are too few words to tell.
func englishWordShare(f *langFeatures) (share float64, ok bool) {
	n := f.words[scriptLatin]
	if n < minLatinWords {
		return 0, false
	}
	return float64(f.englishHits) / float64(n), true
}
