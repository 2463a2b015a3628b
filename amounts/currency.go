package amounts

import "strings"

// A currency family is a currency word that several countries share
// (dollar, rial, dinar); a qualifier next to it picks the country.
type currencyWords struct {
	code   string  // ISO 4217 code when no qualifier says otherwise
	factor float64 // units of code in one unit of the word (تومان: 10 rials)
	family string  // the family the words belong to, for qualifiers
	words  string  // the words, Persian and English, space separated
}

// currencyTable lists currency words. تومان is counted in rials: one toman
// is ten rials, so ۵ تومان is 50 IRR. روپیه and rupee are decided by the
// text (see rupeeCode); کلدار is the Pakistani rupee in Afghan usage.
var currencyTable = []currencyWords{
	{"USD", 1, "dollar", "دالر دلار dollar dollars"},
	{"EUR", 1, "euro", "یورو euro euros"},
	{"AFN", 1, "afghani", "افغانی afghani afghanis"},
	{"IRR", 1, "rial", "ریال rial rials"},
	{"IRR", 10, "toman", "تومان toman tomans"},
	{"SAR", 1, "riyal", "riyal riyals"},
	{"RUB", 1, "ruble", "روبل ruble rubles rouble roubles"},
	{"GBP", 1, "pound", "پوند استرلینگ pound pounds sterling"},
	{"CNY", 1, "yuan", "یوان رنمینبی yuan renminbi"},
	{"JPY", 1, "yen", "ین yen"},
	{"PKR", 1, "rupee", "روپیه rupee rupees"},
	{"PKR", 1, "kaldar", "کلدار"},
	{"AED", 1, "dirham", "درهم dirham dirhams"},
	{"KZT", 1, "tenge", "تنگه tenge"},
	{"UZS", 1, "som", "som soum"},
	{"TJS", 1, "somoni", "سامانی سومونی somoni"},
	{"TMT", 1, "manat", "منات manat manats"},
	{"TRY", 1, "lira", "لیر لیره lira liras lire"},
	{"IQD", 1, "dinar", "دینار dinar dinars"},
	{"CHF", 1, "franc", "فرانک franc francs"},
}

// currencyCodes are ISO codes written as words; they count only in capitals.
const currencyCodes = `USD EUR GBP RUB CNY JPY AFN IRR SAR AED PKR INR KZT UZS KGS TJS TMT IQD CHF
	CAD AUD HKD SGD QAR KWD OMR NZD RMB`

// qualifierTable maps family, then qualifier word, to a code. Persian puts
// the qualifier after the currency word (دالر کانادا), English before it
// (Canadian dollars).
var qualifierTable = map[string]map[string]string{
	"dollar": {
		"امریکا": "USD", "امریکایی": "USD", "آمریکا": "USD", "آمریکایی": "USD", "us": "USD", "american": "USD",
		"کانادا": "CAD", "کانادایی": "CAD", "canadian": "CAD",
		"استرالیا": "AUD", "استرالیایی": "AUD", "australian": "AUD",
		"هنگ‌کنگ": "HKD", "kong": "HKD", "سنگاپور": "SGD", "singapore": "SGD",
		"نیوزیلند": "NZD", "zealand": "NZD", "تایوان": "TWD", "taiwan": "TWD", "taiwanese": "TWD",
	},
	"rial": {
		"سعودی": "SAR", "عربستان": "SAR", "saudi": "SAR", "قطر": "QAR", "قطری": "QAR", "qatari": "QAR",
		"عمان": "OMR", "omani": "OMR", "یمن": "YER", "yemeni": "YER",
		"ایران": "IRR", "ایرانی": "IRR", "iranian": "IRR",
	},
	"riyal": {"saudi": "SAR", "qatari": "QAR", "omani": "OMR", "yemeni": "YER"},
	"pound": {
		"انگلیس": "GBP", "انگلیسی": "GBP", "بریتانیا": "GBP", "استرلینگ": "GBP", "british": "GBP",
		"مصر": "EGP", "مصری": "EGP", "egyptian": "EGP", "سوریه": "SYP", "syrian": "SYP",
		"لبنان": "LBP", "lebanese": "LBP",
	},
	"rupee": {
		"هند": "INR", "هندی": "INR", "indian": "INR", "پاکستان": "PKR", "پاکستانی": "PKR", "pakistani": "PKR",
		"نیپال": "NPR", "nepali": "NPR", "nepalese": "NPR", "سریلانکا": "LKR", "lankan": "LKR",
	},
	"dinar": {
		"عراق": "IQD", "عراقی": "IQD", "iraqi": "IQD", "کویت": "KWD", "کویتی": "KWD", "kuwaiti": "KWD",
		"اردن": "JOD", "jordanian": "JOD", "بحرین": "BHD", "bahraini": "BHD", "لیبی": "LYD", "libyan": "LYD",
		"الجزایر": "DZD", "algerian": "DZD", "تونس": "TND", "tunisian": "TND", "صربستان": "RSD", "serbian": "RSD",
	},
	"dirham": {"امارات": "AED", "اماراتی": "AED", "emirati": "AED", "uae": "AED", "مراکش": "MAD", "moroccan": "MAD"},
	"lira": {
		"ترکیه": "TRY", "ترکی": "TRY", "turkish": "TRY", "سوریه": "SYP", "سوری": "SYP", "syrian": "SYP",
		"لبنان": "LBP", "لبنانی": "LBP", "lebanese": "LBP",
	},
	"som": {
		"ازبکستان": "UZS", "ازبکی": "UZS", "uzbek": "UZS",
		"قرقیزستان": "KGS", "قرغزستان": "KGS", "قرغیزستان": "KGS", "قرقیز": "KGS", "قرغیز": "KGS", "قرقیزی": "KGS", "kyrgyz": "KGS",
	},
	"manat": {"ترکمنستان": "TMT", "ترکمنی": "TMT", "turkmen": "TMT", "آذربایجان": "AZN", "آذربایجانی": "AZN", "azerbaijani": "AZN"},
	"franc": {"سوئیس": "CHF", "سویس": "CHF", "swiss": "CHF"},
	"yuan":  {"چین": "CNY", "چینی": "CNY", "chinese": "CNY"},
	"yen":   {"ژاپن": "JPY", "ژاپنی": "JPY", "japanese": "JPY"},
	"ruble": {"روسیه": "RUB", "روسی": "RUB", "russian": "RUB", "بلاروس": "BYN", "belarusian": "BYN"},
	"tenge": {"قزاقستان": "KZT", "قزاقی": "KZT", "kazakh": "KZT", "kazakhstani": "KZT"},
	"toman": {},
}

