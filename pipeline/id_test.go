package pipeline

import (
	"strings"
	"testing"

	"khabar/text/fa"
	"khabar/text/segment"
)

// TestIDOfSentences checks that hashing the sentences' matching forms gives
// the id of the whole normalized body, whatever the white space between
// sentences and lines.
func TestIDOfSentences(t *testing.T) {
	for _, body := range []string{
		"مقام‌ها توافق کردند.  او گفت: «ما آماده‌ایم.»\n\nخبر دوم ۱.۱ میلیارد دالر.",
		"One sentence. Another one!\nA third line",
		"",
	} {
		norm := fa.Default().String(body)
		sents := segment.Sentences(norm)
		keys := make([]string, len(sents))
		for i, s := range sents {
			keys[i] = fa.Fold(norm[s.Start:s.End])
		}
		if got, want := idOf(keys), ID(norm); got != want {
			t.Errorf("%q: id of sentences %s, of the body %s (fold %q vs %q)", body, got, want, strings.Join(keys, " "), fa.Fold(norm))
		}
	}
}
