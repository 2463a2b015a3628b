package dates

import "testing"

func TestFindPersianWeekdays(t *testing.T) {
	runFindCases(t, "fa", []findCase{
		// The weekday before a Friday article is the day before.
		{"weekday with روز", "مارکو روبیو روز پنجشنبه در دیدار صبحانه گفت", friday, []string{"روز پنجشنبه=2025-11-06/day~"}},
		// The article's own weekday is the article date.
		{"same weekday as the article", "نشست روز جمعه برگزار شد", friday, []string{"روز جمعه=2025-11-07/day~"}},
		// A weekday without روز.
		{"weekday alone", "وزیران شنبه دیدار کردند", friday, []string{"شنبه=2025-11-01/day~"}},
		// سه‌شنبه in its three spellings.
		{"Tuesday with half-space", "سه‌شنبه", friday, []string{"سه‌شنبه=2025-11-04/day~"}},
		{"Tuesday joined", "سهشنبه", friday, []string{"سهشنبه=2025-11-04/day~"}},
		{"Tuesday with a space", "روز سه شنبه", friday, []string{"روز سه شنبه=2025-11-04/day~"}},
		// گذشته after the weekday: strictly before the article date.
		{"last Friday", "جمعه گذشته", friday, []string{"جمعه گذشته=2025-10-31/day~"}},
		{"last Monday", "دوشنبه گذشته", friday, []string{"دوشنبه گذشته=2025-11-03/day~"}},
		// آینده: strictly after.
		{"next Sunday", "یکشنبه آینده", friday, []string{"یکشنبه آینده=2025-11-09/day~"}},
		// Weeks run Saturday to Friday.
		{"weekday of last week", "پنجشنبه هفتهٔ گذشته", friday, []string{"پنجشنبه هفتهٔ گذشته=2025-10-30/day~"}},
		// A weekday followed by its date: the date decides.
		{"weekday and date", "پنجشنبه، ۶ نومبر", friday, []string{"پنجشنبه، ۶ نومبر=2025-11-06/day~"}},
		// Friday prayers are not a date.
		{"نماز جمعه", "در نماز جمعه گفت", friday, nil},
		// Without an article date a weekday cannot be resolved.
		{"weekday without article date", "روز پنجشنبه", "", []string{"روز پنجشنبه=/day~"}},
	})
}

