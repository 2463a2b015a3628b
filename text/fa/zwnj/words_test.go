package zwnj

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

// testWords are names as a lexicon writes them, for the tests of
// WithWords.
var testWords = []string{
	"شی جین‌پینگ", "بلینکن", "هبت‌الله", "شوکت ترین", "اسماعیل خان",
	"ان‌بی‌سی", "خبرگزاری ای‌اف‌پی", "نیویورک تایمز", "تی‌آر‌تی", "خاندوزی",
}

func TestWithWords(t *testing.T) {
	r := Default().WithWords(testWords)
	cases := []struct {
		in, want string
	}{
		// A given word without its half-spaces gets them back.
		{"شی جینپینگ", "شی جین" + z + "پینگ"},
		{"هبتالله", "هبت" + z + "الله"},
		{"انبیسی", "ان" + z + "بی" + z + "سی"},
		// … and typed with spaces, it is joined.
		{"شی جین پینگ", "شی جین" + z + "پینگ"},
		{"ملا هبت الله", "ملا هبت" + z + "الله"},
		{"شبکهٔ ان بی سی", "شبکهٔ ان" + z + "بی" + z + "سی"},
		// A given word is never split, though its letters read as a
		// compound of dictionary words (خان|دوزی).
		{"احسان خاندوزی", "احسان خاندوزی"},
		// A given word takes a plural like a dictionary word.
		{"بلینکنها", "بلینکن" + z + "ها"},
		{"ان بی سی ها", "ان" + z + "بی" + z + "سی" + z + "ها"},
		// Words that follow each other in an entry stay apart, though the
		// second is a suffix (ترین) or the dictionary joins them
		// (نیویورک‌تایمز).
		{"شوکت ترین", "شوکت ترین"},
		{"اسماعیل خان", "اسماعیل خان"},
		{"روزنامهٔ نیویورک تایمز", "روزنامهٔ نیویورک تایمز"},
		// Elsewhere the same suffix still joins.
		{"بزرگ ترین", "بزرگ" + z + "ترین"},
		// The first part of a given word typed with spaces is not taken as
		// a clitic of the word before (خبرگزاری‌ای).
		{"خبرگزاری ای اف پی", "خبرگزاری ای" + z + "اف" + z + "پی"},
		// A half-space after a letter that does not join forward is never
		// written, though the given word has one (تی‌آر‌تی).
		{"تیآرتی", "تی" + z + "آرتی"},
		// Half-spaces in the text that the given word lacks are kept, and
		// the word is read as without WithWords.
		{"شوکت" + z + "ترین", "شوکت" + z + "ترین"},
		// Words not given read as before.
		{"مقامهای دولت میگویند", "مقام" + z + "های دولت می" + z + "گویند"},
	}
	for _, c := range cases {
		got := r.String(c.in)
		if got != c.want {
			t.Errorf("WithWords: String(%q) = %q, want %q", c.in, got, c.want)
		}
		if again := r.String(got); again != got {
			t.Errorf("WithWords: not idempotent: %q → %q → %q", c.in, got, again)
		}
	}
	// The restorer WithWords was called on is unchanged.
	if got, want := Default().String("شوکت ترین"), "شوکت"+z+"ترین"; got != want {
		t.Errorf("Default after WithWords: %q, want %q", got, want)
	}
}

// TestWithWordsSpellings checks the choice among spellings of the same
// letters (the one with the most half-spaces, whatever the order) and that
// words given to a restorer with words are added to them.
func TestWithWordsSpellings(t *testing.T) {
	a, b := "اصول"+z+"گرایان", "اصولگرایان"
	for _, words := range [][]string{{a, b}, {b, a}} {
		if got := Default().WithWords(words).String(b); got != a {
			t.Errorf("WithWords(%q): %q, want %q", words, got, a)
		}
	}
	r := Default().WithWords([]string{"هبت" + z + "الله"}).WithWords([]string{"شوکت ترین"})
	if got, want := r.String("هبتالله شوکت ترین"), "هبت"+z+"الله شوکت ترین"; got != want {
		t.Errorf("chained WithWords: %q, want %q", got, want)
	}
	if got := Default().WithWords(nil).String("میکنیم"); got != "می"+z+"کنیم" {
		t.Errorf("WithWords(nil): %q", got)
	}
}

// TestWithWordsConcurrent restores with two restorers that share the word
// cache, in parallel (go test -race), and compares with sequential runs.
func TestWithWordsConcurrent(t *testing.T) {
	lines := []string{"شوکت ترین و بزرگ ترین", "هبتالله خاندوزی", "شی جین پینگ میگوید"}
	rs := []*Restorer{Default(), Default().WithWords(testWords)}
	want := make([][]string, len(rs))
	for i, r := range rs {
		for _, l := range lines {
			want[i] = append(want[i], r.String(l))
		}
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				i := (g + k) % len(rs)
				for j, l := range lines {
					if got := rs[i].String(l); got != want[i][j] {
						done <- fmt.Errorf("restorer %d: %q → %q, want %q", i, l, got, want[i][j])
						return
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestWithWordsIsCheap builds a restorer over 5,000 names, well within a
// second even on a loaded machine (BenchmarkWithWords measures it).
func TestWithWordsIsCheap(t *testing.T) {
	names := syntheticNames(5000)
	start := time.Now()
	r := Default().WithWords(names)
	if d := time.Since(start); d > time.Second {
		t.Errorf("WithWords over %d names took %v", len(names), d)
	}
	for _, n := range names[:200] {
		if got := r.String(strings.ReplaceAll(n, z, "")); got != n {
			t.Errorf("%q → %q", n, got)
		}
	}
}

// syntheticNames makes n distinct name-like entries from syllables: one to
// three words, some with half-spaces between syllables (only where they
// show), each word spelled one way in all entries. They are not real
// names; they only give WithWords realistic sizes.
func syntheticNames(n int) []string {
	syl := []string{"کا", "را", "می", "لو", "نی", "سو", "پا", "شی", "ون", "گل", "دن", "بر", "زا", "تو", "فی", "مو", "چی", "سن"}
	rng := rand.New(rand.NewSource(1))
	spelling := map[string]string{} // a word's letters → its one spelling
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var words []string
		for w := 0; w < 1+rng.Intn(3); w++ {
			var sb, key strings.Builder
			k := 2 + rng.Intn(3)
			for i := 0; i < k; i++ {
				next := syl[rng.Intn(len(syl))]
				if i > 0 && rng.Intn(6) == 0 && joinsLeft([]rune(sb.String())[len([]rune(sb.String()))-1]) {
					sb.WriteString(z)
				}
				sb.WriteString(next)
				key.WriteString(next)
			}
			if sp, ok := spelling[key.String()]; ok {
				words = append(words, sp)
				continue
			}
			spelling[key.String()] = sb.String()
			words = append(words, sb.String())
		}
		if name := strings.Join(words, " "); !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}
