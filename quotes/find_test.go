package quotes

import (
	"fmt"
	"khabar/recognize"
	"sort"
	"strings"
	"testing"
)

// want is one expected quote: its speaker, whether it is direct, and a
// piece of its words.
type want struct {
	speaker string
	direct  bool
	words   string
}

// quoteCase is one article and the quotes expected from it (all of them:
// a named speaker not listed fails the case).
type quoteCase struct {
	name string
	lang string
	body string
	want []want
}

func runQuoteCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ents := findIn(t, c.lang, c.body)
			for _, q := range got {
				if q.Text != c.body[q.Start:q.End] {
					t.Errorf("Text %q is not body[%d:%d] %q", q.Text, q.Start, q.End, c.body[q.Start:q.End])
				}
			}
			for _, w := range c.want {
				ok := false
				for _, q := range got {
					if q.Speaker == w.speaker && q.Direct == w.direct && strings.Contains(q.Text, w.words) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("missing %s (direct %v) saying %q\ngot:%s\nentities: %s", w.speaker, w.direct, w.words, describeQuotes(got), describeEntities(ents))
				}
			}
			for _, q := range got {
				expected := false
				for _, w := range c.want {
					expected = expected || q.Speaker == w.speaker
				}
				if !expected {
					t.Errorf("unexpected quote by %q: %q\ngot:%s", q.Speaker, q.Text, describeQuotes(got))
				}
			}
		})
	}
}

func describeQuotes(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n  s%d %s [%s] direct=%v anon=%v %q", q.Sentence, q.Speaker, q.SpeakerEntity, q.Direct, q.Anonymous, q.Text)
	}
	return b.String()
}

func describeEntities(es []recognize.Entity) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, fmt.Sprintf("%s:%s:%s=%s[%s]", e.ID, e.Type, e.Text, e.Canonical, e.Source))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// TestPersianDirect covers direct quotes in Dari and Iranian Persian.
func TestPersianDirect(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// X گفت: «…»: a speaker with an apposition, a time and a place before the verb.
		{"colon after گفت", "fa", "امیرخان متقی، وزیر خارجهٔ طالبان، روز دوشنبه در کابل گفت: «ما خواهان روابط خوب با همه کشورهای همسایه هستیم.»",
			[]want{{"Amir Khan Muttaqi", true, "روابط خوب"}}},
		// X افزود: «…» with the speaker a pronoun for the person named before.
		{"افزود after a pronoun", "fa", "سرگئی لاوروف روز سه‌شنبه در مسکو با همتای ایرانی خود دیدار کرد. وی افزود: «این همکاری به سود هر دو کشور است.»",
			[]want{{"Sergey Lavrov", true, "به سود هر دو کشور"}}},
		// X تأکید کرد: «…»: a compound verb.
		{"compound verb تأکید کرد", "fa", "عباس عراقچی تأکید کرد: «ایران به تعهدات خود پایبند است.»",
			[]want{{"Abbas Araghchi", true, "پایبند"}}},
		// «…»، X گفت.: the quotation before the speaker.
		{"quotation before the speaker", "fa", "«ما برای گفت‌وگو آماده هستیم»، عباس عراقچی گفت.",
			[]want{{"Abbas Araghchi", true, "آماده هستیم"}}},
		// «…» X خواند: a quoted phrase with the speaker as subject.
		{"quoted phrase with خواند", "fa", "شهباز شریف این دیدار را «نقطهٔ عطفی در روابط دو کشور» خواند.",
			[]want{{"Shehbaz Sharif", true, "نقطهٔ عطفی"}}},
		// A quotation of two sentences is one quote, from the speaker of the first.
		{"multi-sentence quotation", "fa", "آنتونیو گوترش گفت: «جنگ باید پایان یابد. مردم غیرنظامی بهای این جنگ را می‌پردازند.»",
			[]want{{"António Guterres", true, "بهای این جنگ"}}},
		// A quotation over two paragraphs: the first leaves it open, the second closes it.
		{"multi-paragraph quotation", "fa", "آنتونیو گوترش گفت: «جنگ باید پایان یابد.\nمردم غیرنظامی بهای این جنگ را می‌پردازند.»",
			[]want{{"António Guterres", true, "بهای این جنگ"}}},
		// A paragraph in quotation marks right after a quote carries it on.
		{"quotation paragraph after a quote", "fa", "عباس عراقچی گفت: «ما آماده گفت‌وگو هستیم.»\n«اما زیر فشار مذاکره نمی‌کنیم.»",
			[]want{{"Abbas Araghchi", true, "آماده گفت‌وگو"}, {"Abbas Araghchi", true, "زیر فشار"}}},
		// Dari with straight quotes and no space after the colon.
		{"straight quotes in Dari", "fa", "ذبیح‌الله مجاهد گفت:\"امارت اسلامی به هیچ کس اجازه نمی دهد از خاک افغانستان علیه دیگران استفاده کند\".",
			[]want{{"Zabihullah Mujahid", true, "اجازه نمی دهد"}}},
		// A quoted phrase in a sentence with no speech verb goes to the subject.
		{"quoted phrase with no speech verb", "fa", "مسعود پزشکیان از «همکاری سازنده و دوستانه» دو کشور قدردانی کرد.",
			[]want{{"Masoud Pezeshkian", true, "همکاری سازنده"}}},
		// A name in quotation marks is no quote.
		{"a quoted name", "fa", "طالبان طرحی به نام «بازسازی ملی» را معرفی کردند.", nil},
	})
}