func TestFindPersianDayMonth(t *testing.T) {
	runFindCases(t, "fa", []findCase{
		// The seed's ordinal day and Dari month.
		{"ordinal word + Dari month", "در ششم نومبر توافق کردند", friday, []string{"ششم نومبر=2025-11-06/day~"}},
		// The same in every digit script.
		{"Persian digits + month", "در ۶ نومبر", friday, []string{"۶ نومبر=2025-11-06/day~"}},
		{"Arabic-Indic digits + month", "در ٦ نومبر", friday, []string{"٦ نومبر=2025-11-06/day~"}},
		{"Latin digits + month", "در 6 نومبر", friday, []string{"6 نومبر=2025-11-06/day~"}},
		{"digit + م ordinal", "۶م نومبر", friday, []string{"۶م نومبر=2025-11-06/day~"}},
		// Compound ordinals.
		{"compound ordinal with spaces", "بیست و یکم اکتوبر", friday, []string{"بیست و یکم اکتوبر=2025-10-21/day~"}},
		{"compound ordinal with half-spaces", "سی‌ویکم اکتوبر", friday, []string{"سی‌ویکم اکتوبر=2025-10-31/day~"}},
		{"first as اول", "اول جنوری ۲۰۲۵", friday, []string{"اول جنوری ۲۰۲۵=2025-01-01/day"}},
		// Day, month and year, Gregorian.
		{"day month year, Dari", "۶ نومبر ۲۰۲۵", "", []string{"۶ نومبر ۲۰۲۵=2025-11-06/day"}},
		{"day month year, Iranian", "۲۹ سپتامبر ۲۰۱۸", "", []string{"۲۹ سپتامبر ۲۰۱۸=2018-09-29/day"}},
		{"ordinal day month year, Iranian", "دوم اکتبر ۱۹۶۸", "", []string{"دوم اکتبر ۱۹۶۸=1968-10-02/day"}},
		// Day, month and year, solar, converted exactly.
		{"Afghan solar date", "۱۵ حوت ۱۴۰۲", "", []string{"۱۵ حوت ۱۴۰۲=2024-03-05/day"}},
		{"Iranian solar date", "۲۵ آبان ۱۴۰۴", "", []string{"۲۵ آبان ۱۴۰۴=2025-11-16/day"}},
		{"solar date with ماه", "۲۵ آبان‌ماه ۱۴۰۴", "", []string{"۲۵ آبان‌ماه ۱۴۰۴=2025-11-16/day"}},
		{"solar date with a spaced ماه", "۲۵ آبان ماه ۱۴۰۴", "", []string{"۲۵ آبان ماه ۱۴۰۴=2025-11-16/day"}},
		{"solar date with برج", "۱۵ برج حوت ۱۴۰۲", "", []string{"۱۵ برج حوت ۱۴۰۲=2024-03-05/day"}},
		{"common-word month after برج, no year", "۱۵ برج حمل", friday, []string{"۱۵ برج حمل=2025-04-04/day~"}},
		{"solar date with سال and marker", "۲۲ بهمن سال ۱۳۵۷ خورشیدی", "", []string{"۲۲ بهمن سال ۱۳۵۷ خورشیدی=1979-02-11/day"}},
		{"Latin digits in a solar date", "7 ثور 1357", "", []string{"7 ثور 1357=1978-04-27/day"}},
		// Day and month without a year: the latest such day, or one soon after.
		{"solar day month, upcoming", "۲۵ آبان", friday, []string{"۲۵ آبان=2025-11-16/day~"}},
		{"solar day month, past", "۱۰ آبان", friday, []string{"۱۰ آبان=2025-11-01/day~"}},
		{"day month within 90 days ahead", "۲۰ نومبر", friday, []string{"۲۰ نومبر=2025-11-20/day~"}},
		{"day month earlier this year", "۱۵ مارچ", friday, []string{"۱۵ مارچ=2025-03-15/day~"}},
		{"day month more than 90 days ahead", "۲۸ فبروری", friday, []string{"۲۸ فبروری=2025-02-28/day~"}},
		{"day month with امسال", "۲۵ آبان امسال", friday, []string{"۲۵ آبان امسال=2025-11-16/day~"}},
		// A common-word month with a day before it is a month.
		{"Dari می with a day", "۵ می ۲۰۲۴", "", []string{"۵ می ۲۰۲۴=2024-05-05/day"}},
		{"Afghan حمل with a day", "۱ حمل ۱۴۰۴", "", []string{"۱ حمل ۱۴۰۴=2025-03-21/day"}},
		// A feed's date line: weekday, solar date, time.
		{"feed date with weekday and time", "شنبه ۲۵ آبان ۱۴۰۴ - ۱۲:۳۰", "", []string{"شنبه ۲۵ آبان ۱۴۰۴=2025-11-16/day"}},
		// A day that does not exist in that year.
		{"30 Esfand in a common year", "۳۰ اسفند ۱۴۰۴", "", []string{"۳۰ اسفند ۱۴۰۴=/day"}},
	})
}

