package dates_test

import (
	"fmt"

	"khabar/dates"
)

func ExampleFind() {
	text := "مقام‌ها در ششم نومبر توافق کردند. روبیو روز پنجشنبه گفت که پوتین در ماه سپتمبر و شی در ۱۵ حوت ۱۴۰۲ سفر کرده بودند."
	for _, e := range dates.Find(text, "fa", "2025-11-07") {
		fmt.Printf("%s → %s (%s, relative %v)\n", e.Text, e.Value, e.Precision, e.Relative)
	}
	// Output:
	// ششم نومبر → 2025-11-06 (day, relative true)
	// روز پنجشنبه → 2025-11-06 (day, relative true)
	// ماه سپتمبر → 2025-09 (month, relative true)
	// ۱۵ حوت ۱۴۰۲ → 2024-03-05 (day, relative false)
}

func ExampleFind_english() {
	for _, e := range dates.Find("Officials met on Thursday, a week after talks in June; the deal dates from Oct. 2, 1968.", "en", "2025-11-07") {
		fmt.Println(e.Text, e.Value, e.Precision)
	}
	// Output:
	// Thursday 2025-11-06 day
	// June 2025-06 month
	// Oct. 2, 1968 1968-10-02 day
}
