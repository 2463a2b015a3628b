package dates

import (
	"time"

	"khabar/calendar"
)

// persianWords is the lexicon for normalized Persian text.
var persianWords = buildPersian()

func buildPersian() lexicon {
	l := lexicon{}
	for _, m := range calendar.Months() {
		e := entry{roles: roleMonth, system: m.System, month: m.Month, commonWord: m.CommonWord}
		l.add(m.Text, e)
		if m.System == calendar.SolarSystem || m.Usage&calendar.Iranian != 0 {
			e.withMah = true // آبان‌ماه, تیرماه, مه‌ماه
			l.add(m.Text+"ماه", e)
			l.add(m.Text+"\u200cماه", e)
		}
	}
	for _, w := range calendar.WeekdaySpellings() {
		l.add(w.Text, entry{roles: roleWeekday, weekday: w.Day})
	}
	for i, w := range []string{"یک", "دو", "سه", "چهار", "پنج"} {
		l.add(w, entry{roles: roleWeekdayPrefix, weekday: time.Sunday + time.Weekday(i)})
	}
	for i, w := range []string{"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده"} {
		l.add(w, entry{roles: roleNumber, offset: i + 1})
	}
	l.add("بیست", entry{roles: roleTens | roleNumber, offset: 20})
	l.add("سی", entry{roles: roleTens | roleNumber, offset: 30})
	l.addAll(roleCount, "چند", "چندین", "نیم", "صد", "هزار")
	l.addAll(roleAnd, "و")
	l.add("روز", entry{roles: roleDay | roleUnit, unit: dayUnit})
	l.add("هفته", entry{roles: roleUnit, unit: weekUnit})
	l.add("ماه", entry{roles: roleMonthWord | roleUnit, unit: monthUnit})
	l.addAll(roleMonthWord, "برج")
	l.add("سال", entry{roles: roleYearWord | roleUnit, unit: yearUnit})
	l.addAll(rolePast, "گذشته", "پیش", "قبل", "پار")
	l.addAll(roleFuture, "آینده", "آتی")
	l.addAll(roleCurrent, "جاری")
	l.addAll(roleThis, "این")
	for word, days := range map[string]int{
		"امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "پریروز": -2, "پری\u200cروز": -2,
		"فردا": 1, "فرداشب": 1, "پسفردا": 2, "پس\u200cفردا": 2,
	} {
		l.add(word, entry{roles: roleRelDay, offset: days, unit: dayUnit})
	}
	l.add("امسال", entry{roles: roleRelYear, offset: 0})
	l.add("پارسال", entry{roles: roleRelYear, offset: -1})
	l.addAll(roleSolarMark, "شمسی", "خورشیدی")
	l.addAll(roleGregMark, "میلادی")
	l.addAll(roleLunarMark, "قمری")
	l.addAll(roleHijri, "هجری")
	l.addAll(roleOrdSuffix, "م", "ام")
	l.addAll(roleNotWeekday, "نماز", "مسجد", "خطبه", "خطبه\u200cهای", "امام", "خطیب", "شب")
	return l
}
