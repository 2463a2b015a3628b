package zwnj

import "testing"

// TestNamesLeftAlone checks the rules that keep the fallback readings of
// unknown words from cutting foreign and proper names. The names are
// facts; none of them is in khabar's actor lexicon, which these rules are
// measured on (eval/zwnjeval).
func TestNamesLeftAlone(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		// Two dictionary words that no dictionary compound attests as a
		// first or second part do not make a compound (پاشی|نیان).
		{"پاشینیان", "پاشینیان"},
		// The Arabic article and one letter begin an Arabic name, not a
		// compound (الخ|لیفه, الم|طیری).
		{"الخلیفه", "الخلیفه"},
		{"المطیری", "المطیری"},
		// A title joined to a name: no compound cuts the word (منی|رخان,
		// خان|بابا).
		{"منیرخان", "منیرخان"},
		{"وزیرخان", "وزیرخان"},
		{"خانبابا", "خانبابا"},
		{"خانمیرزا", "خانمیرزا"},
		// A title after a name stays a word of its own.
		{"محمد علی خان", "محمد علی خان"},
		// A half-spaced clitic follows ه or ی only (ساک‌اش, تنک‌اش).
		{"ساکاش", "ساکاش"},
		{"تنکاش", "تنکاش"},
		// … and after ه or ی it still takes its half-space.
		{"خانهاش", "خانه" + z + "اش"},
		// A preposition takes no comparative (توی‌تر).
		{"تویتر", "تویتر"},
		// Arabic compound names take a half-space before ال.
		{"هبتالله", "هبت" + z + "الله"},
		{"فصیحالدین", "فصیح" + z + "الدین"},
		// Latin letters spelled out are written apart by half-spaces.
		{"ایافپی", "ای" + z + "اف" + z + "پی"},
		{"اچاسبیسی", "اچ" + z + "اس" + z + "بی" + z + "سی"},
		// … but ال begins an Arabic name, not the letter L (ال|سی|سی).
		{"السیسی", "السیسی"},
		// Compounds the dictionary attests still get their half-space.
		{"رشتهکوههای", "رشته" + z + "کوه" + z + "های"},
		{"سهجانبه", "سه" + z + "جانبه"},
		{"چنگالقرمز", "چنگال" + z + "قرمز"},
		// A prefix rule reads a stem before a compound does (بی‌خیالی‌ام,
		// not بیخ‌یالی‌ام).
		{"بیخیالیام", "بی" + z + "خیالی" + z + "ام"},
	}
	r := Default()
	for _, c := range cases {
		if got := r.String(c.in); got != c.want {
			t.Errorf("Restore(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
