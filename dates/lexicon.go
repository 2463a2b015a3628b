package dates

import (
	"time"

	"khabar/calendar"
)

// role is a set of things a word can be in a date expression.
type role uint32

const (
	roleMonth         role = 1 << iota // a month name
	roleWeekday                        // a weekday name, one word
	roleWeekdayPrefix                  // یک, دو, سه, چهار, پنج: before شنبه, a weekday
	roleTens                           // بیست, سی: start of a compound ordinal
	roleAnd                            // و
	roleDay                            // روز / day
	roleMonthWord                      // ماه, برج: may introduce a month name
	roleYearWord                       // سال: may introduce a year
	roleUnit                           // روز, هفته, ماه, سال; day, week, month, year
	rolePast                           // گذشته, پیش, قبل; last
	roleFuture                         // آینده, آتی; next
	roleCurrent                        // جاری; this
	roleThis                           // این
	roleAgo                            // ago
	roleRelDay                         // امروز, دیروز…; today, yesterday…
	roleRelYear                        // امسال, پارسال
	roleNumber                         // a number word: یک…ده, one…ten
	roleCount                          // a vague count: چند, چندین, several
	roleSolarMark                      // شمسی, خورشیدی
	roleGregMark                       // میلادی
	roleLunarMark                      // قمری
	roleHijri                          // هجری: solar or lunar, by what follows
	roleOrdSuffix                      // م, ام after digits; st, nd, rd, th
	roleDateContext                    // en: a preposition that makes May or 2024 a date
	roleNotWeekday                     // نماز, مسجد, خطبه…: جمعه after it is not a date
	roleYearContext                    // en: a preposition that makes 2024 a year
	roleThe                            // en: the
	roleOf                             // en: of
)

type unit uint8

const (
	noUnit unit = iota
	dayUnit
	weekUnit
	monthUnit
	yearUnit
)

// entry is what the lexicon knows of one word.
type entry struct {
	roles      role
	system     calendar.System // roleMonth
	month      int             // roleMonth: 1–12
	commonWord bool            // roleMonth: also an ordinary word (see calendar.MonthName)
	withMah    bool            // roleMonth: written with ماه (آبان‌ماه), a date context by itself
	abbrev     bool            // roleMonth, English: Nov, Sept
	weekday    time.Weekday    // roleWeekday, roleWeekdayPrefix
	offset     int             // roleRelDay (days), roleRelYear (years), roleNumber (value)
	unit       unit            // roleUnit, roleRelDay
}

type lexicon map[string]entry

// add merges roles into the word's entry, keeping fields already set.
func (l lexicon) add(word string, e entry) {
	old, ok := l[word]
	if !ok {
		l[word] = e
		return
	}
	old.roles |= e.roles
	if e.roles&roleMonth != 0 {
		old.system, old.month, old.commonWord, old.withMah, old.abbrev = e.system, e.month, e.commonWord, e.withMah, e.abbrev
	}
	if e.roles&(roleWeekday|roleWeekdayPrefix) != 0 {
		old.weekday = e.weekday
	}
	if e.roles&(roleRelDay|roleRelYear|roleNumber) != 0 {
		old.offset = e.offset
	}
	if e.unit != noUnit {
		old.unit = e.unit
	}
	l[word] = old
}

func (l lexicon) addAll(r role, words ...string) {
	for _, w := range words {
		l.add(w, entry{roles: r})
	}
}