func TestFindPersianMonths(t *testing.T) {
	runFindCases(t, "fa", []findCase{
		// Month alone: the latest such month not after the article.
		{"Gregorian month after ماه", "در ماه جون سفر کرد", friday, []string{"ماه جون=2025-06/month~"}},
		{"Gregorian month after ماه, seed", "در ماه سپتمبر", friday, []string{"ماه سپتمبر=2025-09/month~"}},
		{"later month is last year's", "در ماه دسمبر", friday, []string{"ماه دسمبر=2024-12/month~"}},
		{"the article's month", "در نومبر", friday, []string{"نومبر=2025-11/month~"}},
		{"Iranian Gregorian month alone", "در ژوئن", friday, []string{"ژوئن=2025-06/month~"}},
		{"two months joined by و", "در اواخر سپتمبر و اوایل اکتوبر", friday, []string{"سپتمبر=2025-09/month~", "اکتوبر=2025-10/month~"}},
		// Solar month alone: the Gregorian month holding its 15th.
		{"Afghan solar month after ماه", "در ماه حمل", friday, []string{"ماه حمل=2025-04/month~"}},
		{"solar month after برج, last year's", "در برج جدی", friday, []string{"برج جدی=2025-01/month~"}},
		{"Iranian solar month with ماه joined", "در تیرماه", friday, []string{"تیرماه=2025-07/month~"}},
		{"Iranian solar month alone", "در فروردین", friday, []string{"فروردین=2025-04/month~"}},
		// Month and year.
		{"Gregorian month and year", "در جون ۲۰۲۵", "", []string{"جون ۲۰۲۵=2025-06/month"}},
		{"solar month and year", "در ثور ۱۴۰۴", "", []string{"ثور ۱۴۰۴=2025-05/month"}},
		{"Iranian solar month, ماه, year", "آبان‌ماه ۱۴۰۴", "", []string{"آبان‌ماه ۱۴۰۴=2025-11/month"}},
		{"common-word month with a year", "تیر ۱۴۰۳", "", []string{"تیر ۱۴۰۳=2024-07/month"}},
		// Month with a relative year.
		{"month of last year", "در ماه می سال گذشته", friday, []string{"ماه می سال گذشته=2024-05/month~"}},
		// No article date: month alone cannot be resolved.
		{"month alone without article date", "در ماه جون", "", []string{"ماه جون=/month~"}},
	})
}

func TestFindPersianYears(t *testing.T) {
	runFindCases(t, "fa", []findCase{
		{"Gregorian year after سال", "از سال ۲۰۱۱ تاکنون", "", []string{"سال ۲۰۱۱=2011/year"}},
		{"Gregorian year, Latin digits", "در سال 2017", "", []string{"سال 2017=2017/year"}},
		// A solar year is given as the Gregorian year holding most of it.
		{"solar year after سال", "در سال ۱۴۰۳", "", []string{"سال ۱۴۰۳=2024/year"}},
		{"solar year with a marker", "سال ۱۴۰۳ هجری شمسی", "", []string{"سال ۱۴۰۳ هجری شمسی=2024/year"}},
		{"solar year with ه.ش", "سال ۱۳۵۷ ه.ش", "", []string{"سال ۱۳۵۷ ه.ش=1978/year"}},
		{"year with a marker and no سال", "۲۰۲۴ میلادی", "", []string{"۲۰۲۴ میلادی=2024/year"}},
		// Lunar Hijri years are not read.
		{"lunar year with a marker", "سال ۱۴۴۶ هجری قمری", friday, nil},
		{"bare year nearer the lunar year", "سال ۱۴۴۶", friday, nil},
		{"bare year in the lunar range, no article date", "سال ۱۴۴۶", "", nil},
		// A year is not a count.
		{"four digits that are a count", "۲۰۲۴ نفر", "", nil},
	})
}