// symbolCodes maps currency signs to codes; $ is the US dollar unless a
// country prefix says otherwise (A$, C$, HK$).
var symbolCodes = map[rune]string{
	'$': "USD", '€': "EUR", '£': "GBP", '¥': "JPY", '₹': "INR", '₽': "RUB", '₺': "TRY",
	'₸': "KZT", '﷼': "IRR", '؋': "AFN", '₨': "PKR",
}

// dollarPrefixes are the country prefixes written before $.
var dollarPrefixes = map[string]string{
	"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "s": "SGD", "nz": "NZD",
}

// qualifiers holds qualifierTable with its words as lexicon keys.
var qualifiers map[string]map[string]string

// familyOf maps the key of a currency word to its family.
var familyOf map[string]string

// addCurrencies puts the currency words and codes into l.
func addCurrencies(l lexicon) {
	familyOf = map[string]string{}
	for _, c := range currencyTable {
		for _, w := range strings.Fields(c.words) {
			l.addCurrency(c.code, c.factor, w)
			familyOf[string(appendKey(nil, w))] = c.family
		}
	}
	for _, w := range strings.Fields(rupeeWords) {
		l[string(appendKey(nil, w))].flags |= fRupee
	}
	for _, code := range strings.Fields(currencyCodes) {
		l.add(fCurrencyCode, 0, code)
		e := l[string(appendKey(nil, code))]
		e.code = code
		if code == "RMB" {
			e.code = "CNY"
		}
	}
	qualifiers = map[string]map[string]string{}
	for fam, m := range qualifierTable {
		q := map[string]string{}
		for w, code := range m {
			q[string(appendKey(nil, w))] = code
			l.add(fCurrencyQual, 0, w)
		}
		qualifiers[fam] = q
	}
}

// rupeeWords are the rupee words whose country comes from the text.
const rupeeWords = "روپیه rupee rupees"

// qualify returns the code that qualifier word q gives to currency word w,
// or "".
func qualify(w, q string) string {
	fam := familyOf[string(appendKey(nil, w))]
	if fam == "" {
		return ""
	}
	return qualifiers[fam][string(appendKey(nil, q))]
}

// rupeeCode decides an unqualified rupee from the text: the Indian rupee
// when India is named more often than Pakistan, else the Pakistani rupee
// (the rupee Afghan news deals in most).
func rupeeCode(s string) string {
	india := strings.Count(s, "هند") + strings.Count(s, "India")
	pakistan := strings.Count(s, "پاکستان") + strings.Count(s, "Pakistan")
	if india > pakistan {
		return "INR"
	}
	return "PKR"
}
