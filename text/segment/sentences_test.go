package segment

import (
	"slices"
	"testing"
)

// sentenceCase is one splitting rule: the sentences of in, and which of
// them (by position) lie partly inside a quotation.
type sentenceCase struct {
	name   string
	in     string
	want   []string
	quoted []int
}

var sentenceCases = []sentenceCase{
	// A Persian period followed by a space ends a sentence.
	{"persian period", "هیئت افغان به دوحه رسید. مذاکرات فردا آغاز می‌شود.",
		[]string{"هیئت افغان به دوحه رسید.", "مذاکرات فردا آغاز می‌شود."}, nil},
	// Persian typists often leave out the space after the period.
	{"period without space", "جلسه برگزار شد.وزیر گفت که آماده است.",
		[]string{"جلسه برگزار شد.", "وزیر گفت که آماده است."}, nil},
	// The Arabic question mark ends a sentence.
	{"persian question mark", "آیا والی ولایت استعفا می‌دهد؟ هنوز معلوم نیست.",
		[]string{"آیا والی ولایت استعفا می‌دهد؟", "هنوز معلوم نیست."}, nil},
	// A run of final marks is one end, glued to the next word or not.
	{"mark run", "واقعاً؟! باور نمی‌کنم!او رفت.",
		[]string{"واقعاً؟!", "باور نمی‌کنم!", "او رفت."}, nil},
	// Latin question and exclamation marks end sentences.
	{"latin marks", "Is the crisis over? Not yet! Talks go on.",
		[]string{"Is the crisis over?", "Not yet!", "Talks go on."}, nil},
	// The ellipsis character ends a sentence before a space.
	{"ellipsis character", "مذاکرات ادامه دارد… نتیجه هنوز روشن نیست.",
		[]string{"مذاکرات ادامه دارد…", "نتیجه هنوز روشن نیست."}, nil},
	// A run of periods is one ellipsis: one end, no empty sentences.
	{"period ellipsis", "The talks dragged on... Nobody left the room.",
		[]string{"The talks dragged on...", "Nobody left the room."}, nil},
	// An ellipsis glued to the next word does not end the sentence.
	{"glued ellipsis", "ما...همکاری خواهیم کرد.", []string{"ما...همکاری خواهیم کرد."}, nil},
	// An omission mark in brackets does not end the sentence.
	{"omission", "او گفت «ما (...) آماده‌ایم» و رفت.", []string{"او گفت «ما (...) آماده‌ایم» و رفت."}, []int{0}},
	// A leading ellipsis has nothing to end.
	{"leading ellipsis", "... و سپس جلسه پایان یافت.", []string{"... و سپس جلسه پایان یافت."}, nil},
	// A line break ends a sentence, with or without a final mark.
	{"newline", "سیلاب در بدخشان\nده‌ها خانه ویران شد", []string{"سیلاب در بدخشان", "ده‌ها خانه ویران شد"}, nil},
	// Windows line ends and blank lines give no empty sentences.
	{"crlf", "Kabul\r\n\r\nHerat", []string{"Kabul", "Herat"}, nil},
	// A decimal point in Persian digits is not an end.
	{"persian decimal", "هزینه ۱.۱ میلیارد دالر است.", []string{"هزینه ۱.۱ میلیارد دالر است."}, nil},
	// A decimal point in ASCII digits is not an end.
	{"latin decimal", "Growth reached 3.5 percent in May.", []string{"Growth reached 3.5 percent in May."}, nil},
	// A period inside a dotted date is not an end.
	{"dotted date", "این قانون در ۱۴۰۳.۸ تصویب شد.", []string{"این قانون در ۱۴۰۳.۸ تصویب شد."}, nil},
	// A period after a number and before a space does end.
	{"number at end", "The toll rose to 37. Police are investigating.",
		[]string{"The toll rose to 37.", "Police are investigating."}, nil},
	// Listed titles do not end a sentence.
	{"titles", "Mr. Blinken met Dr. Wang in Beijing.", []string{"Mr. Blinken met Dr. Wang in Beijing."}, nil},
	// Letter chains (U.S., U.N.) do not end a sentence.
	{"letter chains", "The U.S. and the U.N. agreed on aid.", []string{"The U.S. and the U.N. agreed on aid."}, nil},
	// A company suffix does not end a sentence.
	{"company", "Apple Inc. reported higher profits.", []string{"Apple Inc. reported higher profits."}, nil},
	// e.g. before a capitalised name does not end a sentence.
	{"e.g.", "Some states, e.g. Kazakhstan, signed deals.", []string{"Some states, e.g. Kazakhstan, signed deals."}, nil},
	// A capital initial does not end a sentence.
	{"initial", "J. Smith wrote the report.", []string{"J. Smith wrote the report."}, nil},
	// No. is an abbreviation before a number only.
	{"No. before number", "He lives at No. 5 Baker Street.", []string{"He lives at No. 5 Baker Street."}, nil},
	// No. at the end of a sentence is the word no.
	{"No. as a word", "The answer was No. Then he left.", []string{"The answer was No.", "Then he left."}, nil},
	// An abbreviated month does not end a sentence.
	{"month", "The vote is on Nov. 6 in Kabul.", []string{"The vote is on Nov. 6 in Kabul."}, nil},
	// A domain name is not an end, even in Persian text.
	{"domain", "این گزارش در reuters.com منتشر شد.", []string{"این گزارش در reuters.com منتشر شد."}, nil},
	// An e-mail address is not an end.
	{"e-mail", "Write to press@example.org for details.", []string{"Write to press@example.org for details."}, nil},
	// A URL keeps its periods.
	{"url", "See https://www.example.com/news/item.html today.", []string{"See https://www.example.com/news/item.html today."}, nil},
	// A domain at the end of a sentence still lets the sentence end.
	{"domain at end", "It appeared on reuters.com. Officials declined to comment.",
		[]string{"It appeared on reuters.com.", "Officials declined to comment."}, nil},
	// An unknown abbreviation followed by a lower-case word is not an end.
	{"lower-case next", "The budget mtg. was postponed.", []string{"The budget mtg. was postponed."}, nil},
	// A period followed by a comma is not an end.
	{"comma next", "They sold fruit etc., and left.", []string{"They sold fruit etc., and left."}, nil},
	// A colon alone does not end a sentence.
	{"colon", "وزیر گفت: ما آماده‌ایم.", []string{"وزیر گفت: ما آماده‌ایم."}, nil},
	// Persian initials (هجری شمسی) do not end a sentence.
	{"persian initials", "در سال ۱۴۰۳ ه.ش این قانون تصویب شد.", []string{"در سال ۱۴۰۳ ه.ش این قانون تصویب شد."}, nil},
	// A list number has no letters before its period.
	{"list number", "۱. نخستین مورد بررسی شد.", []string{"۱. نخستین مورد بررسی شد."}, nil},
	// Spaces and half-spaces at the edges are left out.
	{"blank edges", "  \u200cاو آمد.\u200f  ", []string{"او آمد."}, nil},
	// Text of spaces only has no sentences.
	{"blank text", " \n\t \u200c", nil, nil},
	// A closing bracket after the final mark stays in the sentence.
	{"closing bracket", "(این خبر تأیید نشده است.) مقامات سکوت کردند.",
		[]string{"(این خبر تأیید نشده است.)", "مقامات سکوت کردند."}, nil},
	// Pashto text splits like Dari.
	{"pashto", "ښاروالۍ وویل چې کار پیل شو. نور جزئیات نه دي ورکړل شوي.",
		[]string{"ښاروالۍ وویل چې کار پیل شو.", "نور جزئیات نه دي ورکړل شوي."}, nil},
	// A quotation of several sentences: each is attributed, the closing
	// guillemet stays with the last, and the text after it is not quoted.
	{"guillemet quotation", "روبیو گفت: «ما آماده‌ایم. این فرصت است.» سپس جلسه پایان یافت.",
		[]string{"روبیو گفت: «ما آماده‌ایم.", "این فرصت است.»", "سپس جلسه پایان یافت."}, []int{0, 1}},
	// A period after the closing guillemet stays in the same sentence.
	{"period after closer", "او گفت: «کار تمام شد.». سپس رفت.",
		[]string{"او گفت: «کار تمام شد.».", "سپس رفت."}, []int{0}},
	// A closing guillemet after a space still closes the quotation.
	{"spaced closer", "او گفت: «کار تمام شد. » سپس رفت.",
		[]string{"او گفت: «کار تمام شد. »", "سپس رفت."}, []int{0}},
	// Curly quotes work like guillemets.
	{"curly quotes", "He said: “We are ready.” Then he left.",
		[]string{"He said: “We are ready.”", "Then he left."}, []int{0}},
	// Straight quotes open before a word and close after a final mark.
	{"straight quotes", `He said "We are ready." Then he left.`,
		[]string{`He said "We are ready."`, "Then he left."}, []int{0}},
	// A straight quote after a space and before a word opens the next
	// sentence's quotation.
	{"straight quote opens next", `He left. "Next time," she said.`,
		[]string{"He left.", `"Next time," she said.`}, []int{1}},
	// A short quoted name marks its sentence as partly quoted.
	{"quoted name", "شرکت «استارلینک» قرارداد امضا کرد. دولت استقبال کرد.",
		[]string{"شرکت «استارلینک» قرارداد امضا کرد.", "دولت استقبال کرد."}, []int{0}},
	// An unclosed quotation ends at the paragraph break.
	{"unclosed quote", "او گفت: «ما آماده‌ایم.\nخبر دیگر. پایان.",
		[]string{"او گفت: «ما آماده‌ایم.", "خبر دیگر.", "پایان."}, []int{0}},
	// A closing mark with nothing open marks its paragraph as quoted: the
	// quotation began in an earlier paragraph.
	{"orphan closer", "«ما می‌رویم.\nما برمی‌گردیم. حتماً.» او گفت.",
		[]string{"«ما می‌رویم.", "ما برمی‌گردیم.", "حتماً.»", "او گفت."}, []int{0, 1, 2}},
	// A straight quote closing a quotation from an earlier line.
	{"orphan straight quote", "\"We will stay.\nWe will not leave.\" He said.",
		[]string{"\"We will stay.", "We will not leave.\"", "He said."}, []int{0, 1}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			sents := Sentences(tc.in)
			checkSentences(t, tc.name, tc.in, sents)
			var quoted []int
			var texts []string
			for i, st := range sents {
				texts = append(texts, tc.in[st.Start:st.End])
				if st.Quote {
					quoted = append(quoted, i)
				}
			}
			if !slices.Equal(texts, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, texts, tc.want)
			}
			if !slices.Equal(quoted, tc.quoted) {
				t.Errorf("Sentences(%q): quoted sentences %v, want %v", tc.in, quoted, tc.quoted)
			}
		})
	}
}

// TestAbbreviationList checks that the shipped list parses and that the
// parser rejects malformed lines with an error naming the line.
func TestAbbreviationList(t *testing.T) {
	if len(abbreviations) < 40 {
		t.Errorf("abbreviation list has %d entries, want at least 40", len(abbreviations))
	}
	if abbreviations["No."] != abbrevBeforeNumber || abbreviations["Mr."] != abbrevAlways {
		t.Errorf("rules: No. %d, Mr. %d", abbreviations["No."], abbreviations["Mr."])
	}
	for _, bad := range []string{"Mr", "Mr.\nMr.", "No. sometimes", "Dr. number extra"} {
		if _, err := parseAbbreviations(bad); err == nil {
			t.Errorf("parseAbbreviations(%q): no error", bad)
		}
	}
}
