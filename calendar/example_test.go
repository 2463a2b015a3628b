package calendar_test

import (
	"fmt"

	"khabar/calendar"
)

func ExampleSolar_Gregorian() {
	g, err := calendar.Solar{Year: 1404, Month: 8, Day: 25}.Gregorian()
	fmt.Println(g, err)
	// Output: 2025-11-16 <nil>
}

func ExampleGregorian_Solar() {
	s, _ := calendar.Gregorian{Year: 2024, Month: 3, Day: 5}.Solar()
	fmt.Println(s, calendar.AfghanSolarMonths[s.Month-1], calendar.IranianSolarMonths[s.Month-1])
	// Output: 1402-12-15 حوت اسفند
}

func ExampleLookupMonth() {
	m, _ := calendar.LookupMonth("نومبر")
	fmt.Println(m.System, m.Month, m.CommonWord)
	m, _ = calendar.LookupMonth("حمل")
	fmt.Println(m.System, m.Month, m.CommonWord)
	// Output:
	// gregorian 11 false
	// solar 1 true
}

func ExampleParseOrdinal() {
	for _, s := range []string{"ششم", "۶م", "بیست و یکم", "سی‌ام"} {
		n, _ := calendar.ParseOrdinal(s)
		fmt.Print(n, " ")
	}
	// Output: 6 6 21 30
}
