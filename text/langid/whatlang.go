package langid

import (
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// sampleBytes bounds how much of a text is given to whatlanggo, whose cost
// grows with the text; the first 4 KB of an article tell its language.
const sampleBytes = 4 << 10

// whatlangCodes maps whatlanggo's languages to the codes Detect reports:
// ISO 639-1 where one exists, else ISO 639-3. whatlanggo itself has no 639-1
// code for Persian (pes) or Yiddish (ydd).
var whatlangCodes = func() map[whatlanggo.Lang]string {
	codes := make(map[whatlanggo.Lang]string, len(whatlanggo.Langs))
	for lang := range whatlanggo.Langs {
		code := lang.Iso6391()
		if code == "" {
			code = lang.Iso6393()
		}
		codes[lang] = code
	}
	codes[whatlanggo.Pes] = persian
	codes[whatlanggo.Ydd] = "yi"
	return codes
}()

// whatlangGuess asks whatlanggo for the language of s, written mostly in
// script main. When other scripts make up a noticeable part of s, only the
// words in script main are passed, since whatlanggo gives up on text with no
// script in the majority.
func whatlangGuess(s string, main script, f *langFeatures) (lang string, confidence float64) {
	sample := s
	if f.letters[main] < f.totalLetters()*9/10 {
		sample = wordsInScript(s, main)
	}
	sample = truncate(sample, sampleBytes)
	info := whatlanggo.Detect(sample)
	code, ok := whatlangCodes[info.Lang]
	if !ok {
		return "", 0
	}
	return code, info.Confidence
}

// wordsInScript returns the words of s whose first letter is in script sc,
// joined by spaces, up to sampleBytes.
func wordsInScript(s string, sc script) string {
	var b strings.Builder
	for i := 0; i < len(s) && b.Len() < sampleBytes; {
		var t token
		t, i = nextToken(s, i)
		if t.kind == tokNone {
			break
		}
		first, _ := utf8.DecodeRuneInString(s[t.start:])
		if t.kind == tokWord && scriptOf(first) == sc {
			b.WriteString(s[t.start:t.end])
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// truncate cuts s to at most n bytes, at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
