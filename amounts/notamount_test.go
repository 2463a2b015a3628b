package amounts

import "testing"

// TestNotAmounts lists numbers a careful coder does not count: each case's
// text holds no amount at all.
func TestNotAmounts(t *testing.T) {
	cases := []struct {
		name, lang, in string
	}{
		// years
		{"year after سال", "fa", "در سال ۲۰۲۵ برگزار شد."},
		{"solar year after سال", "fa", "در سال ۱۴۰۴ آغاز شد."},
		{"short year after سال", "fa", "در سال ۹۸ تصویب شد."},
		{"year after در, glued", "fa", "از زمان خشکسالی در2018 کوچ کرده‌اند."},
		{"year after در", "fa", "در 1938، یک سونامی آمد."},
		{"year heading a line", "fa", "2010: سیلاب بزرگ در دره‌های شمالی"},
		{"year after a noun", "fa", "زلزله 2003 را هنوز به یاد دارند."},
		{"year with its era", "fa", "۱۳۹۸ هجری شمسی"},
		{"decade", "fa", "در دهه ۱۹۶۰ ساخته شد."},
		{"year in English", "en", "the war began in 2011."},
		{"year heading an English line", "en", "2004: A major quake hit Aceh."},
		{"year before a singular noun", "en", "the deadly 2004 quake"},
		// dates
		{"ordinal day and month", "fa", "در ششم نومبر توافق کردند."},
		{"day and solar month", "fa", "۲۵ آبان ۱۴۰۴"},
		{"day and Afghan month", "fa", "۱۵ عقرب"},
		{"day, month and year", "fa", "به تاریخ 29 سپتمبر 2018 رسید."},
		{"iso date", "fa", "2025-11-07"},
		{"slashed solar date", "fa", "۱۴۰۴/۰۸/۱۵"},
		{"dotted date", "en", "on 7.11.2025 the talks began"},
		{"English day and month", "en", "on 6 November"},
		{"English month and day", "en", "on November 6, 2025"},
		{"abbreviated month", "en", "on Oct. 2, 1968"},
		// ordinals
		{"glued ordinal ending", "fa", "کشور به 50مین سالگرد نزدیک می‌شود."},
		{"spaced ordinal ending", "fa", "این شهر 40 مین سالروز خود را تجلیل می‌کرد."},
		{"ordinal word", "fa", "دومین نشست و سال هشتم جنگ"},
		{"English ordinal", "en", "the 50th anniversary of the first 3rd round"},
		// ages
		{"age in ساله", "fa", "بازیکن ۲۰ ساله تیم"},
		{"age with سال داشت", "fa", "سیمس 20 سال داشت."},
		{"age with a possessive", "fa", "دانشگاه جشن پنجاه سالگی‌اش را برگزار کرد."},
		{"age after سن", "fa", "در سن ۷۰ درگذشت."},
		{"hyphenated age", "en", "a 31-year-old chess champion"},
		{"aged", "en", "a man aged 45 was arrested"},
		{"years old", "en", "Sims was 20 years old."},
		{"age between commas", "en", "Marcus Reed, 24, was detained on Monday."},
		{"age between commas before a place", "en", "said Elena Petrova, 68, in Sofia."},
		// clock times
		{"hour after ساعت", "fa", "تا ساعت ۳ بعد از ظهر خبری نیامد."},
		{"afternoon abbreviation", "fa", "تا 1 ب.ظ هیچ گزارشی نبود."},
		{"clock with colon", "fa", "ساعت ۱۰:۳۰ صبح"},
		{"hour range", "fa", "از ساعت ۱۰ تا ۱۲ باز است."},
		{"English clock", "en", "no reports by 1 p.m. and none at 10:30"},
		// spans of time
		{"months", "fa", "کمتر از شش ماه مانده است."},
		{"years of war", "fa", "جنگ بیشتر از هفت سال"},
		{"past years", "fa", "در جریان 100 سال اخیر"},
		{"range of years", "fa", "به ۵ تا ۱۰ سال زندان محکوم شد."},
		{"hyphenated span", "en", "a more than nine-year long drought"},
		{"English months", "en", "less than five months left"},
		{"two number words before a span", "fa", "دو سه روز طول کشید."},
		// measurements
		{"magnitude in degrees", "fa", "زلزله 7.5 درجه‌ای"},
		{"magnitude in richter", "fa", "زلزله 7.5 ریشتری"},
		{"kilometres and miles", "fa", "به طول 250 کیلومتر (155 مایل)"},
		{"metres adjective", "fa", "سونامی 10 متره"},
		{"height", "fa", "با ۱ متر و ۸۵ سانتیمتر قد"},
		{"feet and inches", "fa", "بازیکن 6-فت-6"},
		{"English magnitude", "en", "the 7.5 magnitude quake, a magnitude 6.8 tremor"},
		{"English distances", "en", "a road of 250 km (155 miles) along the river, walls of 12 meters"},
		{"glued unit", "en", "a 10km run"},
		{"feet", "en", "The 6-foot-6 forward"},
		// labels
		{"article of law", "fa", "ماده ۵ و بند ۳"},
		{"resolution", "fa", "قطعنامه ۲۲۳۱"},
		{"model with hyphen", "fa", "جنگنده اف-۱۶ و کووید-۱۹"},
		{"degree of a charge", "fa", "قتل عمد درجه دو"},
		{"English labels", "en", "Article 5, No. 10, COVID-19, an F-16 and flight MH17"},
		{"capitalized name", "en", "a Boeing 737 landed"},
		{"score", "en", "a 3-1 win and a 7-2 vote"},
		{"glued letters", "en", "4G networks in the 1990s"},
		// phone numbers
		{"phone", "fa", "با شماره ۰۷۹۹۱۲۳۴۵۶ تماس بگیرید."},
		{"phone in groups", "en", "call +93 799 123 456"},
		// fractions
		{"fraction in words", "fa", "تصویب آن نیاز به رای دو سوم اعضا دارد."},
		{"hyphenated fraction", "fa", "رای اکثریت دو-ثلث"},
		{"English fraction", "en", "a two-thirds majority"},
		// یک and one as an article
		{"indefinite یک", "fa", "پولیس یک مظنون را دستگیر کرد."},
		{"یکی از", "fa", "یکی از کشورها"},
		{"یک in a compound", "fa", "اقدامات یک‌جانبه"},
		{"one of", "en", "one of the countries, no one else"},
		// referring back
		{"this two", "fa", "این دو دولت توافق کردند."},
		{"each two", "fa", "هر دو کشور"},
		{"the two sides", "fa", "دو طرف دربارهٔ حجم تجارت دو کشور گفتگو کردند."},
		{"the two", "en", "The two ministries signed a pact."},
		// not a value
		{"several", "fa", "از روی چند توافقنامه پرده برداشت."},
		{"several hundred", "fa", "چند صد نفر"},
		{"hundreds", "fa", "صد ها خانه و هزاران توریست و میلیون‌ها نفر"},
		{"English hundreds", "en", "hundreds of houses and dozens of villages, thousands of tourists"},
		{"several hundred in English", "en", "several hundred people"},
		// words that only look like numbers
		{"نه as no", "fa", "نه تنها این، بلکه"},
		{"letter names", "fa", "سی بی اس گزارش داد."},
		{"weekday in two words", "fa", "روز سه شنبه"},
		{"adjective", "fa", "روابط دو جانبه سه برابر شد."},
	}
	for _, tc := range cases {
		if got := Find(tc.in, tc.lang); len(got) != 0 {
			t.Errorf("%s: Find(%q) = %+v, want none", tc.name, tc.in, got)
		}
	}
}
