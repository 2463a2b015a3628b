package amounts

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// want is one expected amount: kind, value, unit, and the text of its span.
type want struct {
	kind  string
	value float64
	unit  string
	text  string
}

func (w want) String() string { return fmt.Sprintf("%s %g %s %q", w.kind, w.value, w.unit, w.text) }

// amountCase is one sentence with every amount it holds.
type amountCase struct {
	name string // the form under test
	lang string
	in   string
	want []want
}

func checkCases(t *testing.T, cases []amountCase) {
	t.Helper()
	for _, tc := range cases {
		got := Find(tc.in, tc.lang)
		var g []string
		for _, a := range got {
			g = append(g, want{a.Kind, a.Value, a.Unit, a.Text}.String())
		}
		ok := len(got) == len(tc.want)
		for i := 0; ok && i < len(got); i++ {
			w, a := tc.want[i], got[i]
			ok = a.Kind == w.kind && a.Unit == w.unit && a.Text == w.text &&
				math.Abs(a.Value-w.value) <= 1e-9*math.Max(1, math.Abs(w.value))
		}
		if !ok {
			var ws []string
			for _, w := range tc.want {
				ws = append(ws, w.String())
			}
			t.Errorf("%s: Find(%q)\n got  [%s]\n want [%s]", tc.name, tc.in, strings.Join(g, ", "), strings.Join(ws, ", "))
		}
	}
}

func count(v float64, text string) want       { return want{Count, v, "", text} }
func money(v float64, unit, text string) want { return want{Money, v, unit, text} }
func percent(v float64, text string) want     { return want{Percent, v, "", text} }