// TestPersianIndirect covers indirect quotes in Dari and Iranian Persian.
func TestPersianIndirect(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// X گفت که …
		{"گفت که", "fa", "ذبیح‌الله مجاهد، سخنگوی طالبان، گفت که این حمله کار گروه‌های مخالف است.",
			[]want{{"Zabihullah Mujahid", false, "کار گروه‌های مخالف"}}},
		// X گفت … without که.
		{"گفت without که", "fa", "مسعود پزشکیان گفت ایران خواهان صلح در منطقه است.",
			[]want{{"Masoud Pezeshkian", false, "خواهان صلح"}}},
		// Present tense in Dari, written without a half-space: میگوید.
		{"present tense میگوید", "fa", "امیرخان متقی میگوید که افغانستان برای سرمایه گذاری امن است.",
			[]want{{"Amir Khan Muttaqi", false, "سرمایه گذاری"}}},
		// Present perfect: گفته است.
		{"present perfect گفته است", "fa", "سرگئی لاوروف گفته است که مسکو از این طرح حمایت می‌کند.",
			[]want{{"Sergey Lavrov", false, "حمایت می‌کند"}}},
		// به گفتهٔ X، …
		{"به گفتهٔ", "fa", "به گفتهٔ سرگئی لاوروف، مذاکرات هفتهٔ آینده ادامه خواهد یافت.",
			[]want{{"Sergey Lavrov", false, "مذاکرات هفتهٔ آینده"}}},
		// به گزارش X، …: a news agency as the source.
		{"به گزارش a news agency", "fa", "به گزارش خبرگزاری رویترز، دست‌کم ده نفر در این انفجار کشته شدند.",
			[]want{{"Reuters", false, "ده نفر"}}},
		// X اعلام کرد که … with a state as the speaker.
		{"اعلام کرد که", "fa", "پاکستان اعلام کرد که گذرگاه تورخم را بازگشایی می‌کند.",
			[]want{{"Pakistan", false, "تورخم"}}},
		// او به خبرگزاری آسوشیتدپرس گفت که …: the pronoun's antecedent speaks, the agency listens.
		{"pronoun speaker, agency addressee", "fa", "شهباز شریف روز جمعه وارد تهران شد. او به خبرگزاری آسوشیتدپرس گفت که روابط دو کشور در حال گسترش است.",
			[]want{{"Shehbaz Sharif", false, "روابط دو کشور"}}},
		// Two speakers joined by و.
		{"coordinated speakers", "fa", "ایران و پاکستان اعلام کردند که مرز مشترک را بازگشایی می‌کنند.",
			[]want{{"Iran", false, "مرز مشترک"}, {"Pakistan", false, "مرز مشترک"}}},
		// A named speaker among an anonymous group: از جمله X.
		{"including a named speaker", "fa", "حامیان این طرح، از جمله مسعود پزشکیان، معتقدند که اقتصاد کشور بهبود می‌یابد.",
			[]want{{"Masoud Pezeshkian", false, "اقتصاد کشور"}}},
		// A title alone names the person of the article who holds the office.
		{"title for a person named before", "fa", "عباس عراقچی روز شنبه به مسکو سفر کرد. وزیر خارجهٔ ایران گفت که دو کشور توافق‌های تازه‌ای امضا می‌کنند.",
			[]want{{"Abbas Araghchi", false, "توافق‌های تازه"}}},
		// A dropped subject: the speaker of the sentence before.
		{"dropped subject", "fa", "عباس عراقچی گفت که ایران آماده گفت‌وگو است. اما تأکید کرد که تحریم‌ها باید لغو شوند.",
			[]want{{"Abbas Araghchi", false, "آماده گفت‌وگو"}, {"Abbas Araghchi", false, "تحریم‌ها"}}},
		// A ministry the lexicon names.
		{"named ministry", "fa", "وزارت خارجهٔ پاکستان اعلام کرد که سفیر افغانستان احضار شده است.",
			[]want{{"Ministry of Foreign Affairs of Pakistan", false, "احضار"}}},
		// An agent as speaker: the phrase as written.
		{"agent with its place", "fa", "پولیس کابل گفت که دو مظنون بازداشت شده‌اند.",
			[]want{{"پولیس کابل", false, "دو مظنون"}}},
		// An agent stands for the named organisation of the article that holds its word.
		{"agent for a named organisation", "fa", "فرماندهی پولیس کابل اعلام کرد که انفجار در غرب شهر رخ داد. پولیس گفت که دو نفر زخمی شده‌اند.",
			[]want{{"فرماندهی پولیس کابل", false, "انفجار"}, {"فرماندهی پولیس کابل", false, "دو نفر"}}},
		// Anonymous officials are left out.
		{"anonymous officials", "fa", "مقام‌های امریکایی گفتند نشست به خوبی برگزار شد.", nil},
		// A hope to act is an event, not a quote.
		{"announced hope", "fa", "پاکستان اعلام کرد امیدوار است به این پیمان بپیوندد.", nil},
		// A verb of saying inside a quotation is part of the quote.
		{"verb inside a quotation", "fa", "عباس عراقچی گفت: «ما بارها گفته‌ایم که آماده هستیم.»",
			[]want{{"Abbas Araghchi", true, "بارها گفته‌ایم"}}},
	})
}