func TestFindPersianRelative(t *testing.T) {
	runFindCases(t, "fa", []findCase{
		{"yesterday", "دیروز", friday, []string{"دیروز=2025-11-06/day~"}},
		{"today", "امروز", friday, []string{"امروز=2025-11-07/day~"}},
		{"day before yesterday", "پریروز", friday, []string{"پریروز=2025-11-05/day~"}},
		{"tomorrow", "فردا", friday, []string{"فردا=2025-11-08/day~"}},
		{"day after tomorrow, spaced", "پس فردا", friday, []string{"پس فردا=2025-11-09/day~"}},
		{"روز گذشته means yesterday", "روز گذشته", friday, []string{"روز گذشته=2025-11-06/day~"}},
		// A week is given as the month of the day a week away.
		{"last week with ezafe", "هفتهٔ گذشته", friday, []string{"هفتهٔ گذشته=2025-10/month~"}},
		{"last week without ezafe", "هفته گذشته", friday, []string{"هفته گذشته=2025-10/month~"}},
		{"this week", "این هفته", friday, []string{"این هفته=2025-11/month~"}},
		{"last month", "ماه گذشته", friday, []string{"ماه گذشته=2025-10/month~"}},
		{"next month", "ماه آینده", friday, []string{"ماه آینده=2025-12/month~"}},
		{"this year", "امسال", friday, []string{"امسال=2025/year~"}},
		{"last year", "سال گذشته", friday, []string{"سال گذشته=2024/year~"}},
		{"last year, one word", "پارسال", friday, []string{"پارسال=2024/year~"}},
		{"last year, Dari سال پار", "سال پار", friday, []string{"سال پار=2024/year~"}},
		{"current year", "سال جاری", friday, []string{"سال جاری=2025/year~"}},
		{"last solar year", "سال گذشتهٔ خورشیدی", friday, []string{"سال گذشتهٔ خورشیدی=2024/year~"}},
		// Counts of units ago.
		{"days ago", "دو روز پیش", friday, []string{"دو روز پیش=2025-11-05/day~"}},
		{"months ago in digits", "۳ ماه قبل", friday, []string{"۳ ماه قبل=2025-08/month~"}},
		{"weeks ago", "دو هفته پیش", friday, []string{"دو هفته پیش=2025-10/month~"}},
		{"a year ago", "یک سال پیش", friday, []string{"یک سال پیش=2024/year~"}},
		// Spans of time and times relative to other events are not dates.
		{"the past three days", "در سه روز گذشته", friday, nil},
		{"the past two weeks", "طی دو هفتهٔ گذشته", friday, nil},
		{"two years before the election", "دو سال پیش از انتخابات", friday, nil},
		// Relative words without an article date.
		{"yesterday without article date", "دیروز", "", []string{"دیروز=/day~"}},
	})
}

func TestFindPersianNumeric(t *testing.T) {
	runFindCases(t, "fa", []findCase{
		{"ISO date", "در 2025-11-07 منتشر شد", "", []string{"2025-11-07=2025-11-07/day"}},
		{"ISO date in Persian digits", "۲۰۲۵-۱۱-۰۷", "", []string{"۲۰۲۵-۱۱-۰۷=2025-11-07/day"}},
		{"slashed Gregorian date in Arabic-Indic digits", "٢٠٢٥/١١/٠٧", "", []string{"٢٠٢٥/١١/٠٧=2025-11-07/day"}},
		{"solar date y/m/d", "۱۴۰۳/۸/۲۵", "", []string{"۱۴۰۳/۸/۲۵=2024-11-15/day"}},
		{"solar date d/m/y", "۲۵/۸/۱۴۰۳", "", []string{"۲۵/۸/۱۴۰۳=2024-11-15/day"}},
		{"dotted solar date", "1404.08.25", "", []string{"1404.08.25=2025-11-16/day"}},
		{"impossible month", "۲۰۲۵/۱۳/۰۱", "", nil},
		{"a longer run of numbers", "10.2025.11.07", "", nil},
		{"a decimal", "۱.۱ میلیارد دالر", "", nil},
	})
}

func TestFindPersianNotDates(t *testing.T) {
	runFindCases(t, "fa", []findCase{
		{"count of things", "۳۷ طیارۀ جت بوئینگ", friday, nil},
		{"حمل transport", "حمل و نقل کالا", friday, nil},
		{"میزان amount", "میزان تورم افزایش یافت", friday, nil},
		{"اسد a name", "اسد الله خالد گفت", friday, nil},
		{"سرطان cancer", "بیماران سرطان سینه", friday, nil},
		{"جدی serious", "این یک تهدید جدی است", friday, nil},
		{"قوس arc", "قوس قزح", friday, nil},
		{"دلو bucket", "دلو آب", friday, nil},
		{"تیر bullet", "او با تیر زخمی شد", friday, nil},
		{"تیر shots, with a number", "۱۲ تیر شلیک شد", friday, nil},
		{"مهر seal", "مهر وزارت", friday, nil},
		{"دی, no context", "دی روز", friday, nil},
		{"بهمن a name", "بهمن قبادی گفت", friday, nil},
		{"می unjoined verb prefix", "آنها می خواهند", friday, nil},
		{"مه fog", "مه غلیظ شهر را پوشاند", friday, nil},
		{"months and an unjoined می", "۵ ماه می گذرد", friday, nil},
		{"plain numbers", "۱۲۳۴۵ و ۷۰ درصد", friday, nil},
	})
}
