package hunspell

import (
	"sort"
	"strings"
	"testing"
)

// testAff is a small affix file in Lilak's style, with FLAG long, a strip,
// a condition and a continuation flag.
const testAff = `SET UTF-8
FLAG long
# a comment
PFX pa N 1
PFX pa 0 بی‌ .

SFX sd N 2
SFX sd 0 ها .
SFX sd 0 های .

SFX sg N 1
SFX sg 0 ‌ها/FFWW .

SFX st Y 1
SFX st 0 تر/sd .

SFX xe N 1
SFX xe ه گی ه
`

func TestParseAffAndExpand(t *testing.T) {
	aff, err := ParseAff(strings.NewReader(testAff), "test.aff")
	if err != nil {
		t.Fatal(err)
	}
	if !aff.LongFlags || len(aff.Classes) != 5 {
		t.Fatalf("long=%v classes=%d", aff.LongFlags, len(aff.Classes))
	}
	dic := "3\nکتاب/sdsgpa\nبزرگ/st\nخسته/xe\n"
	entries, err := ParseDic(strings.NewReader(dic), aff, "test.dic")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		entry int
		want  []string
	}{
		// suffixes with and without ZWNJ, and the prefix
		{0, []string{"بی‌کتاب", "کتاب", "کتاب‌ها", "کتابها", "کتابهای"}},
		// a continuation flag: تر then ها
		{1, []string{"بزرگ", "بزرگتر", "بزرگترها", "بزرگترهای"}},
		// strip ه, add گی, under the condition "ends in ه"
		{2, []string{"خسته", "خستگی"}},
	}
	for _, c := range cases {
		seen := map[string]bool{}
		aff.Expand(entries[c.entry], func(f string) { seen[f] = true })
		var got []string
		for f := range seen {
			got = append(got, f)
		}
		sort.Strings(got)
		sort.Strings(c.want)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: got %v, want %v", entries[c.entry].Word, got, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for name, aff := range map[string]string{
		"short class":     "FLAG long\nSFX sd N 2\nSFX sd 0 ها .\n",
		"bad count":       "SFX sd N x\n",
		"duplicate class": "SFX sd N 1\nSFX sd 0 ها .\nSFX sd N 1\nSFX sd 0 ها .\n",
		"bad flag type":   "FLAG num\n",
		"unclosed class":  "SFX sd N 1\nSFX sd 0 ها [ab\n",
	} {
		if _, err := ParseAff(strings.NewReader(aff), name); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	aff, _ := ParseAff(strings.NewReader(testAff), "test.aff")
	if _, err := ParseDic(strings.NewReader("5\nکتاب\n"), aff, "test.dic"); err == nil {
		t.Error("count mismatch: no error")
	}
}

func TestCondition(t *testing.T) {
	cases := []struct {
		cond, word string
		end, start bool
	}{
		{".", "کتاب", true, true},        // the empty condition matches all
		{"ه", "خسته", true, false},       // one letter at the end
		{"[^اه]ب", "کتاب", false, false}, // a negated class before ب
		{"[^ه]ب", "کتاب", true, false},   // ا is not ه
		{"[کم]", "کتاب", false, true},    // a class at the start
		{"تاب", "تا", false, false},      // longer than the word
	}
	for _, c := range cases {
		cond, err := ParseCondition(c.cond)
		if err != nil {
			t.Fatal(err)
		}
		if got := cond.MatchEnd(c.word); got != c.end {
			t.Errorf("%q.MatchEnd(%q) = %v", c.cond, c.word, got)
		}
		if got := cond.MatchStart(c.word); got != c.start {
			t.Errorf("%q.MatchStart(%q) = %v", c.cond, c.word, got)
		}
	}
}
