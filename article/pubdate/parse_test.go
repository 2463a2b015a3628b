package pubdate

import "testing"

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in, want string // want "" means no date
		why      string
	}{
		{"2025-11-07T09:30:00+04:30", "2025-11-07", "RFC 3339 with offset"},
		{"2025-11-07T01:00:00+04:30", "2025-11-07", "the date as written, not moved to UTC"},
		{"2025-11-07", "2025-11-07", "date only"},
		{"2025-11-07 09:30:00", "2025-11-07", "SQL style"},
		{"Fri, 07 Nov 2025 09:30:00 +0430", "2025-11-07", "RFC 1123 with numeric zone (RSS)"},
		{"Fri, 7 Nov 2025 09:30:00 GMT", "2025-11-07", "RFC 1123, one-digit day"},
		{"November 7, 2025", "2025-11-07", "English words"},
		{"۱۵ حوت ۱۴۰۲", "2024-03-05", "Afghan solar month, Persian digits"},
		{"۲۵ آبان ۱۴۰۴", "2025-11-16", "Iranian solar month, Persian digits"},
		{"یکشنبه ۲۵ آبان ۱۴۰۴ - ۱۰:۳۰", "2025-11-16", "weekday, date and time"},
		{"سه‌شنبه 20 آبان 1404 ساعت 09:15", "2025-11-11", "Latin digits in Persian text"},
		{"1404/08/20", "2025-11-11", "numeric solar date"},
		{"۱۴۰۲/۱۲/۲۹", "2024-03-19", "last day of the solar year 1402"},
		{"۳۰ اسفند ۱۴۰۳", "2025-03-20", "30 Esfand in the leap year 1403"},
		{"۳۰ حوت ۱۴۰۴", "", "30 Hoot does not exist in 1404"},
		{"پنجشنبه ۶ نومبر ۲۰۲۵", "2025-11-06", "Dari Gregorian month"},
		{"۱۶ نوامبر ۲۰۲۵", "2025-11-16", "Iranian Gregorian month"},
		{"٢٥ آبان ١٤٠٤", "2025-11-16", "Arabic-Indic digits"},
		{"شنبه ۲۴ عقرب ۱۴۰۴", "2025-11-15", "Aqrab (Afghan month 8)"},
		{"۲۰ آبان ۱٤۰٤", "2025-11-11", "mixed Persian and Arabic-Indic digits"},
		{"تاريخ انتشار: سه‌شنبه 20 آبان 1404", "2025-11-11", "Arabic yeh from a Windows-1256 page"},
		{"دیروز", "", "relative date"},
		{"۲۵ آبان", "", "no year"},
		{"", "", "empty"},
		{"not a date", "", "words"},
	} {
		got, ok := Parse(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: Parse(%q) = %q, %v; want %q", c.why, c.in, got, ok, c.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2025-11-07T09:30:00+04:30", "۱۵ حوت ۱۴۰۲", "Fri, 07 Nov 2025 09:30:00 +0430", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := Parse(s)
		if ok != (d != "") || (ok && len(d) != 10) {
			t.Fatalf("Parse(%q) = %q, %v", s, d, ok)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		Parse("Fri, 07 Nov 2025 09:30:00 +0430")
		Parse("یکشنبه ۲۵ آبان ۱۴۰۴ - ۱۰:۳۰")
	}
}
