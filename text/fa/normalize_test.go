package fa

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// noZWNJ normalizes with every step but half-space restoration, so that the
// letter and spacing rules are tested on their own.
var noZWNJ = New(Options{Spacing: true})

func TestLetters(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Arabic yeh and alef maksura are written as Persian yeh.
		{"arabic yeh", "علي", "علی"},
		{"alef maksura", "موسى", "موسی"},
		// Arabic kaf is written as Persian keheh.
		{"arabic kaf", "كابل", "کابل"},
		// The ezafe heh written as one letter ۀ becomes ه + hamza above,
		// the form that is already right stays as it is.
		{"heh with yeh above", "زمینۀ", "زمینهٔ"},
		{"heh + hamza above kept", "زمینهٔ", "زمینهٔ"},
		// ە + hamza above is ۀ decomposed: it becomes ه + hamza above too.
		{"ae + hamza above", "طیارۀ", "طیارهٔ"},
		// Teh marbuta is read as heh.
		{"teh marbuta", "دائرة", "دائره"},
		// Tatweel, used to stretch words in headlines, is dropped.
		{"tatweel", "خـــبر", "خبر"},
		// Short-vowel diacritics are dropped by default.
		{"diacritics", "مُحَمَّد", "محمد"},
		// Tanwin is a diacritic too.
		{"tanwin", "دقیقاً", "دقیقا"},
		// Presentation forms become ordinary letters (NFKC), then Persian ones.
		{"presentation forms", "\uFEB3\uFEFC\uFEE1", "سلام"},
		// The final form of Arabic yeh becomes Persian yeh.
		{"presentation yeh", "\uFEF2", "ی"},
		// A code point of the presentation-form blocks that NFKC leaves as
		// it is (a noncharacter) stays as it is.
		{"unmapped presentation block", "ک\uFDD0ک", "ک\uFDD0ک"},
		// Pashto letters are never flattened.
		{"pashto letters", "ټ ډ ړ ږ ښ ګ ځ څ ې ۍ ڼ", "ټ ډ ړ ږ ښ ګ ځ څ ې ۍ ڼ"},
		// Digits keep their script.
		{"persian digits kept", "۱.۱ میلیارد", "۱.۱ میلیارد"},
		{"arabic-indic digits kept", "٣٥٠٠", "٣٥٠٠"},
		{"latin digits kept", "3,500", "3,500"},
		// A byte order mark, zero-width space and bidi marks are dropped.
		{"invisible marks", "\uFEFFکابل\u200B\u200Fامروز", "کابلامروز"},
		// A no-break space is a space.
		{"no-break space", "کابل\u00A0امروز", "کابل امروز"},
		// Invalid UTF-8 becomes the replacement character.
		{"invalid utf-8", "کابل\xffامروز", "کابل\uFFFDامروز"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := noZWNJ.String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKeepDiacritics(t *testing.T) {
	// With KeepDiacritics the vowel marks stay, the other rules still apply.
	n := New(Options{KeepDiacritics: true})
	if got, want := n.String("مُحَمَّدي"), "مُحَمَّدی"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

func TestSpacing(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Runs of spaces and tabs become one space.
		{"space run", "کابل   و\t\tهرات", "کابل و هرات"},
		// No space before the closing marks.
		{"before period", "گفت .", "گفت."},
		{"before comma", "کابل ، هرات", "کابل، هرات"},
		{"before semicolon", "کابل ؛ هرات", "کابل؛ هرات"},
		{"before question mark", "چرا ؟", "چرا؟"},
		{"before exclamation", "عجب !", "عجب!"},
		{"before closing guillemet", "«سلام »", "«سلام»"},
		{"before closing parenthesis", "(کابل )", "(کابل)"},
		// No space after the opening marks.
		{"after opening guillemet", "« سلام»", "«سلام»"},
		{"after opening parenthesis", "( کابل)", "(کابل)"},
		// Spaces at the ends of a line go; line breaks stay.
		{"line ends", "  کابل  \n  هرات ", "کابل\nهرات"},
		// Numbers are never broken: no space is ever inserted.
		{"decimal", "۱.۱ میلیارد", "۱.۱ میلیارد"},
		{"thousands comma", "3,500 نفر", "3,500 نفر"},
		{"arabic thousands separator", "۳٬۵۰۰ نفر", "۳٬۵۰۰ نفر"},
		{"iso date", "2025-11-07", "2025-11-07"},
		{"solar date", "۱۴۰۳/۸/۲۵", "۱۴۰۳/۸/۲۵"},
		// A half-space next to a space, or at a word's edge, goes.
		{"zwnj beside space", "می\u200c کنند", "می کنند"},
		{"zwnj at word start", "\u200cکابل", "کابل"},
		// Doubled half-spaces become one.
		{"double zwnj", "می\u200c\u200cکنند", "می\u200cکنند"},
		// A half-space between letters stays.
		{"zwnj kept", "می\u200cکنند", "می\u200cکنند"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := noZWNJ.String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAlignment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		// word is a substring of the normalized text; orig is what its span
		// must map back to in the input.
		word, orig string
	}{
		// A word after a tatweel that was dropped maps back past it.
		{"after tatweel", "خـبر کابل", "کابل", "کابل"},
		// A word with a dropped tatweel inside maps to its whole original.
		{"tatweel inside", "خـبر کابل", "خبر", "خـبر"},
		// A word after a collapsed space run maps back exactly.
		{"after space run", "کابل    هرات", "هرات", "هرات"},
		// A word whose ۀ grew into two runes maps back to the one rune.
		{"grown letter", "زمینۀ کار", "زمینهٔ", "زمینۀ"},
		// Arabic letters replaced by Persian ones keep their offsets.
		{"same-size replacement", "علي كابل", "کابل", "كابل"},
		// A word after a removed space before a period.
		{"after dropped space", "گفت . کابل", "کابل", "کابل"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, al := noZWNJ.Normalize(tt.in)
			i := strings.Index(out, tt.word)
			if i < 0 {
				t.Fatalf("%q not in %q", tt.word, out)
			}
			st, en := al.Start(i), al.End(i+len(tt.word))
			if got := tt.in[st:en]; got != tt.orig {
				t.Errorf("span of %q maps to %q, want %q", tt.word, got, tt.orig)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		// Arabic and Persian yeh and kaf fold together.
		{"yeh and kaf", "كابلي", "کابلی"},
		// A half-space, its absence and ZWNJ doubled fold together.
		{"half-space", "می\u200cکنیم", "میکنیم"},
		// Alef madda folds to alef: امریکا and آمریکا are one.
		{"alef madda", "آمریکا", "امریکا"},
		// Hamza seat spellings fold: رئیس and رییس are one.
		{"hamza seat", "رئیس", "رییس"},
		// The ezafe hamza folds away: زمینهٔ and زمینه are one.
		{"ezafe hamza", "زمینهٔ", "زمینه"},
		// Digits of every script fold to ASCII.
		{"digits", "۱٫۵ و ٣", "1.5 و 3"},
		// Latin is lower-cased.
		{"latin case", "Kov Kaz", "kov kaz"},
		// White space runs fold to one space and are trimmed.
		{"spaces", "  کابل \n هرات ", "کابل هرات"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if fa, fb := Fold(tt.a), Fold(tt.b); fa != fb {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", tt.a, fa, tt.b, fb)
			}
		})
	}
	// FoldKey ignores spaces as well.
	if FoldKey("رئیس جمهور") != FoldKey("رئیسجمهور") {
		t.Error("FoldKey does not join a spaced compound")
	}
}

func TestFoldDigits(t *testing.T) {
	if got, want := FoldDigits("۱٬۱۰۰٫۵ و ٣"), "1,100.5 و 3"; got != want {
		t.Errorf("FoldDigits = %q, want %q", got, want)
	}
	// Text without foreign digits comes back as it is.
	if got := FoldDigits("abc 12"); got != "abc 12" {
		t.Errorf("FoldDigits changed ASCII text: %q", got)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "مقامهای قزاقستان ۱.۱ میلیارد دالر", "« سلام »", "خـبر\n\nكابل ي ۀ",
		"\xff\xfe", "\u200c\u200c  \u200c", "3,500 . ( x )", "\uFEFC\uFEF2 ټ ښ", "\uFDCA\uFDD0",
	} {
		f.Add(s)
	}
	n := Default()
	f.Fuzz(func(t *testing.T, in string) {
		out, al := n.Normalize(in)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q: %q", in, out)
		}
		if again := n.String(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
		}
		for i := 0; i <= len(out); i++ {
			st, en := al.Start(i), al.End(i)
			if st < 0 || st > len(in) || en < 0 || en > len(in) {
				t.Fatalf("offset %d maps outside the input (%d, %d of %d)", i, st, en, len(in))
			}
		}
		if al.Start(0) != 0 && len(in) > 0 && out != "" && al.Start(0) > len(in) {
			t.Fatal("start out of range")
		}
	})
}

// BenchmarkLettersAndSpacing measures the first two passes, without the
// half-space restorer, on Dari text with Arabic letters mixed in.
func BenchmarkLettersAndSpacing(b *testing.B) {
	line := "مقامهای قزاقستان و ايالات متحده در ششم نومبر توافق كردند كه در زمینۀ استخراج ۷۰ درصد ، همکاری کنند . "
	text := strings.Repeat(line, 1<<20/len(line))
	n := New(Options{Spacing: true})
	b.SetBytes(int64(len(text)))
	for range b.N {
		n.Normalize(text)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "كابل  ۱٫۵ Kov\u200cKaz", "آمریکا ئ ؤ ۀ", "\xff A\tB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Fold(in)
		if Fold(out) != out {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", in, out, Fold(out))
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("Fold(%q) = %q has stray spaces", in, out)
		}
	})
}
