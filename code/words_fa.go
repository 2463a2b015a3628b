package code

import "khabar/text/fa"

// persian is the Persian word table, for Dari and Iranian Persian alike.
var persian = language{
	places: places(
		"با", "با", "همراه", "با", "به همراه", "با", "در کنار", "با", "همراه با", "با",
		"به", "به", "به سوی", "به", "به سمت", "به", "نزد", "به", "بسوی", "به",
		"از", "از", "میان", "میان", "بین", "میان", "مابین", "میان",
		"علیه", "علیه", "برضد", "علیه", "بر ضد", "علیه", "در برابر", "علیه", "در مقابل", "علیه", "ضد", "علیه",
		"برای", "برای", "بخاطر", "other", "به خاطر", "other",
		"در", "در", "بر", "بر", "در میان", "other", "از روی", "other", "تحت", "other",
		"توسط", "by", "از سوی", "by", "از طرف", "by", "از جانب", "by", "به دست", "by", "به وسیله", "by", "بوسیله", "by",
		// Prepositions that open no argument.
		"از طریق", "other", "از جمله", "other", "از زمان", "other", "از سال", "other",
		"به عنوان", "other", "به گفته", "other", "به گزارش", "other", "به دلیل", "other", "به منظور", "other",
		"به نام", "other", "به ویژه", "other", "به اتهام", "other", "به ظن", "other", "به تاریخ", "other",
		"در مورد", "other", "در باره", "other", "درباره", "other", "در زمینه", "other", "در حالی", "other",
		"در پی", "other", "در جریان", "other", "در حضور", "other", "در ارتباط", "other", "در بخش", "other",
		"بر اساس", "other", "بر مبنای", "other", "طی", "other", "پس", "other", "پیش", "other", "قبل", "other",
		"بعد", "other", "هنگام", "other", "زیر", "other", "روی", "other", "بالای", "other", "بدون", "other",
		"جز", "other", "مانند", "other", "مثل", "other", "طبق", "other", "مبنی", "other", "دربارهٔ", "other",
	),
	boundaries: words("که", "تا", "زیرا", "چون", "چونکه", "اما", "ولی", "لیکن", "بلکه", "اگر", "اگرچه",
		"گرچه", "هرچند", "چنانچه", "مگر", "وقتی", "هنگامیکه", "درحالیکه", "حالآنکه", "سپس"),
	conditional: words("اگر", "چنانچه", "درصورتیکه", "مگر", "آیا"),
	conj:        words("و", "یا"),
	object:      fa.FoldKey("را"),
	verbs:       persianVerbs(),
	// Words of hope, intention and plan: a trigger after them, in their
	// complement, is a promise (AGREE).
	intent: [][]string{
		{"امیدوار"}, {"امیدواریم"}, {"امیدوارند"}, {"امید", "است"}, {"قرار", "است"}, {"قرار", "شد"}, {"قرار", "بود"},
		{"قصد", "دارد"}, {"قصد", "دارند"}, {"تصمیم", "گرفت"}, {"تصمیم", "گرفتند"}, {"تصمیم", "دارد"},
		{"در", "نظر", "دارد"}, {"آماده", "است"}, {"آمادهاند"}, {"آماده", "اند"}, {"مایل", "است"}, {"مایلیم"},
		{"برنامه", "دارد"}, {"برنامه", "دارند"}, {"میخواهد"}, {"میخواهند"}, {"خواهان"},
	},
	// Speech verbs that, with a subjunctive complement, tell someone to
	// do something (REQUEST).
	request: [][]string{
		{"گفت"}, {"گفتند"}, {"میگوید"}, {"میگویند"}, {"گفته", "است"}, {"خواست"}, {"خواستند"}, {"خواسته", "است"},
	},
}

// persianVerbs generates the finite forms of the light verbs, the copula
// and the verbs of saying: standing alone, each ends a clause.
func persianVerbs() wordSet {
	// The third field says whether the bare present (کند, شوند) is a
	// verb: for the light verbs it is their subjunctive; the others take
	// ب, and their bare present forms are common words (روی, آید).
	// ساختن is left out: ساخت is mostly the noun "construction".
	stems := []struct {
		past, present string
		bare          bool
	}{
		{"کرد", "کن", true}, {"نمود", "نمای", true}, {"شد", "شو", true}, {"گردید", "گرد", true},
		{"بود", "باش", true}, {"داشت", "دار", true}, {"داد", "ده", true},
		{"گفت", "گوی", false}, {"افزود", "افزای", false}, {"گرفت", "گیر", false},
		{"خواند", "خوان", false}, {"نوشت", "نویس", false}, {"یافت", "یاب", false}, {"رفت", "رو", false}, {"آمد", "آی", false},
	}
	pastEnd := []string{"", "م", "ی", "یم", "ید", "ند"}
	presEnd := []string{"م", "ی", "د", "یم", "ید", "ند"}
	perfect := []string{"", "ام", "ای", "است", "ایم", "اید", "اند"}
	var list []string
	for _, s := range stems {
		for _, neg := range []string{"", "ن"} {
			for _, e := range pastEnd {
				list = append(list, neg+s.past+e, neg+"می"+s.past+e)
			}
			for _, e := range perfect {
				list = append(list, neg+s.past+"ه"+e)
			}
			for _, e := range presEnd {
				list = append(list, neg+"می"+s.present+e)
				if s.bare || neg != "" {
					list = append(list, neg+s.present+e)
				}
			}
		}
	}
	for _, e := range []string{"م", "ی", "", "یم", "ید", "ند"} {
		list = append(list, "هست"+e, "نیست"+e)
	}
	list = append(list, "است", "اند", "میباشد", "میباشند", "باشد", "باشند", "دانست", "خوانده",
		// a pronoun with the copula in one word
		"اوست", "آنست", "اینست", "ماست", "شماست", "ایشانست")
	return words(list...)
}
