package amounts_test

import (
	"fmt"

	"khabar/amounts"
)

func ExampleFind() {
	s := "شرکت امریکایی ۷۰ درصد سهام را می‌گیرد و هزینهٔ پروژه ۱.۱ میلیارد دالر است؛ سران پنج کشور در ششم نومبر دیدار کردند."
	for _, a := range amounts.Find(s, "fa") {
		fmt.Printf("%s %g %s%q", a.Kind, a.Value, unit(a.Unit), a.Text)
		if a.Thing != "" {
			fmt.Printf(" (%s)", a.Thing)
		}
		fmt.Println()
	}
	// Output:
	// percent 70 "۷۰ درصد"
	// money 1.1e+09 USD "۱.۱ میلیارد دالر"
	// count 5 "پنج" (کشور)
}

func ExampleFind_english() {
	s := "Three airlines agreed to buy 37 Boeing jets; on November 6, 2025, a $2.5bn deal gave the group a 70% stake."
	for _, a := range amounts.Find(s, "en") {
		fmt.Printf("%s %g %s%q\n", a.Kind, a.Value, unit(a.Unit), a.Text)
	}
	// Output:
	// count 3 "Three"
	// count 37 "37"
	// money 2.5e+09 USD "$2.5bn"
	// percent 70 "70%"
}

// unit returns a currency code followed by a space, or nothing.
func unit(code string) string {
	if code == "" {
		return ""
	}
	return code + " "
}
