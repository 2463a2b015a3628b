package recognize

import "testing"

func TestClubPatterns(t *testing.T) {
	runContextCases(t, []contextCase{
		// A word of the game right before a club whose name is a common word.
		{"players of", "بازیکنان استقلال امروز تمرین کردند.",
			[]wantEntity{{"استقلال", "ORG", "IRN", "", "pattern:club"}}, "", nil},
		// A two-word club after مقابل.
		{"against", "ما مقابل ذوب‌آهن با تمام وجود بازی می‌کنیم.",
			[]wantEntity{{"ذوب‌آهن", "ORG", "IRN", "", "pattern:club"}}, "", nil},
		// The club's city after it joins the name.
		{"club and city", "نفت اهواز امروز در لیگ دسته اول به میدان رفت.",
			[]wantEntity{{"نفت اهواز", "ORG", "", "", "pattern:club"}}, "", nil},
		// A European club named by its city, in a sentence about football.
		{"city club", "سرمربی تیم گفت تقابل با لیورپول سخت است.",
			[]wantEntity{{"لیورپول", "ORG", "GBR", "", "pattern:club"}}, "", nil},
		// A head noun before the club: the head is in the span.
		{"head", "تیم پرسپولیس در ورزشگاه آزادی به میدان رفت.",
			[]wantEntity{{"تیم پرسپولیس", "ORG", "IRN", "", "pattern:head"}}, "", nil},
		// The common word in a sentence with no word of the game: no club.
		{"no game", "مردم برای استقلال کشور جنگیدند.",
			nil, "ORG", []string{"استقلال"}},
		// Copper in a sentence about mining: no club.
		{"copper", "قیمت مس در بازار جهانی بالا رفت.",
			nil, "ORG", []string{"مس"}},
	})
}
