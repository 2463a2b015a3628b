package dates

import (
	"strings"
	"time"

	"khabar/calendar"
)

// englishWords is the lexicon for English text. Month and weekday names count
// only capitalized (May, MAY); other words in any of lower, Title or
// UPPER case.
var englishWords = buildEnglish()

var englishMonths = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// englishCommonMonths are also ordinary words: May (the verb), March (the
// verb and noun), August (the adjective).
var englishCommonMonths = map[int]bool{3: true, 5: true, 8: true}

func buildEnglish() lexicon {
	l := lexicon{}
	title := func(r role, e entry, words ...string) {
		e.roles |= r
		for _, w := range words {
			l.add(w, e)
			l.add(strings.ToUpper(w), e)
		}
	}
	anyCase := func(e entry, words ...string) {
		for _, w := range words {
			l.add(w, e)
			l.add(strings.ToUpper(w[:1])+w[1:], e)
			l.add(strings.ToUpper(w), e)
		}
	}
	for i, name := range englishMonths {
		e := entry{system: calendar.GregorianSystem, month: i + 1, commonWord: englishCommonMonths[i+1]}
		title(roleMonth, e, name)
		e.abbrev, e.commonWord = true, true
		if name != "May" {
			title(roleMonth, e, name[:3])
		}
		if i == 8 {
			title(roleMonth, e, "Sept")
		}
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		title(roleWeekday, entry{weekday: d}, d.String())
	}
	anyCase(entry{roles: roleRelDay, offset: 0, unit: dayUnit}, "today", "tonight")
	anyCase(entry{roles: roleRelDay, offset: -1, unit: dayUnit}, "yesterday")
	anyCase(entry{roles: roleRelDay, offset: 1, unit: dayUnit}, "tomorrow")
	for word, u := range map[string]unit{"day": dayUnit, "days": dayUnit, "week": weekUnit, "weeks": weekUnit,
		"month": monthUnit, "months": monthUnit, "year": yearUnit, "years": yearUnit} {
		anyCase(entry{roles: roleUnit, unit: u}, word)
	}
	anyCase(entry{roles: rolePast}, "last", "past")
	anyCase(entry{roles: roleFuture}, "next")
	anyCase(entry{roles: roleCurrent}, "this")
	anyCase(entry{roles: roleAgo}, "ago")
	for i, w := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		anyCase(entry{roles: roleNumber, offset: i + 1}, w)
	}
	anyCase(entry{roles: roleNumber, offset: 1}, "a")
	anyCase(entry{roles: roleCount}, "several", "few", "many")
	anyCase(entry{roles: roleOrdSuffix}, "st", "nd", "rd", "th")
	anyCase(entry{roles: roleDateContext}, "in", "since", "until", "till", "by", "during", "from", "through",
		"before", "after", "of", "between", "to", "around", "throughout", "early", "late", "mid", "end", "start",
		"last", "next", "this")
	anyCase(entry{roles: roleYearContext}, "in", "since", "until", "till", "during", "throughout",
		"before", "after", "early", "late", "mid", "year")
	anyCase(entry{roles: roleThe}, "the")
	anyCase(entry{roles: roleOf}, "of")
	anyCase(entry{roles: roleAnd}, "and")
	return l
}
