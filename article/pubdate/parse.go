package pubdate

import (
	"strings"
	"time"

	"khabar/dates"
)

// maxInput caps how much of a string is searched: dates are short, and a
// meta tag or byline that is longer holds something else.
const maxInput = 512

// minGregorianYear is the earliest year a machine-format date is taken
// as Gregorian; below it, 1404-08-20 is a solar-hijri date.
const minGregorianYear = 1800

// layouts are the machine formats tried first, in order. Those with a
// zone keep the date as written.
var layouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	time.RFC850,
	time.ANSIC,
}

// Parse reads one date string; see the package documentation. It returns
// the date as YYYY-MM-DD and true, or "" and false when s holds no
// complete date.
func Parse(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxInput {
		return "", false
	}
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < minGregorianYear {
				break // 1404/08/20 is a solar date: Find reads it
			}
			return t.Format(time.DateOnly), true
		}
	}
	return Find(s)
}

// Find returns the first complete, absolute date in text (Persian first,
// then English), as YYYY-MM-DD. Only the first maxInput bytes are read.
func Find(text string) (string, bool) {
	if len(text) > maxInput {
		text = cutValid(text, maxInput)
	}
	text = fold(text)
	for _, lang := range [...]string{"fa", "en"} {
		for _, e := range dates.Find(text, lang, "") {
			if e.Precision == "day" && !e.Relative && e.Value != "" {
				return e.Value, true
			}
		}
	}
	return "", false
}

// folder turns Arabic letters that legacy pages use for Persian ones into
// the Persian letters khabar/dates reads, and odd spaces into spaces.
var folder = strings.NewReplacer(
	"ي", "ی", "ى", "ی", "ك", "ک", "ة", "ه",
	"\u00a0", " ", "\u202f", " ", "\u200f", "", "\u200e", "",
)

func fold(s string) string { return folder.Replace(s) }

// cutValid cuts s to at most n bytes without splitting a character.
func cutValid(s string, n int) string {
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
