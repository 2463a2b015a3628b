package segment

import (
	"fmt"
	"slices"
	"testing"

	"khabar/text"
)

// kindCode abbreviates token kinds in the tables: w word, n number,
// p punct, s symbol.
var kindCode = map[text.TokenKind]string{text.Word: "w", text.Number: "n", text.Punct: "p", text.Symbol: "s"}

// tokenStrings renders tokens as "kind:text", with "|" before each token
// that begins a new sentence after the first.
func tokenStrings(s string, toks []text.Token) []string {
	var out []string
	for i, tok := range toks {
		mark := ""
		if i > 0 && tok.Sentence != toks[i-1].Sentence {
			mark = "|"
		}
		out = append(out, fmt.Sprintf("%s%s:%s", mark, kindCode[tok.Kind], s[tok.Start:tok.End]))
	}
	return out
}

var tokenCases = []struct {
	name string
	in   string
	want []string
}{
	// A half-space inside a word is part of the word.
	{"inner zwnj", "می‌گیریم", []string{"w:می‌گیریم"}},
	// A half-space at a word's edge is left out.
	{"edge zwnj", "کتاب‌ ‌ها", []string{"w:کتاب", "w:ها"}},
	// Pashto letters are letters.
	{"pashto letters", "ښځې ډېر ګټور", []string{"w:ښځې", "w:ډېر", "w:ګټور"}},
	// Harakat and the hamza above belong to their word.
	{"combining marks", "مُحَمَّد خانهٔ", []string{"w:مُحَمَّد", "w:خانهٔ"}},
	// Tatweel is a letter and does not break a word.
	{"tatweel", "کـــتاب", []string{"w:کـــتاب"}},
	// Latin, Cyrillic and Persian words side by side.
	{"mixed scripts", "NHS Москва سکاتلند", []string{"w:NHS", "w:Москва", "w:سکاتلند"}},
	// A decimal point between Persian digits stays in the number.
	{"persian decimal", "۱.۱ میلیارد", []string{"n:۱.۱", "w:میلیارد"}},
	// The Arabic decimal and thousands separators stay in the number.
	{"arabic separators", "۱٫۵ و ۳٬۵۰۰", []string{"n:۱٫۵", "w:و", "n:۳٬۵۰۰"}},
	// A comma between ASCII digits stays in the number.
	{"thousands comma", "3,500 troops", []string{"n:3,500", "w:troops"}},
	// An ISO date is one number.
	{"iso date", "2025-11-07", []string{"n:2025-11-07"}},
	// A solar date with slashes is one number.
	{"slashed date", "۱۴۰۳/۸/۲۵", []string{"n:۱۴۰۳/۸/۲۵"}},
	// A clock time is one number.
	{"clock time", "10:30", []string{"n:10:30"}},
	// Arabic-Indic digits are digits.
	{"arabic-indic digits", "٣٧ طیاره", []string{"n:٣٧", "w:طیاره"}},
	// A separator with no digit after it is punctuation.
	{"trailing separator", "3,500, and ۳۷.", []string{"n:3,500", "p:,", "w:and", "n:۳۷", "p:."}},
	// The Arabic percent sign is a symbol after the number.
	{"arabic percent", "۷۰٪ سهام", []string{"n:۷۰", "s:٪", "w:سهام"}},
	// ASCII percent and dollar signs are symbols.
	{"percent and dollar", "70% of $5", []string{"n:70", "s:%", "w:of", "s:$", "n:5"}},
	// Guillemets and the Arabic comma are punctuation, one mark a token.
	{"guillemets", "«تنگستن»،", []string{"p:«", "w:تنگستن", "p:»", "p:،"}},
	// A hyphen between letters joins a word; one at a word's edge does not.
	{"hyphens", "well-known pre- and", []string{"w:well-known", "w:pre", "p:-", "w:and"}},
	// An apostrophe between letters joins a word.
	{"apostrophe", "country's", []string{"w:country's"}},
	// A letter chain keeps its periods.
	{"letter chain", "the U.S. said", []string{"w:the", "w:U.S.", "w:said"}},
	// At the sentence end the chain leaves the last period to the sentence.
	{"chain at end", "aid to the U.S.", []string{"w:aid", "w:to", "w:the", "w:U.S", "p:."}},
	// A listed title keeps its period.
	{"title", "Mr. Smith", []string{"w:Mr.", "w:Smith"}},
	// A run of periods is one token.
	{"ellipsis", "ادامه...", []string{"w:ادامه", "p:..."}},
	// An emoji with a variation selector is one symbol.
	{"emoji", "❤️👍", []string{"s:❤️", "s:👍"}},
	// Letters and digits glued together are two tokens.
	{"letter digit", "G20 ۳۷ام", []string{"w:G", "n:20", "n:۳۷", "w:ام"}},
	// A minus sign is punctuation before the number.
	{"minus", "-5", []string{"p:-", "n:5"}},
	// Tokens carry the index of their sentence.
	{"sentence index", "او آمد؟ بلی.", []string{"w:او", "w:آمد", "p:؟", "|w:بلی", "p:."}},
}

func TestTokens(t *testing.T) {
	for _, tc := range tokenCases {
		t.Run(tc.name, func(t *testing.T) {
			sents := Sentences(tc.in)
			toks := Tokens(tc.in, sents)
			checkTokens(t, tc.name, tc.in, sents, toks)
			if got := tokenStrings(tc.in, toks); !slices.Equal(got, tc.want) {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTokensSentenceIndex checks that tokens take the Index of their
// sentence, not its position in the slice.
func TestTokensSentenceIndex(t *testing.T) {
	s := "یک. دو."
	sents := Sentences(s)[1:]
	toks := Tokens(s, sents)
	if len(toks) != 2 || toks[0].Sentence != 1 {
		t.Fatalf("Tokens of the second sentence alone: %+v", toks)
	}
}
