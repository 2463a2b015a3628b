package langid

// Weights of the Arabic-script rules. A language's score is the share of
// the text's Arabic-script words that carry its function words, plus the
// weighted share of words that hold letters only it uses.
const (
	exclusiveLetterWeight = 1.5 // letters no other language here writes
	persianLetterWeight   = 0.5 // پ چ ژ گ: tell Persian from Arabic only
	arabicMarkWeight      = 0.5 // ة and the article ال-
	minArabicScore        = 0.05
	fullEvidenceWords     = 12 // below this many words, confidence is scaled down
)

// arabicScriptGuess scores each language written in Arabic script and
// returns the best, with a confidence from its lead over the runner-up. ok
// is false when no language has enough evidence.
func arabicScriptGuess(f *langFeatures) (lang string, confidence float64, ok bool) {
	n := float64(f.words[scriptArabic])
	if n == 0 {
		return "", 0, false
	}
	share := func(hits int) float64 { return float64(hits) / n }
	scores := [...]struct {
		lang  string
		score float64
	}{
		{persian, share(f.persianHits) + persianLetterWeight*f.classShare(letterPersian)},
		{"ps", share(f.pashtoHits) + exclusiveLetterWeight*f.classShare(letterPashto)},
		{"ar", share(f.arabicHits) + arabicMarkWeight*(share(f.articleWords)+f.classShare(letterArabic))},
		{"ur", share(f.urduHits) + exclusiveLetterWeight*f.classShare(letterUrdu)},
		{"sd", exclusiveLetterWeight * f.classShare(letterSindhi)},
		{"ug", exclusiveLetterWeight * f.classShare(letterUyghur)},
		{"ku", exclusiveLetterWeight * f.classShare(letterKurdish)},
	}
	best, second := 0, -1
	for i := 1; i < len(scores); i++ {
		switch {
		case scores[i].score > scores[best].score:
			best, second = i, best
		case second < 0 || scores[i].score > scores[second].score:
			second = i
		}
	}
	top := scores[best].score
	if top < minArabicScore {
		return "", 0, false
	}
	confidence = (top - scores[second].score) / top
	if n < fullEvidenceWords {
		confidence *= n / fullEvidenceWords
	}
	return scores[best].lang, confidence, true
}
