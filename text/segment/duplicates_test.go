package segment

import (
	"slices"
	"strings"
	"testing"
	"time"

	"khabar/text"
)

// spacedKey folds sentence text keeping word breaks: half-spaces removed,
// runs of spaces collapsed.
func spacedKey(s string, sents []text.Sentence) func(int) string {
	return func(i int) string {
		t := strings.ReplaceAll(s[sents[i].Start:sents[i].End], "\u200c", "")
		return strings.Join(strings.Fields(t), " ")
	}
}

var duplicateCases = []struct {
	name   string
	in     string // one sentence a line
	spaced bool   // use spacedKey instead of simpleKey
	want   []int  // DuplicateOf of each sentence
}{
	// A later exact repeat is a duplicate of the first.
	{"exact repeat", "والی هرات از پروژه بازدید کرد.\nباران آمد.\nوالی هرات از پروژه بازدید کرد.", false,
		[]int{-1, -1, 0}},
	// Half-spaces and spacing differences are folded away by the key.
	{"folded repeat", "نیروها می‌گویند که آتش‌بس برقرار است.\nنیروها میگویند که آتش بس برقرار است.", false,
		[]int{-1, 0}},
	// A short sentence contained in a longer one is not marked.
	{"short contained", "او گفت.\nسپس او گفت که جلسه لغو شده است.", false,
		[]int{-1, -1}},
	// A short sentence repeated exactly is marked.
	{"short exact repeat", "بلی.\nوزیر پاسخ داد.\nبلی.", false,
		[]int{-1, -1, 0}},
	// A pull quote before the quotation is a duplicate of the later, longer
	// quoted sentence that names the speaker.
	{"pull quote before", "ما به همکاری منطقه‌ای باور داریم.\nوزیر خارجه گفت: «ما به همکاری منطقه‌ای باور داریم. این آغاز راه است.»", false,
		[]int{1, -1, -1}},
	// Quote marks around a pull quote do not hide the repeat.
	{"quoted pull quote", "«ما به همکاری منطقه‌ای باور داریم»\nوزیر خارجه گفت: «ما به همکاری منطقه‌ای باور داریم. این آغاز راه است.»", false,
		[]int{1, -1, -1}},
	// A sentence contained in an earlier, longer one is its duplicate.
	{"contained in earlier", "رئیس‌جمهور گفت که اقتصاد کشور امسال رشد خواهد کرد و بیکاری کاهش می‌یابد.\nاقتصاد کشور امسال رشد خواهد کرد.", false,
		[]int{-1, 0}},
	// Containment chains end at the longest sentence.
	{"chain", "قیمت گندم در بازار بالا رفت\nدر کابل قیمت گندم در بازار بالا رفت و مردم نگران‌اند\nگزارش‌ها می‌گویند در کابل قیمت گندم در بازار بالا رفت و مردم نگران‌اند", false,
		[]int{2, 2, -1}},
	// An exact repeat of a contained sentence points at the container.
	{"repeat of contained", "اقتصاد کشور امسال رشد خواهد کرد.\nوزیر گفت اقتصاد کشور امسال رشد خواهد کرد و تورم پایین می‌آید.\nاقتصاد کشور امسال رشد خواهد کرد.", false,
		[]int{1, -1, 1}},
	// With word breaks kept, a match must end at a word edge.
	{"word edge", "the talks will resume in May\nOfficials said the talks will resume in Mayfield next week", true,
		[]int{-1, -1}},
	// With word breaks kept, a match at word edges counts.
	{"word edge match", "the talks will resume in May\nOfficials said the talks will resume in May, not June", true,
		[]int{1, -1}},
	// Sentences that share words but neither holds the other are kept.
	{"shared words", "نیروهای امنیتی در قندهار عملیات کردند.\nنیروهای امنیتی در هلمند عملیات کردند.", false,
		[]int{-1, -1}},
	// Sentences of punctuation only have no key and are never marked.
	{"no key", "***\n***", false, []int{-1, -1}},
}

func TestMarkDuplicates(t *testing.T) {
	for _, tc := range duplicateCases {
		t.Run(tc.name, func(t *testing.T) {
			sents := Sentences(tc.in)
			key := simpleKey(tc.in, sents)
			if tc.spaced {
				key = spacedKey(tc.in, sents)
			}
			MarkDuplicates(sents, key)
			var got []int
			for _, st := range sents {
				got = append(got, st.DuplicateOf)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("DuplicateOf = %v, want %v", got, tc.want)
			}
			MarkDuplicates(sents, key)
			for i, st := range sents {
				if st.DuplicateOf != got[i] {
					t.Errorf("second call changed sentence %d: %d, was %d", i, st.DuplicateOf, got[i])
				}
			}
		})
	}
}

// TestMarkDuplicatesManySimilar checks that many similar sentences, made
// of two words only so that every shingle is common, stay fast, and that
// every mark points at a sentence that is not itself a duplicate.
func TestMarkDuplicatesManySimilar(t *testing.T) {
	var b strings.Builder
	const n = 5000
	for i := range n {
		for w := 0; w < 8+i%17; w++ {
			if (i>>(w%11))&1 == 1 {
				b.WriteString("باران ")
			} else {
				b.WriteString("برف ")
			}
		}
		b.WriteString(".\n")
	}
	s := b.String()
	sents := Sentences(s)
	start := time.Now()
	MarkDuplicates(sents, spacedKey(s, sents))
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("MarkDuplicates of %d similar sentences (%d bytes) took %v", n, len(s), d)
	}
	marked := 0
	for _, st := range sents {
		if st.DuplicateOf >= 0 {
			marked++
			if sents[st.DuplicateOf].DuplicateOf != -1 {
				t.Fatalf("sentence %d points at duplicate %d", st.Index, st.DuplicateOf)
			}
		}
	}
	if marked == 0 || marked >= n {
		t.Errorf("%d of %d sentences marked", marked, n)
	}
}
