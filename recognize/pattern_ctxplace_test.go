package recognize

import "testing"

func TestContextPlacePatterns(t *testing.T) {
	runContextCases(t, []contextCase{
		// A shared name after a preposition of place: a place with no entry.
		{"after a preposition", "هر سه ورزشکار از کردستان بودند.",
			[]wantEntity{{"کردستان", "LOC", "", "", "pattern:place"}}, "", nil},
		// A short city name after a preposition: the lexicon's city.
		{"short name", "او سال‌ها در قم درس خواند.",
			[]wantEntity{{"قم", "LOC", "IRN", "", "pattern:place"}}, "", nil},
		// In a list after a known province.
		{"listed", "بارش باران در مازندران و گلستان ادامه دارد.",
			[]wantEntity{{"گلستان", "LOC", "IRN", "", "pattern:place"}}, "", nil},
		// The common word with no place around it: no place.
		{"common word", "گلستان سعدی کتابی مشهور است.",
			nil, "LOC", []string{"گلستان"}},
	})
}