func TestPersianNumbers(t *testing.T) {
	checkCases(t, []amountCase{
		// Persian digits before the counted noun
		{"persian digits", "fa", "خطوط هوایی ۳۷ طیارهٔ جت بوئینگ خریداری کنند.", []want{count(37, "۳۷")}},
		// Arabic-Indic digits, as some sources type them
		{"arabic-indic digits", "fa", "٣٧ طیاره خریداری شد.", []want{count(37, "٣٧")}},
		// Latin digits inside Persian text
		{"latin digits", "fa", "حداقل 412 تن در سیلاب جان باختند.", []want{count(412, "412")}},
		// decimal point
		{"decimal point", "fa", "هزینهٔ پروژه ۱.۱ میلیارد دالر است.", []want{money(1.1e9, "USD", "۱.۱ میلیارد دالر")}},
		// Arabic decimal separator ٫
		{"arabic decimal separator", "fa", "او بطور میانگین ۵٫۶ امتیاز داشت.", []want{count(5.6, "۵٫۶")}},
		// Iranian slash as the decimal separator, before a scale
		{"slash decimal", "fa", "۱/۵ میلیون نفر آواره شدند.", []want{count(1.5e6, "۱/۵ میلیون")}},
		// thousands separators: comma, Arabic ٬ and Arabic comma ،
		{"latin thousands comma", "fa", "بیش از 12,500 تن از خانه‌های خود بیرون شدند.", []want{count(12500, "12,500")}},
		{"arabic thousands separator", "fa", "۳٬۵۰۰ نفر در این نشست بودند.", []want{count(3500, "۳٬۵۰۰")}},
		{"arabic comma as thousands separator", "fa", "بیشتر از 360،000 نفر کشته شده‌اند.", []want{count(360000, "360،000")}},
		// number words
		{"unit word", "fa", "سران پنج کشور آسیای میانه دیدار کردند.", []want{count(5, "پنج")}},
		{"tens and units with و", "fa", "سی و هفت طیاره خریداری شد.", []want{count(37, "سی و هفت")}},
		{"hundreds, tens, units", "fa", "یکصد و بیست و پنج نفر زخمی شدند.", []want{count(125, "یکصد و بیست و پنج")}},
		{"dari hundreds in two words", "fa", "دو صد نفر بازداشت شدند.", []want{count(200, "دو صد")}},
		{"iranian hundreds in one word", "fa", "دویست نفر بازداشت شدند.", []want{count(200, "دویست")}},
		{"thousands and hundreds with و", "fa", "دو هزار و پانصد سرباز اعزام شدند.", []want{count(2500, "دو هزار و پانصد")}},
		{"hundreds times a scale", "fa", "سه صد هزار افغانی پرداخت شد.", []want{money(300000, "AFN", "سه صد هزار افغانی")}},
		{"bare thousand", "fa", "هزار نفر در راهپیمایی شرکت کردند.", []want{count(1000, "هزار")}},
		{"one and a half", "fa", "یک و نیم میلیون دالر کمک شد.", []want{money(1.5e6, "USD", "یک و نیم میلیون دالر")}},
		{"half a million", "fa", "نیم میلیون نفر آواره شدند.", []want{count(5e5, "نیم میلیون")}},
		{"a scale and a half", "fa", "دو میلیون و نیم دلار پرداخت شد.", []want{money(2.5e6, "USD", "دو میلیون و نیم دلار")}},
		{"digit groups with scales", "fa", "۲ میلیون و ۵۰۰ هزار دالر اختصاص یافت.", []want{money(2.5e6, "USD", "۲ میلیون و ۵۰۰ هزار دالر")}},
		{"scale chain", "fa", "بودجه ۲ هزار میلیارد تومان است.", []want{money(2e13, "IRR", "۲ هزار میلیارد تومان")}},
		{"compound before a larger scale", "fa", "دو هزار و پانصد میلیارد تومان", []want{money(2.5e13, "IRR", "دو هزار و پانصد میلیارد تومان")}},
		{"iranian budget scale", "fa", "۵ هزار و ۲۰۰ هزار میلیارد تومان", []want{money(5.2e16, "IRR", "۵ هزار و ۲۰۰ هزار میلیارد تومان")}},
		{"dari billion", "fa", "۳ بیلیون دالر سرمایه‌گذاری شد.", []want{money(3e9, "USD", "۳ بیلیون دالر")}},
		{"dari lakh", "fa", "۵ لک افغانی جریمه شد.", []want{money(5e5, "AFN", "۵ لک افغانی")}},
		{"nine before a counter", "fa", "سونامی جان نه تن را گرفت.", []want{count(9, "نه")}},
		{"times", "fa", "این شهر سه بار مورد حمله قرار گرفت.", []want{count(3, "سه")}},
		{"four-digit count", "fa", "آلمان حدود 2000 سرباز در مالی مستقر کرده است.", []want{count(2000, "2000")}},
		{"four-digit count after a quantity", "fa", "فرانسه بیش از 1000 نیروی زمینی دارد.", []want{count(1000, "1000")}},
		{"bare count before a verb", "fa", "بیشتر از 2,300 زخمی شدند.", []want{count(2300, "2,300")}},
		{"one after a quantity cue", "fa", "شرط تصویب ۶۰ درصد به علاوه یک عضو است.", []want{percent(60, "۶۰ درصد"), count(1, "یک")}},
		{"one before a counter", "fa", "تنها یک نفر زخمی شد.", []want{count(1, "یک")}},
	})
}

