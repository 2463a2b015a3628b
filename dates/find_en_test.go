package dates

import "testing"

func TestFindEnglish(t *testing.T) {
	runFindCases(t, "en", []findCase{
		// Weekdays.
		{"weekday after on", "Rubio spoke on Thursday at a breakfast", friday, []string{"Thursday=2025-11-06/day~"}},
		{"the article's weekday", "released a report Friday, saying", friday, []string{"Friday=2025-11-07/day~"}},
		{"last + weekday", "a poll published last Friday", friday, []string{"last Friday=2025-10-31/day~"}},
		{"next + weekday", "talks resume next Monday", friday, []string{"next Monday=2025-11-10/day~"}},
		{"weekday and date", "On Thursday, Nov. 6, officials met", friday, []string{"Thursday, Nov. 6=2025-11-06/day~"}},
		{"newspaper title", "a column in the Sunday Courier", friday, nil},
		// Day and month.
		{"day month", "agreed on 6 November to cooperate", friday, []string{"6 November=2025-11-06/day~"}},
		{"ordinal day month", "on 6th November", friday, []string{"6th November=2025-11-06/day~"}},
		{"month day", "on November 6 the leaders", friday, []string{"November 6=2025-11-06/day~"}},
		{"month ordinal day", "on November 6th", friday, []string{"November 6th=2025-11-06/day~"}},
		{"abbreviated month with full stop", "on Nov. 6 officials", friday, []string{"Nov. 6=2025-11-06/day~"}},
		{"the 6th of November", "on the 6th of November", friday, []string{"the 6th of November=2025-11-06/day~"}},
		{"month day, year", "on November 6, 2025, the", "", []string{"November 6, 2025=2025-11-06/day"}},
		{"abbreviated month day, year", "on Oct. 2, 1968, killing", "", []string{"Oct. 2, 1968=1968-10-02/day"}},
		{"day month year", "on 6 Nov 2025", "", []string{"6 Nov 2025=2025-11-06/day"}},
		{"May with a day", "on May 5 voters", friday, []string{"May 5=2025-05-05/day~"}},
		// Months.
		{"month alone", "reached an accord in June after talks", friday, []string{"June=2025-06/month~"}},
		{"later month is last year's", "in December", friday, []string{"December=2024-12/month~"}},
		{"May after in", "took over in May", friday, []string{"May=2025-05/month~"}},
		{"March after late", "in late September and early October", friday, []string{"September=2025-09/month~", "October=2025-10/month~"}},
		{"mid-month", "by mid-August", friday, []string{"August=2025-08/month~"}},
		{"month and year", "in November 2025", "", []string{"November 2025=2025-11/month"}},
		{"month of last year", "was elected in May last year.", friday, []string{"May last year=2024-05/month~"}},
		// Years.
		{"year after in", "the war began in 2011.", "", []string{"2011=2011/year"}},
		{"year after since", "have died since 2011, with", "", []string{"2011=2011/year"}},
		{"number that is no year", "rose to 2024 points", "", nil},
		// Relative words.
		{"yesterday", "said yesterday", friday, []string{"yesterday=2025-11-06/day~"}},
		{"today", "Today the situation", friday, []string{"Today=2025-11-07/day~"}},
		{"tomorrow", "tomorrow", friday, []string{"tomorrow=2025-11-08/day~"}},
		{"last night", "last night", friday, []string{"last night=2025-11-06/day~"}},
		{"last week", "met last week", friday, []string{"last week=2025-10/month~"}},
		{"this month", "earlier this month", friday, []string{"this month=2025-11/month~"}},
		{"next month", "next month", friday, []string{"next month=2025-12/month~"}},
		{"last year", "last year", friday, []string{"last year=2024/year~"}},
		{"this year", "this year", friday, []string{"this year=2025/year~"}},
		{"days ago", "two days ago", friday, []string{"two days ago=2025-11-05/day~"}},
		{"weeks ago in digits", "3 weeks ago", friday, []string{"3 weeks ago=2025-10/month~"}},
		{"a year ago", "a year ago", friday, []string{"a year ago=2024/year~"}},
		{"the last year is a span", "over the last year", friday, nil},
		{"relative without article date", "yesterday", "", []string{"yesterday=/day~"}},
		// Numeric dates.
		{"ISO date", "published 2025-11-07.", "", []string{"2025-11-07=2025-11-07/day"}},
		{"slashed year-first date", "2025/11/07", "", []string{"2025/11/07=2025-11-07/day"}},
		{"US slashed date is ambiguous", "11/07/2025", "", nil},
		// Not dates.
		{"May the name", "Theresa May said", friday, nil},
		{"May the verb", "May I ask", friday, nil},
		{"March the verb", "they will march on", friday, nil},
		{"Theresa May and last year", "Theresa May last year", friday, []string{"last year=2024/year~"}},
		{"abbreviation alone", "Nov", friday, nil},
		{"a time", "at 10:30", friday, nil},
		{"a count", "6 people died", friday, nil},
	})
}

func TestFindLanguages(t *testing.T) {
	for _, lang := range []string{"fa", "prs", "fas", "fa-AF", "fa-IR"} {
		if got := Find("دیروز", lang, friday); len(got) != 1 {
			t.Errorf("lang %q: %v", lang, got)
		}
	}
	for _, lang := range []string{"en", "eng", "en-US"} {
		if got := Find("yesterday", lang, friday); len(got) != 1 {
			t.Errorf("lang %q: %v", lang, got)
		}
	}
	for _, lang := range []string{"", "ps", "ar"} {
		if got := Find("دیروز yesterday", lang, friday); got != nil {
			t.Errorf("lang %q: %v, want nothing", lang, got)
		}
	}
	// A malformed article date counts as none.
	if got := Find("دیروز", "fa", "2025-13-45"); len(got) != 1 || got[0].Value != "" {
		t.Errorf("bad article date: %v", got)
	}
}
