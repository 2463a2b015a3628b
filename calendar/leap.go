package calendar

import "sort"

// Supported Solar Hijri years.
const (
	MinSolarYear = 1
	MaxSolarYear = 3177
)

// breakYears are the Solar Hijri years at which the 33-year leap cycle is
// re-anchored to the astronomical calendar (the years where, over the
// centuries, the March equinox crosses Tehran noon and a cycle has to end
// early or late). Each pair of neighbours bounds one period; the last entry
// is the first year after the supported range. These are the published
// break years of the arithmetic Jalali calendar (Borkowski 1996).
var breakYears = [...]int{
	-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181,
	1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
}

// SolarLeap reports whether a Solar Hijri year has 366 days (a 30th of
// Esfand / Hoot). It is false outside MinSolarYear–MaxSolarYear.
//
// Within a period that starts at break year b, year b+n is leap when n mod
// 33 is 0, 4, 8, … 28: seven gaps of four years and one of five. The last
// five years of a period are counted instead from a cycle aligned with
// the period's end, which moves or removes a leap year there so that the
// next period can start with one.
func SolarLeap(year int) bool {
	if year < MinSolarYear || year > MaxSolarYear {
		return false
	}
	i := sort.SearchInts(breakYears[:], year+1) - 1 // last break ≤ year
	start, length := breakYears[i], breakYears[i+1]-breakYears[i]
	n := year - start
	if length-n < 6 {
		n += 33*((length+4)/33) - length
	}
	n %= 33
	return n%4 == 0 && n != 32
}

// nowruz[y-MinSolarYear] is the day number (see Gregorian.DayNumber) of
// 1 Farvardin of Solar Hijri year y.
var nowruz = buildNowruz()

// nowruzAnchor fixes the table: 1 Farvardin 1403 was 20 March 2024. Every
// other year follows from the lengths of the years between.
var nowruzAnchor = struct {
	year int
	day  Gregorian
}{1403, Gregorian{2024, 3, 20}}

func buildNowruz() []int {
	table := make([]int, MaxSolarYear-MinSolarYear+1)
	at := func(y int) *int { return &table[y-MinSolarYear] }
	*at(nowruzAnchor.year) = nowruzAnchor.day.DayNumber()
	for y := nowruzAnchor.year + 1; y <= MaxSolarYear; y++ {
		*at(y) = *at(y - 1) + solarYearLength(y-1)
	}
	for y := nowruzAnchor.year - 1; y >= MinSolarYear; y-- {
		*at(y) = *at(y + 1) - solarYearLength(y)
	}
	return table
}

func solarYearLength(year int) int {
	if SolarLeap(year) {
		return 366
	}
	return 365
}
