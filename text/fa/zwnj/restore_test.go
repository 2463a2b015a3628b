package zwnj

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"khabar/text"
)

// z writes a half-space in test cases: "می" + z + "کنیم".
const z = zwnjStr

func TestRestore(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		// Verbal prefix می and نمی, joined or spaced.
		{"میکنیم", "می" + z + "کنیم"},
		{"نمیتوانند", "نمی" + z + "توانند"},
		{"می کنیم", "می" + z + "کنیم"},
		{"نمی توانند", "نمی" + z + "توانند"},
		// Preverb before می: the half-space goes after می (rule 2).
		{"برمیگردد", "برمی" + z + "گردد"},
		{"فرومیریزد", "فرومی" + z + "ریزد"},
		// Negative prefix بی, from the dictionary's بی‌ flag.
		{"بیخبر", "بی" + z + "خبر"},
		// بی on an unknown derivative, then a plural: بی‌عدالتی‌ها.
		{"بیعدالتیها", "بی" + z + "عدالتی" + z + "ها"},
		// Plural ها, های, هایی after a letter that joins forward.
		{"بحرانها", "بحران" + z + "ها"},
		{"مقامهای", "مقام" + z + "های"},
		{"فرصتهای", "فرصت" + z + "های"},
		{"کتابهایی", "کتاب" + z + "هایی"},
		// Lilak lists سیاستهای joined; the standard half-spaced spelling wins.
		{"سیاستهای", "سیاست" + z + "های"},
		// Plural after a right-joining letter: no half-space, and a typed
		// space is removed.
		{"کشورها", "کشورها"},
		{"کشور ها", "کشورها"},
		{"کارهای", "کارهای"},
		// Spaced plural after ه and after a consonant.
		{"خانه ها", "خانه" + z + "ها"},
		{"کتاب ها", "کتاب" + z + "ها"},
		// Plural of a Dari word from extra_words.txt.
		{"ولسوالیها", "ولسوالی" + z + "ها"},
		// Comparative and superlative.
		{"بزرگترین", "بزرگ" + z + "ترین"},
		{"مهمتر", "مهم" + z + "تر"},
		{"بزرگ تر", "بزرگ" + z + "تر"},
		// Lexicalized comparatives and تنها stay joined.
		{"بیشتر", "بیشتر"},
		{"کمتر", "کمتر"},
		{"تنها", "تنها"},
		// Clitics after ه: possessive ‌اش, indefinite ‌ای, perfect ‌اند ‌ایم ‌اید.
		{"خانهاش", "خانه" + z + "اش"},
		{"نشانهای", "نشانه" + z + "ای"},
		{"داشتهاند", "داشته" + z + "اند"},
		{"رفتهایم", "رفته" + z + "ایم"},
		{"گفتهاید", "گفته" + z + "اید"},
		{"خانه ای", "خانه" + z + "ای"},
		{"زندگی شان", "زندگی" + z + "شان"},
		// A plural-first stem: سال‌های, not ساله‌ای.
		{"سالهای", "سال" + z + "های"},
		// Compounds from the dictionary, joined or spaced.
		{"رئیسجمهور", "رئیس" + z + "جمهور"},
		{"سرمایهگذاری", "سرمایه" + z + "گذاری"},
		{"گفتوگو", "گفت" + z + "وگو"},
		{"رئیس جمهور", "رئیس" + z + "جمهور"},
		// A compound of two known words (rule 4) with a plural.
		{"رشتهکوههای", "رشته" + z + "کوه" + z + "های"},
		// A compound head that never stands alone joins the word before.
		{"مصرف کنندگان", "مصرف" + z + "کنندگان"},
		// Three spaced parts merge into one word.
		{"هم تیمی های", "هم" + z + "تیمی" + z + "های"},
		// Words that must not be split.
		{"میز", "میز"},
		{"بیمار", "بیمار"},
		{"ما", "ما"},
		{"مهم", "مهم"},
		{"همه", "همه"},
		{"ایران", "ایران"},
		{"میدان", "میدان"},
		{"بیمه", "بیمه"},
		{"پیام", "پیام"},
		{"افغانستان", "افغانستان"},
		// The ezafe hamza is read as part of no suffix.
		{"همیشهٔ", "همیشهٔ"},
		// Phrases written apart stay apart: a function word, a light verb.
		{"به دنبال", "به دنبال"},
		{"داده شده", "داده شده"},
		{"ملل متحد", "ملل متحد"},
		// Half-spaces already present are kept.
		{"می" + z + "کنیم", "می" + z + "کنیم"},
		// Digits, Latin and punctuation pass through, and a word next to
		// them is read alone.
		{"۲۵ ولایت", "۲۵ ولایت"},
		{"COVID-19 در 2025", "COVID-19 در 2025"},
		{"بحرانها، فرصتها؛", "بحران" + z + "ها، فرصت" + z + "ها؛"},
		{"(میکنیم)", "(می" + z + "کنیم)"},
		// A space before a non-letter is never merged.
		{"می ۲", "می ۲"},
		// Empty input.
		{"", ""},
	}
	r := Default()
	for _, c := range cases {
		if got := r.String(c.in); got != c.want {
			t.Errorf("Restore(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRestoreAlignment checks that offsets of the output map back to the
// input words they came from.
func TestRestoreAlignment(t *testing.T) {
	in := "مقامهای دولت می کنند"
	var b text.Builder
	Default().Restore(in, &b)
	out := b.String()
	al := b.Alignment(len(in))
	for _, w := range []string{"مقام", "دولت", "کنند"} {
		i := strings.Index(out, w)
		if i < 0 {
			t.Fatalf("%q not in output %q", w, out)
		}
		sp := al.Span(text.Span{Start: i, End: i + len(w)})
		if got := in[sp.Start:sp.End]; got != w {
			t.Errorf("output %q maps to input %q", w, got)
		}
	}
}

// TestIdempotentOnSample restores the sample articles twice, from stripped
// and from spaced input.
func TestIdempotentOnSample(t *testing.T) {
	s := benchText(t)[:4000]
	s = s[:strings.LastIndexByte(s, '\n')]
	r := Default()
	for _, in := range []string{s, strings.ReplaceAll(s, " ", "  "), strings.ReplaceAll(s, zwnjStr, " ")} {
		once := r.String(in)
		if twice := r.String(once); twice != once {
			t.Errorf("not idempotent:\n once %q\ntwice %q", once, twice)
		}
		if !utf8.ValidString(once) {
			t.Error("invalid UTF-8")
		}
	}
}

// TestSampleMatchesGold restores the stripped and the spaced Dari sample
// and compares them with the hand-written original, line by line.
func TestSampleMatchesGold(t *testing.T) {
	data, err := os.ReadFile("testdata/dari_news.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := Default()
	for _, gold := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		for _, in := range []string{strings.ReplaceAll(gold, z, ""), strings.ReplaceAll(gold, z, " ")} {
			if got := r.String(in); got != gold {
				t.Errorf("Restore(%q)\n got %q\nwant %q", in, got, gold)
			}
		}
	}
}

// TestConcurrentRestore runs restorers in parallel (go test -race checks
// the shared cache) and compares with a sequential run.
func TestConcurrentRestore(t *testing.T) {
	data, err := os.ReadFile("testdata/dari_news.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(string(data), z, ""), "\n")
	r := Default()
	want := make([]string, len(lines))
	for i, l := range lines {
		want[i] = r.String(l)
	}
	done := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i, l := range lines {
				if got := r.String(l); got != want[i] {
					done <- got
					return
				}
			}
			done <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if bad := <-done; bad != "" {
			t.Errorf("concurrent result differs: %q", bad)
		}
	}
}
