package dates

import (
	"os"
	"regexp"
	"testing"
)

var valueShape = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?)?$`)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"روز پنجشنبه در ششم نومبر", "۱۵ حوت ۱۴۰۲", "۱۴۰۳/۸/۲۵", "در ماه جون", "سه شنبه گذشته",
		"بیست و یکم", "on Thursday, Nov. 6, 2025", "in May last year", "2025-11-07T10:00",
		"۲۰۲۵-", "سال", "ماه", "\xff\xfe", "۶م", "the 6th of", "ه.ش", "1.2.3.4",
	} {
		f.Add(s, "fa", "2025-11-07")
		f.Add(s, "en", "")
	}
	if b, err := os.ReadFile("testdata/dari_news.txt"); err == nil {
		f.Add(string(b), "fa", "2025-11-07")
	}
	f.Fuzz(func(t *testing.T, s, lang, article string) {
		end := 0
		for _, e := range Find(s, lang, article) {
			if e.Start < end || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("Find(%q): %+v out of order, empty or out of range (previous end %d)", s, e, end)
			}
			if !boundary(s, e.Start) || !boundary(s, e.End) {
				t.Fatalf("Find(%q): %+v does not sit on rune boundaries", s, e)
			}
			if s[e.Start:e.End] != e.Text {
				t.Fatalf("Find(%q): Text %q is not s[%d:%d]", s, e.Text, e.Start, e.End)
			}
			if !valueShape.MatchString(e.Value) {
				t.Fatalf("Find(%q): value %q is not a date", s, e.Value)
			}
			if e.Precision != Day && e.Precision != Month && e.Precision != Year {
				t.Fatalf("Find(%q): precision %q", s, e.Precision)
			}
			end = e.End
		}
	})
}

// boundary reports whether i is where a rune starts when s is decoded
// from the beginning (an invalid byte counts as a rune of its own), or
// len(s).
func boundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := range s {
		if j >= i {
			return j == i
		}
	}
	return false
}