func TestPersianMoneyAndPercent(t *testing.T) {
	checkCases(t, []amountCase{
		// currencies
		{"dari dollar", "fa", "۵۰۰ دالر", []want{money(500, "USD", "۵۰۰ دالر")}},
		{"iranian dollar", "fa", "۳۵۰ هزار دلار", []want{money(350000, "USD", "۳۵۰ هزار دلار")}},
		{"dollar with its country", "fa", "۲۰ دالر امریکایی", []want{money(20, "USD", "۲۰ دالر امریکایی")}},
		{"canadian dollar", "fa", "۵ میلیون دلار کانادا", []want{money(5e6, "CAD", "۵ میلیون دلار کانادا")}},
		{"euro", "fa", "۲۰ میلیون یورو", []want{money(2e7, "EUR", "۲۰ میلیون یورو")}},
		// the indefinite یی after a vowel: the 1.3 billion euros that …
		{"euro with یی", "fa", "۱.۳ میلیارد یورویی را", []want{money(1.3e9, "EUR", "۱.۳ میلیارد یورویی")}},
		// فیصد is the Dari word for percent
		{"dari percent", "fa", "بیش از ۴۰ فیصد", []want{percent(40, "۴۰ فیصد")}},
		{"afghani", "fa", "۵۰۰ افغانی", []want{money(500, "AFN", "۵۰۰ افغانی")}},
		{"rial", "fa", "۱۰ میلیون ریال", []want{money(1e7, "IRR", "۱۰ میلیون ریال")}},
		{"toman in rials", "fa", "۵۰۰ هزار تومان", []want{money(5e6, "IRR", "۵۰۰ هزار تومان")}},
		{"saudi riyal", "fa", "۱۰۰ ریال سعودی", []want{money(100, "SAR", "۱۰۰ ریال سعودی")}},
		{"ruble", "fa", "۳ میلیارد روبل", []want{money(3e9, "RUB", "۳ میلیارد روبل")}},
		{"pound", "fa", "۴۰ میلیون پوند", []want{money(4e7, "GBP", "۴۰ میلیون پوند")}},
		{"yuan", "fa", "۸ میلیارد یوان", []want{money(8e9, "CNY", "۸ میلیارد یوان")}},
		{"dirham", "fa", "۶۰ هزار درهم", []want{money(6e4, "AED", "۶۰ هزار درهم")}},
		{"tenge", "fa", "۹۰۰ تنگه", []want{money(900, "KZT", "۹۰۰ تنگه")}},
		{"lira", "fa", "۱۲ لیره ترکیه", []want{money(12, "TRY", "۱۲ لیره ترکیه")}},
		{"kaldar", "fa", "۱۰۰۰ کلدار", []want{money(1000, "PKR", "۱۰۰۰ کلدار")}},
		{"rupee in an Indian text", "fa", "هند ۵۰ روپیه مالیات گرفت.", []want{money(50, "INR", "۵۰ روپیه")}},
		{"rupee by default", "fa", "قیمت آرد ۵۰ روپیه شد.", []want{money(50, "PKR", "۵۰ روپیه")}},
		{"rupee with its country", "fa", "هند ۵۰ روپیه پاکستانی", []want{money(50, "PKR", "۵۰ روپیه پاکستانی")}},
		{"dollar sign glued after", "fa", "جریمهٔ او 420000$ تعیین شد.", []want{money(420000, "USD", "420000$")}},
		{"currency adjective", "fa", "وام ۵ میلیارد دلاری", []want{money(5e9, "USD", "۵ میلیارد دلاری")}},
		// percent
		{"percent word", "fa", "۷۰ درصد سهام", []want{percent(70, "۷۰ درصد")}},
		{"percent adjective", "fa", "رشد ۵ درصدی", []want{percent(5, "۵ درصدی")}},
		{"arabic percent sign", "fa", "۷۰٪ سهام", []want{percent(70, "۷۰٪")}},
		{"latin percent sign", "fa", "70% سهام", []want{percent(70, "70%")}},
		{"percentage points", "fa", "۱٫۲ واحد درصد افزایش", []want{percent(1.2, "۱٫۲ واحد درصد")}},
		{"percent in words", "fa", "پنج درصد", []want{percent(5, "پنج درصد")}},
		{"one percent", "fa", "یک درصد", []want{percent(1, "یک درصد")}},
		// ranges take the unit of their second end
		{"percent range", "fa", "بین ۳۰ تا ۴۳ درصد", []want{percent(30, "۳۰"), percent(43, "۴۳ درصد")}},
		{"money range with a scale", "fa", "۲ تا ۳ میلیون دالر", []want{money(2e6, "USD", "۲"), money(3e6, "USD", "۳ میلیون دالر")}},
		{"count range", "fa", "سه یا چهار کشور", []want{count(3, "سه"), count(4, "چهار")}},
		{"two number words side by side", "fa", "سه چهار نفر", []want{count(3, "سه"), count(4, "چهار")}},
		{"percent sign before, as typed right to left", "fa", "٪۵۰ سهام", []want{percent(50, "٪۵۰")}},
	})
}