// TestEnglish covers English direct and indirect quotes.
func TestEnglish(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// "…," X said.
		{"quotation then X said", "en", "\"We will not accept any conditions,\" Sergei Lavrov said on Tuesday.",
			[]want{{"Sergey Lavrov", true, "any conditions"}}},
		// "…," said X, apposition.
		{"said X after the quotation", "en", "\"The talks were useful,\" said Antonio Guterres, the UN secretary-general.",
			[]want{{"António Guterres", true, "talks were useful"}}},
		// X said: "…"
		{"X said colon", "en", "Antonio Guterres said: \"The war must end.\"",
			[]want{{"António Guterres", true, "war must end"}}},
		// X said that …
		{"said that", "en", "Shehbaz Sharif said that Pakistan wants peace with its neighbours.",
			[]want{{"Shehbaz Sharif", false, "wants peace"}}},
		// X said … without that.
		{"said without that", "en", "Abbas Araghchi said Iran was ready for talks.",
			[]want{{"Abbas Araghchi", false, "ready for talks"}}},
		// TITLE, X, said …: the name in apposition after a title speaks.
		{"title, name, said", "en", "The ministry's spokesman, Abdul Mutalib Haqqani, said the neighbouring countries should give migrants time.",
			[]want{{"Abdul Mutalib Haqqani", false, "give migrants time"}}},
		// according to X, …
		{"according to", "en", "According to Reuters, at least ten people were killed in the blast.",
			[]want{{"Reuters", false, "ten people"}}},
		// X told Reuters that …: the pronoun speaks, Reuters listens.
		{"told an agency", "en", "Shehbaz Sharif arrived in Tehran on Friday. He told Reuters that the deal was signed.",
			[]want{{"Shehbaz Sharif", false, "deal was signed"}}},
		// Anonymous officials are left out.
		{"anonymous officials", "en", "Officials said the meeting went well.", nil},
		// …, the ministry said.: the speaker after the report, an agent named by its phrase.
		{"report then agent said", "en", "At least ten people died in the attack, the foreign ministry said.",
			[]want{{"foreign ministry", false, "ten people died"}}},
		// X, apposition, said …
		{"apposition between speaker and verb", "en", "Antonio Guterres, the UN secretary-general, said the war must end.",
			[]want{{"António Guterres", false, "war must end"}}},
		// X and Y have warned that …
		{"coordinated speakers", "en", "Iran and Pakistan have warned that the border will stay closed.",
			[]want{{"Iran", false, "border will stay closed"}, {"Pakistan", false, "border will stay closed"}}},
		// X, which …, insists that …
		{"relative clause before the verb", "en", "Iran, which denies the charge, insists that its programme is peaceful.",
			[]want{{"Iran", false, "programme is peaceful"}}},
		// X called the visit "…": a quoted phrase after a calling verb.
		{"called", "en", "Shehbaz Sharif called the visit \"a new chapter in our relations.\"",
			[]want{{"Shehbaz Sharif", true, "new chapter"}}},
		// …, says Foreign Minister: a title that names the person of the article.
		{"says and a title", "en", "Sergei Lavrov met his Iranian counterpart in Moscow. The talks will resume next week, says Foreign Minister.",
			[]want{{"Sergey Lavrov", false, "resume next week"}}},
		// A quotation over two paragraphs.
		{"multi-paragraph quotation", "en", "Antonio Guterres said: \"The war must end.\nCivilians are paying the price.\"",
			[]want{{"António Guterres", true, "paying the price"}}},
		// …, saying …: the participle's subject is the sentence's subject.
		{"saying", "en", "Reuters published a report on Friday, saying the border would reopen.",
			[]want{{"Reuters", false, "border would reopen"}}},
		// supporters, including X, argue that …
		{"including", "en", "Supporters of the plan, including Shehbaz Sharif, argue that it will help the economy.",
			[]want{{"Shehbaz Sharif", false, "help the economy"}}},
		// A weak verb with no report is no quote.
		{"warned against", "en", "Abbas Araghchi warned against foreign interference.", nil},
		// A noun that looks like a verb is no quote.
		{"reports as a noun", "en", "There were no reports of violence in Kabul.", nil},
	})
}

