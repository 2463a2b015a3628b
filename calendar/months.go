package calendar

import "strings"

// System names a calendar.
type System uint8

const (
	SolarSystem     System = iota + 1 // Solar Hijri
	GregorianSystem                   // Gregorian
)

func (s System) String() string {
	switch s {
	case SolarSystem:
		return "solar"
	case GregorianSystem:
		return "gregorian"
	}
	return "unknown"
}

// Usage says where a spelling is written: Dari (Afghanistan), Iranian
// Persian, or both.
type Usage uint8

const (
	Dari       Usage = 1 << iota // used in Afghanistan
	Iranian                      // used in Iran
	BothUsages = Dari | Iranian
)

// MonthName is one spelling of a month.
type MonthName struct {
	Text   string // normalized Persian: Persian ی and ک, half-spaces as ZWNJ
	System System
	Month  int // 1–12 within System
	Usage  Usage
	// CommonWord marks a spelling that is also an ordinary word or name:
	// حمل "transport", میزان "amount", اسد a name, سرطان "cancer", جدی
	// "serious", قوس "arc", دلو "bucket", تیر "bullet", مهر "seal", دی
	// (literary "yesterday"), آذر and بهمن names, می the verb prefix, مه
	// "fog", اوت "out". Read it as a month only in a date context: a day
	// number before it, a year after it, or ماه / برج before it (ماه after
	// it, as in تیرماه).
	CommonWord bool
}

// The canonical spellings, indexed by month − 1.
var (
	AfghanSolarMonths      = [12]string{"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"}
	IranianSolarMonths     = [12]string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
	DariGregorianMonths    = [12]string{"جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"}
	IranianGregorianMonths = [12]string{"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"}
)

// commonWords are the spellings that are also ordinary words or names.
var commonWords = map[string]bool{
	"حمل": true, "سرطان": true, "اسد": true, "میزان": true, "قوس": true, "جدی": true, "دلو": true,
	"تیر": true, "مهر": true, "آذر": true, "دی": true, "بهمن": true,
	"می": true, "مه": true, "اوت": true,
}

// variantSpellings are further spellings met in news text, by calendar,
// month and usage.
var variantSpellings = []MonthName{
	{Text: "جوزاء", System: SolarSystem, Month: 3, Usage: Dari},
	{Text: "جوزه", System: SolarSystem, Month: 3, Usage: Dari},
	{Text: "امرداد", System: SolarSystem, Month: 5, Usage: Iranian},
	{Text: "اسپند", System: SolarSystem, Month: 12, Usage: Iranian},

	{Text: "جنواری", System: GregorianSystem, Month: 1, Usage: Dari},
	{Text: "ژانوییه", System: GregorianSystem, Month: 1, Usage: Iranian},
	{Text: "فیبروری", System: GregorianSystem, Month: 2, Usage: Dari},
	{Text: "فبرواری", System: GregorianSystem, Month: 2, Usage: Dari},
	{Text: "آپریل", System: GregorianSystem, Month: 4, Usage: BothUsages},
	{Text: "اپرېل", System: GregorianSystem, Month: 4, Usage: Dari},
	{Text: "اپرل", System: GregorianSystem, Month: 4, Usage: Dari},
	{Text: "ایپریل", System: GregorianSystem, Month: 4, Usage: Dari},
	{Text: "می", System: GregorianSystem, Month: 5, Usage: Iranian},
	{Text: "مې", System: GregorianSystem, Month: 5, Usage: Dari},
	{Text: "مئی", System: GregorianSystem, Month: 5, Usage: Dari},
	{Text: "ژوین", System: GregorianSystem, Month: 6, Usage: Iranian},
	{Text: "جولائی", System: GregorianSystem, Month: 7, Usage: Dari},
	{Text: "جولایی", System: GregorianSystem, Month: 7, Usage: Dari},
	{Text: "جولای", System: GregorianSystem, Month: 7, Usage: Iranian},
	{Text: "ژوییه", System: GregorianSystem, Month: 7, Usage: Iranian},
	{Text: "آگست", System: GregorianSystem, Month: 8, Usage: Dari},
	{Text: "اگوست", System: GregorianSystem, Month: 8, Usage: Dari},
	{Text: "آگوست", System: GregorianSystem, Month: 8, Usage: BothUsages},
	{Text: "سپتامبر", System: GregorianSystem, Month: 9, Usage: Dari},
	{Text: "سیپتمبر", System: GregorianSystem, Month: 9, Usage: Dari},
	{Text: "اکتبر", System: GregorianSystem, Month: 10, Usage: Dari},
	{Text: "نوامبر", System: GregorianSystem, Month: 11, Usage: Dari},
	{Text: "نوومبر", System: GregorianSystem, Month: 11, Usage: Dari},
	{Text: "دسامبر", System: GregorianSystem, Month: 12, Usage: Dari},
	{Text: "دیسمبر", System: GregorianSystem, Month: 12, Usage: Dari},
}

var monthTable = buildMonthTable()

func buildMonthTable() map[string]MonthName {
	table := make(map[string]MonthName)
	add := func(m MonthName) {
		m.CommonWord = commonWords[m.Text]
		if old, ok := table[m.Text]; ok {
			if old.System != m.System || old.Month != m.Month {
				panic("calendar: month spelling " + m.Text + " names two months")
			}
			old.Usage |= m.Usage
			table[m.Text] = old
			return
		}
		table[m.Text] = m
	}
	for i := range 12 {
		add(MonthName{Text: AfghanSolarMonths[i], System: SolarSystem, Month: i + 1, Usage: Dari})
		add(MonthName{Text: IranianSolarMonths[i], System: SolarSystem, Month: i + 1, Usage: Iranian})
		add(MonthName{Text: DariGregorianMonths[i], System: GregorianSystem, Month: i + 1, Usage: Dari})
		add(MonthName{Text: IranianGregorianMonths[i], System: GregorianSystem, Month: i + 1, Usage: Iranian})
	}
	for _, m := range variantSpellings {
		add(m)
	}
	return table
}

// Months returns every known month spelling, in no particular order. The
// slice is a fresh copy.
func Months() []MonthName {
	out := make([]MonthName, 0, len(monthTable))
	for _, m := range monthTable {
		out = append(out, m)
	}
	return out
}

// LookupMonth reads one word of normalized Persian as a month name. An
// ezafe on the word (ژانویهٔ, ژانویه‌ی) is ignored. It does not judge
// context: check MonthName.CommonWord.
func LookupMonth(word string) (MonthName, bool) {
	m, ok := monthTable[StripEzafe(word)]
	return m, ok
}

// StripEzafe removes a written ezafe from the end of a word: the hamza
// above (U+0654, as in ماهٔ) or a half-space and ی after a final ه
// (هفته‌ی).
func StripEzafe(word string) string {
	word = strings.TrimSuffix(word, "\u0654")
	if w, ok := strings.CutSuffix(word, "\u200cی"); ok && strings.HasSuffix(w, "ه") {
		return w
	}
	return word
}
