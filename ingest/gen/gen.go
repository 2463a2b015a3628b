package gen

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"khabar/article"
)

// country is one country as the templates name it.
type country struct{ en, fa string }

var countries = []country{
	{"Kazakhstan", "قزاقستان"}, {"Uzbekistan", "ازبکستان"}, {"Tajikistan", "تاجیکستان"},
	{"Turkmenistan", "ترکمنستان"}, {"Kyrgyzstan", "قرقیزستان"}, {"Iran", "ایران"},
	{"Afghanistan", "افغانستان"}, {"Pakistan", "پاکستان"}, {"China", "چین"},
	{"Russia", "روسیه"}, {"India", "هند"}, {"Turkey", "ترکیه"}, {"Japan", "جاپان"},
}

var goods = []struct{ en, fa string }{
	{"tungsten", "تنگستن"}, {"wheat", "گندم"}, {"cotton", "پنبه"}, {"electricity", "برق"},
	{"natural gas", "گاز طبیعی"}, {"copper", "مس"}, {"fertiliser", "کود کیمیاوی"},
}

var cities = []string{"Tashkent", "Almaty", "Dushanbe", "Herat", "Mashhad", "Quetta", "Kashgar", "Ashgabat"}
var citiesFa = []string{"تاشکند", "الماتی", "دوشنبه", "هرات", "مشهد", "کویته", "کاشغر", "عشق‌آباد"}

// englishSentences and persianSentences are the templates; %[1]s and
// %[2]s are two countries, %[3]s a good, %[4]d a number, %[5]s a city,
// %[6]s a weekday.
var englishSentences = []string{
	"The foreign minister of %[1]s met his counterpart from %[2]s in %[5]s on %[6]s.",
	"%[1]s signed an agreement with %[2]s to export %[4]d thousand tonnes of %[3]s next year.",
	"Officials said %[1]s accused %[2]s of blocking trucks carrying %[3]s at the border.",
	"The president of %[1]s invited the leader of %[2]s to visit %[5]s in the spring.",
	"Trade between %[1]s and %[2]s rose by %[4]d percent, driven by %[3]s, the customs office said.",
	"%[1]s promised %[2]s a loan of %[4]d million dollars for a railway to %[5]s.",
	"Talks on water sharing between %[1]s and %[2]s will resume in %[5]s, a spokesman said.",
	"Analysts expect the price of %[3]s to fall after the deal between %[1]s and %[2]s.",
}

var persianSentences = []string{
	"وزیر خارجه %[1]s روز %[6]s در %[5]s با همتای خود از %[2]s دیدار کرد.",
	"%[1]s و %[2]s قراردادی برای صادرات %[4]d هزار تن %[3]s امضا کردند.",
	"مقامات %[1]s، %[2]s را به بستن راه موترهای حامل %[3]s متهم کردند.",
	"رئیس‌جمهور %[1]s از رهبر %[2]s برای سفر به %[5]s دعوت کرد.",
	"تجارت میان %[1]s و %[2]s در سال گذشته %[4]d درصد افزایش یافت.",
	"%[1]s به %[2]s وعده داد که %[4]d میلیون دالر برای راه‌آهن %[5]s قرض بدهد.",
	"گفتگوها میان %[1]s و %[2]s درباره تقسیم آب در %[5]s ادامه می‌یابد.",
	"کارشناسان می‌گویند پس از توافق %[1]s و %[2]s قیمت %[3]s کاهش می‌یابد.",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var weekdaysFa = []string{"دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"}

// Generator makes articles; the same seed gives the same articles.
type Generator struct {
	// MinBytes, when above zero, makes every new body at least that long:
	// sentences are added until it is.
	MinBytes int

	r    *rand.Rand
	n    int
	past []article.Article
}

// New returns a generator seeded with seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Next returns the next article: about 45% Persian, 55% English, one in
// ten an edited copy of an earlier one. Every article carries a serial
// number, so that bodies differ.
func (g *Generator) Next() article.Article {
	g.n++
	if len(g.past) > 0 && g.r.IntN(10) == 0 {
		a := g.past[g.r.IntN(len(g.past))]
		a.SourceID = fmt.Sprintf("gen-%d", g.n)
		a.Body += " (" + fmt.Sprint(g.n) + ")"
		return a
	}
	persian := g.r.IntN(100) < 45
	a1 := countries[g.r.IntN(len(countries))]
	a2 := countries[g.r.IntN(len(countries))]
	for a2 == a1 {
		a2 = countries[g.r.IntN(len(countries))]
	}
	day := 1 + g.r.IntN(28)
	month := 1 + g.r.IntN(12)
	date := fmt.Sprintf("2025-%02d-%02d", month, day)
	var paras []string
	templates := englishSentences
	if persian {
		templates = persianSentences
	}
	k := 6 + g.r.IntN(6)
	size := 0
	for i := 0; i < k || size < g.MinBytes; i++ {
		good := goods[g.r.IntN(len(goods))]
		city := g.r.IntN(len(cities))
		wd := g.r.IntN(7)
		t := templates[g.r.IntN(len(templates))]
		x, y := a1, a2
		if i%3 == 2 { // a third country enters
			y = countries[g.r.IntN(len(countries))]
		}
		num := 5 + g.r.IntN(500)
		if persian {
			paras = append(paras, fmt.Sprintf(t, x.fa, y.fa, good.fa, num, citiesFa[city], weekdaysFa[wd]))
		} else {
			paras = append(paras, fmt.Sprintf(t, x.en, y.en, good.en, num, cities[city], weekdays[wd]))
		}
		size += len(paras[len(paras)-1]) + 1
	}
	serial := fmt.Sprintf("Report %d.", g.n)
	title := fmt.Sprintf("%s and %s: %s", a1.en, a2.en, serial)
	lang := "en"
	if persian {
		serial = fmt.Sprintf("گزارش شماره %d.", g.n)
		title = fmt.Sprintf("%s و %s، %s", a1.fa, a2.fa, serial)
		lang = "fa"
	}
	paras = append(paras, serial)
	a := article.Article{
		SourceID: fmt.Sprintf("gen-%d", g.n), Date: date, Title: title, Lang: lang,
		URL: fmt.Sprintf("https://news.example/%d", g.n), Body: strings.Join(paras, "\n"),
	}
	if len(g.past) < 1000 {
		g.past = append(g.past, a)
	} else {
		g.past[g.r.IntN(len(g.past))] = a
	}
	return a
}

// WriteJSONL writes n articles as JSON Lines in the reader's format.
func (g *Generator) WriteJSONL(w io.Writer, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for range n {
		a := g.Next()
		rec := map[string]string{"id": a.SourceID, "date": a.Date, "title": a.Title, "text": a.Body, "url": a.URL, "lang": a.Lang}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

// WriteDir writes n articles into dir, one file each (gen-N.txt) in the
// dated text format: "date YYYY-MM-DD " and the title on the first line,
// the body after it. The language is left for the reader to find.
func (g *Generator) WriteDir(dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for range n {
		a := g.Next()
		text := "date " + a.Date + " " + a.Title + "\n" + a.Body + "\n"
		if err := os.WriteFile(filepath.Join(dir, a.SourceID+".txt"), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