func TestEnglish(t *testing.T) {
	checkCases(t, []amountCase{
		{"digits before a noun", "en", "At least 412 people died in the floods.", []want{count(412, "412")}},
		{"thousands comma", "en", "more than 12,500 people left their homes", []want{count(12500, "12,500")}},
		{"bare count", "en", "a population of 412,600 in 2019", []want{count(412600, "412,600")}},
		{"unit word", "en", "the leaders of five countries", []want{count(5, "five")}},
		{"hyphenated tens", "en", "thirty-seven jets", []want{count(37, "thirty-seven")}},
		{"hundreds", "en", "two hundred and fifty people", []want{count(250, "two hundred and fifty")}},
		{"thousands and hundreds", "en", "two thousand five hundred soldiers", []want{count(2500, "two thousand five hundred")}},
		{"decimal with a scale", "en", "3.5 million people have left", []want{count(3.5e6, "3.5 million")}},
		{"words with a scale", "en", "Another six million people", []want{count(6e6, "six million")}},
		{"a and a scale", "en", "a million people", []want{count(1e6, "a million")}},
		{"a dozen", "en", "a dozen soldiers", []want{count(12, "a dozen")}},
		{"bare number word", "en", "A tsunami struck in 1996, killing nine.", []want{count(9, "nine")}},
		{"four-digit count before a plural", "en", "some 2000 troops", []want{count(2000, "2000")}},
		{"one after plus", "en", "50 percent plus one vote", []want{percent(50, "50 percent"), count(1, "one")}},
		{"decimal count", "en", "She scored 4.5 goals and 1.5 assists a season.", []want{count(4.5, "4.5"), count(1.5, "1.5")}},
		// money
		{"dollar sign", "en", "Her bail was set at $275,000.", []want{money(275000, "USD", "$275,000")}},
		{"dollar sign and scale", "en", "a $2.5 billion deal", []want{money(2.5e9, "USD", "$2.5 billion")}},
		{"glued m", "en", "a $5m grant", []want{money(5e6, "USD", "$5m")}},
		{"glued bn", "en", "£3bn of debt", []want{money(3e9, "GBP", "£3bn")}},
		{"euro sign", "en", "€40 million", []want{money(4e7, "EUR", "€40 million")}},
		{"US$", "en", "US$1.1 billion", []want{money(1.1e9, "USD", "US$1.1 billion")}},
		{"HK$", "en", "HK$100", []want{money(100, "HKD", "HK$100")}},
		{"ISO code before", "en", "USD 5 million", []want{money(5e6, "USD", "USD 5 million")}},
		{"ISO code after", "en", "5 million EUR", []want{money(5e6, "EUR", "5 million EUR")}},
		{"currency word", "en", "20 million euros", []want{money(2e7, "EUR", "20 million euros")}},
		{"afghanis", "en", "500 Afghanis", []want{money(500, "AFN", "500 Afghanis")}},
		{"rubles", "en", "10,000 rubles", []want{money(10000, "RUB", "10,000 rubles")}},
		{"qualified dollars", "en", "3 million Canadian dollars", []want{money(3e6, "CAD", "3 million Canadian dollars")}},
		{"US dollars", "en", "1.1 billion US dollars", []want{money(1.1e9, "USD", "1.1 billion US dollars")}},
		{"rupees by the text", "en", "India fined them 500 rupees", []want{money(500, "INR", "500 rupees")}},
		{"Rs", "en", "Pakistan raised the fee to Rs. 500", []want{money(500, "PKR", "Rs. 500")}},
		// percent
		{"percent sign", "en", "a 70% stake", []want{percent(70, "70%")}},
		{"percent word", "en", "70 percent of the shares", []want{percent(70, "70 percent")}},
		{"per cent", "en", "70 per cent", []want{percent(70, "70 per cent")}},
		{"percentage points", "en", "up 2 percentage points", []want{percent(2, "2 percentage points")}},
		{"percent range", "en", "between 25 and 38 percent of the budget", []want{percent(25, "25"), percent(38, "38 percent")}},
		{"dash range", "en", "25-38 percent", []want{percent(25, "25"), percent(38, "38 percent")}},
	})
}
