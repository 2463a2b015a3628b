package segment_test

import (
	"fmt"
	"strings"

	"khabar/text/segment"
)

func ExampleSentences() {
	body := "وزیر گفت: «هزینه ۱.۱ میلیارد دالر است. کار آغاز شد.» جلسه پایان یافت.او رفت."
	for _, st := range segment.Sentences(body) {
		fmt.Printf("%v %s\n", st.Quote, body[st.Start:st.End])
	}
	// Output:
	// true وزیر گفت: «هزینه ۱.۱ میلیارد دالر است.
	// true کار آغاز شد.»
	// false جلسه پایان یافت.
	// false او رفت.
}

func ExampleTokens() {
	body := "نرخ تورم ۳٫۵٪ شد."
	sents := segment.Sentences(body)
	for _, tok := range segment.Tokens(body, sents) {
		fmt.Printf("%s %s\n", tok.Kind, body[tok.Start:tok.End])
	}
	// Output:
	// word نرخ
	// word تورم
	// number ۳٫۵
	// symbol ٪
	// word شد
	// punct .
}

func ExampleMarkDuplicates() {
	body := "ما آماده همکاری با همه کشورها هستیم.\n" +
		"وزیر گفت: «ما آماده همکاری با همه کشورها هستیم. راه باز است.»"
	sents := segment.Sentences(body)
	segment.MarkDuplicates(sents, func(i int) string {
		return strings.Join(strings.Fields(body[sents[i].Start:sents[i].End]), " ")
	})
	for _, st := range sents {
		fmt.Println(st.Index, st.DuplicateOf)
	}
	// Output:
	// 0 1
	// 1 -1
	// 2 -1
}