// TestFindOddDocs checks documents Find must take without a fault: empty,
// in another language, with no alignment, with entities out of range.
func TestFindOddDocs(t *testing.T) {
	if got := Find(recognize.Doc{}, nil); len(got) != 0 {
		t.Errorf("empty doc: %v", got)
	}
	d := makeDoc("fa", "", "عباس عراقچی گفت: «ایران آماده است.»")
	ps := d
	ps.Lang = "ps"
	if got := Find(ps, nil); len(got) != 0 {
		t.Errorf("Pashto doc: %v", got)
	}
	en := makeDoc("en", "", "Abbas Araghchi said: \"Iran is ready.\"")
	en.Align = nil
	bad := []recognize.Entity{{ID: "e1", Type: "PER", Canonical: "X", Start: -4, End: 900}, {ID: "e2", Type: "PER", Canonical: "Y", Start: 5, End: 2}}
	for _, doc := range []recognize.Doc{d, en} {
		ents := append(testRecognizer(t).Recognize(doc), bad...)
		for _, q := range Find(doc, ents) {
			if q.Start < 0 || q.End > len(doc.Body) || q.Text != doc.Body[q.Start:q.End] {
				t.Errorf("bad span %d-%d in %q", q.Start, q.End, doc.Body)
			}
		}
	}
}

// TestFindConcurrent runs Find on one document from several goroutines
// (run with -race): the word lists are shared and read only.
func TestFindConcurrent(t *testing.T) {
	d := makeDoc("fa", "", "عباس عراقچی گفت: «ایران آماده است.»\nوی افزود که مذاکرات ادامه دارد.")
	ents := testRecognizer(t).Recognize(d)
	want := describeQuotes(Find(d, ents))
	done := make(chan string)
	for range 8 {
		go func() { done <- describeQuotes(Find(d, ents)) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Find gave %s, want %s", got, want)
		}
	}
}
