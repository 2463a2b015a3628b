package calendar

import (
	"strings"
	"time"
)

// WeekdayNames are the Persian names of the days of the week, indexed by
// time.Weekday (Sunday = 0), written with a half-space where one belongs.
var WeekdayNames = [7]string{"یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه", "شنبه"}

// weekdayTable holds every spelling with its half-spaces and spaces
// removed: یکشنبه, یک‌شنبه and یک شنبه all compact to یکشنبه.
var weekdayTable = map[string]time.Weekday{
	"شنبه":     time.Saturday,
	"یکشنبه":   time.Sunday,
	"دوشنبه":   time.Monday,
	"سهشنبه":   time.Tuesday,
	"چهارشنبه": time.Wednesday,
	"پنجشنبه":  time.Thursday,
	"جمعه":     time.Friday,
	"آدینه":    time.Friday,
}

// LookupWeekday reads a Persian weekday name: one word or the two words of
// a name written with a space (سه شنبه), a half-space (سه‌شنبه) or
// neither (سهشنبه), optionally with an ezafe (شنبهٔ).
func LookupWeekday(s string) (time.Weekday, bool) {
	s = StripEzafe(s)
	if d, ok := weekdayTable[s]; ok { // the common case, no allocation
		return d, true
	}
	d, ok := weekdayTable[compact(s)]
	return d, ok
}

// WeekdaySpelling is one way of writing a weekday.
type WeekdaySpelling struct {
	Text string // one word (سه‌شنبه, سهشنبه) or two (سه شنبه)
	Day  time.Weekday
}

// weekdayPrefixes are the numerals that, before شنبه, name the days after
// Saturday.
var weekdayPrefixes = [...]struct {
	word string
	day  time.Weekday
}{{"یک", time.Sunday}, {"دو", time.Monday}, {"سه", time.Tuesday}, {"چهار", time.Wednesday}, {"پنج", time.Thursday}}

// WeekdaySpellings returns every spelling LookupWeekday accepts without an
// ezafe: each numbered day joined, with a half-space and with a space.
// The slice is a fresh copy.
func WeekdaySpellings() []WeekdaySpelling {
	out := []WeekdaySpelling{{"شنبه", time.Saturday}, {"جمعه", time.Friday}, {"آدینه", time.Friday}}
	for _, p := range weekdayPrefixes {
		for _, sep := range [...]string{"", "\u200c", " "} {
			out = append(out, WeekdaySpelling{p.word + sep + "شنبه", p.day})
		}
	}
	return out
}

// compact removes spaces and half-spaces.
func compact(s string) string {
	if !strings.ContainsAny(s, " \u200c") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u200c' {
			return -1
		}
		return r
	}, s)
}
