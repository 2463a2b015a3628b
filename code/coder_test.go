package code

import (
	"slices"
	"strings"
	"testing"

	"khabar/code/cameo"
)

// caseEvents is one row of the table tests: a text, the events it must
// give ("TYPE A,B→C,D" with an optional " @DATE", " @-" for none), and the types it must
// not give. With none, the text must give no event at all.
type caseEvents struct {
	name string // the phenomenon
	lang string
	text string
	want []string
	not  []string
	none bool
}

// articleDate is the publication date the table texts are read against.
const articleDate = "2025-11-07"

func runCases(t *testing.T, cases []caseEvents) {
	t.Helper()
	_, coder := setup(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := coder.Code(makeInput(t, c.lang, articleDate, c.text))
			if c.none && len(evs) > 0 {
				t.Errorf("%s\nwant no event, got %s", c.text, describe(evs))
			}
			for _, w := range c.want {
				if !hasEvent(evs, w) {
					t.Errorf("%s\nwant %s, got %s", c.text, w, describe(evs))
				}
			}
			for _, typ := range c.not {
				for _, e := range evs {
					if e.Type == typ {
						t.Errorf("%s\nwant no %s, got %s", c.text, typ, describe(evs))
					}
				}
			}
		})
	}
}

// hasEvent reports whether evs holds the event described by w: "TYPE
// A,B→C @DATE", codes compared as sets, the date only when given.
func hasEvent(evs []Event, w string) bool {
	w, date, _ := strings.Cut(w, " @")
	typ, dyad, _ := strings.Cut(w, " ")
	a, r, _ := strings.Cut(dyad, "→")
	for _, e := range evs {
		if e.Type == typ && sameCodes(e.Actor, a) && sameCodes(e.Recipient, r) && (date == "" || e.Date == date || date == "-" && e.Date == "") {
			return true
		}
	}
	return false
}

func sameCodes(ps []Party, want string) bool {
	var got, ws []string
	for _, p := range ps {
		got = append(got, p.Code)
	}
	if want != "" {
		ws = strings.Split(want, ",")
	}
	slices.Sort(got)
	slices.Sort(ws)
	return slices.Equal(got, ws)
}

// TestFamiliesPersian codes one sentence of each trigger family in Persian
// (Dari and Iranian spellings alike).
func TestFamiliesPersian(t *testing.T) {
	runCases(t, []caseEvents{
		// AGREE: a list of subjects agreeing with a با partner
		{name: "agree", lang: "fa", text: "قزاقستان، قرغزستان و تاجیکستان با چین توافق کردند.", want: []string{"AGREE KAZ,KGZ,TJK→CHN"}},
		// CONSULT: a meeting with a با partner, the partner by adjective
		{name: "consult meeting", lang: "fa", text: "وزیر خارجه ایران با همتای پاکستانی خود در تهران دیدار کرد.", want: []string{"CONSULT IRN→PAK"}},
		// CONSULT visit: the visitor acts, the به country hosts
		{name: "consult visit", lang: "fa", text: "رئیس‌جمهور ترکیه به ازبکستان سفر کرد.", want: []string{"CONSULT TUR→UZB"}},
		// CONSULT host: the guest (از X) acts, the host receives
		{name: "consult host", lang: "fa", text: "ولادیمیر پوتین در مسکو از رئیس‌جمهور ترکیه میزبانی کرد.", want: []string{"CONSULT TUR→RUS"}},
		// SUPPORT: a contract signed between two sides (passive, میان)
		{name: "support signing", lang: "fa", text: "قراردادی میان افغانستان و ازبکستان امضا شد.", want: []string{"SUPPORT AFG→UZB"}},
		// COOPERATE promised: future tense becomes AGREE
		{name: "cooperate future", lang: "fa", text: "چین با پاکستان در زمینه انرژی همکاری خواهد کرد.", want: []string{"AGREE CHN→PAK"}, not: []string{"COOPERATE"}},
		// AID: help given to a به country
		{name: "aid", lang: "fa", text: "ژاپن به افغانستان ده میلیون دالر کمک کرد.", want: []string{"AID JPN→AFG"}},
		// CONCEDE: an apology to an از country
		{name: "concede apology", lang: "fa", text: "عراق از ترکیه عذرخواهی کرد.", want: []string{"CONCEDE IRQ→TUR"}},
		// REQUEST: asked از X that …, the complement absorbed
		{name: "request", lang: "fa", text: "روسیه از اوکراین خواست که نیروهای خود را خارج کند.", want: []string{"REQUEST RUS→UKR"}, not: []string{"RETREAT"}},
		// ACCUSE: two subjects accusing each other, the object by را
		{name: "accuse", lang: "fa", text: "هند و پاکستان یکدیگر را به نقض آتش‌بس متهم کردند.", want: []string{"ACCUSE IND→PAK"}},
		// THREATEN: subject and object in one bare phrase before را
		{name: "threaten", lang: "fa", text: "چین تایوان را تهدید کرد.", want: []string{"THREATEN CHN→TWN"}},
		// PROTEST: agents placed by the city of the clause, against an embassy
		{name: "protest", lang: "fa", text: "معترضان در برابر سفارت فرانسه در تهران تظاهرات کردند.", want: []string{"PROTEST IRN→FRA"}},
		// SANCTION: a nominal trigger with a light verb and علیه
		{name: "sanction", lang: "fa", text: "امریکا تحریم‌های تازه‌ای علیه ایران وضع کرد.", want: []string{"SANCTION USA→IRN"}},
		// COERCE: an arrest, subject and object split by a number
		{name: "coerce arrest", lang: "fa", text: "پولیس پاکستان سه تبعه افغانستان را بازداشت کرد.", want: []string{"COERCE PAK→AFG"}},
		// ASSAULT: an attack on a به place
		{name: "assault", lang: "fa", text: "اسرائیل به غزه حمله کرد.", want: []string{"ASSAULT ISR→PSE"}},
		// ACCUSE split: the charge inside the predicate (متهم به … کرد)
		{name: "accuse split", lang: "fa", text: "ایران امریکا را متهم به دخالت در امور داخلی کرد.", want: []string{"ACCUSE IRN→USA"}},
		// REQUEST split: what is asked for inside the predicate (خواستار … شد)
		{name: "request split", lang: "fa", text: "ترکیه از سوئد خواستار استرداد چند پناهجو شد.", want: []string{"REQUEST TUR→SWE"}},
		// AGREE split, Dari copula: متعهد به … میباشد
		{name: "agree split copula", lang: "fa", text: "حکومت ازبکستان متعهد به پرداخت سهم خود میباشد.", want: []string{"AGREE UZB→"}},
		// REJECT: paid no heed (negated only: اعتنایی نکرد)
		{name: "reject no heed", lang: "fa", text: "بلاروس به هشدارهای اتحادیه اروپا اعتنایی نکرد.", want: []string{"REJECT BLR→EU"}},
		// PROTEST: a campaign to boycott a referendum is a protest, not a sanction
		{name: "protest boycott vote", lang: "fa", text: "پویش تحریم همه‌پرسی در ارمنستان گسترش یافت.", want: []string{"PROTEST ARM→ARM"}, not: []string{"SANCTION"}},
		// CONSULT: a meeting in the present of داشتن (indicative without می)
		{name: "consult present dashtan", lang: "fa", text: "وزیر خارجه ایران امروز با همتای عراقی خود دیدار دارد.", want: []string{"CONSULT IRN→IRQ"}},
		// CONSULT visit, Dari: مواصلت کرد (arrived)
		{name: "consult arrival dari", lang: "fa", text: "رئیس‌جمهور قزاقستان به کابل مواصلت کرد.", want: []string{"CONSULT KAZ→AFG"}},
	})
}

// TestFamiliesEnglish codes one sentence of each trigger family in
// English.
func TestFamiliesEnglish(t *testing.T) {
	runCases(t, []caseEvents{
		// AGREE with what is agreed: agreed to buy from X
		{name: "agree to buy", lang: "en", text: "Uzbekistan agreed to buy wheat from Russia.", want: []string{"AGREE UZB→RUS"}, not: []string{"COOPERATE"}},
		// CONSULT: met with a partner named by adjective
		{name: "consult meet", lang: "en", text: "The Iranian foreign minister met with his Turkish counterpart in Ankara.", want: []string{"CONSULT IRN→TUR"}},
		// CONSULT host: the guest acts, the host receives
		{name: "consult host", lang: "en", text: "Putin hosted the Turkish president in Moscow.", want: []string{"CONSULT TUR→RUS"}},
		// SUPPORT: a plural subject signing, one side each
		{name: "support signing", lang: "en", text: "Kazakhstan and the United States signed an agreement on tungsten.", want: []string{"SUPPORT KAZ→USA"}},
		// AID: a noun after a light verb, its indirect object the recipient
		{name: "aid", lang: "en", text: "Japan gave Afghanistan $10 million in aid.", want: []string{"AID JPN→AFG"}},
		// CONCEDE: an apology to X
		{name: "concede", lang: "en", text: "Iraq apologized to Turkey.", want: []string{"CONCEDE IRQ→TUR"}},
		// RETREAT: a withdrawal from X
		{name: "retreat", lang: "en", text: "Russia withdrew its troops from Syria.", want: []string{"RETREAT RUS→SYR"}},
		// REQUEST: told X to do something, the complement absorbed
		{name: "request tell", lang: "en", text: "Syria told Turkish forces to withdraw.", want: []string{"REQUEST SYR→TUR"}, not: []string{"RETREAT"}},
		// REQUEST needs its "to": told reporters is a quote frame, no event
		{name: "tell reporters", lang: "en", text: "A Kazakh ministry spokesman told reporters the mine would open in May.", not: []string{"REQUEST"}},
		// ACCUSE: accused X of something
		{name: "accuse", lang: "en", text: "India accused Pakistan of violating the ceasefire.", want: []string{"ACCUSE IND→PAK"}},
		// REJECT
		{name: "reject", lang: "en", text: "Russia rejected the Ukrainian proposal.", want: []string{"REJECT RUS→UKR"}},
		// THREATEN: the object is the recipient
		{name: "threaten", lang: "en", text: "China threatened Taiwan with military action.", want: []string{"THREATEN CHN→TWN"}},
		// PROTEST: the protesters take the country of the place
		{name: "protest", lang: "en", text: "Protesters demonstrated outside the French embassy in Tehran.", want: []string{"PROTEST IRN→FRA"}},
		// SANCTION: a multiword trigger with "on X"
		{name: "sanction", lang: "en", text: "The United States imposed new sanctions on Iran.", want: []string{"SANCTION USA→IRN"}},
		// MOBILIZE: troops sent toward a place of another state
		{name: "mobilize", lang: "en", text: "Pakistan deployed more troops to the Afghan border.", want: []string{"MOBILIZE PAK→AFG"}},
		// COERCE: an arrest, the arrested named by adjective
		{name: "coerce", lang: "en", text: "Pakistani police arrested two Afghan nationals on Monday.", want: []string{"COERCE PAK→AFG @2025-11-03"}},
		// ASSAULT: no target named, the place struck is the recipient
		{name: "assault place", lang: "en", text: "Israeli aircraft struck targets in Gaza.", want: []string{"ASSAULT ISR→PSE"}},
	})
}

// TestModes checks what the mode of the verb does to an event.
func TestModes(t *testing.T) {
	runCases(t, []caseEvents{
		// negation with the default policy drops the event
		{name: "negated meeting dropped", lang: "fa", text: "ایران با عربستان سعودی دیدار نکرد.", none: true},
		{name: "negated meeting dropped en", lang: "en", text: "Iran did not meet Saudi officials.", none: true},
		// negation flips an agreement into a refusal (the entry's negated: REJECT)
		{name: "negated agreement is REJECT", lang: "fa", text: "ایران با عربستان سعودی توافق نکرد.", want: []string{"REJECT IRN→SAU"}, not: []string{"AGREE"}},
		// future tense: a promise to cooperate is AGREE
		{name: "future is AGREE", lang: "en", text: "China will provide aid to Afghanistan.", want: []string{"AGREE CHN→AFG"}, not: []string{"AID"}},
		// hope with a subjunctive: امیدوار است … بپیوندد
		{name: "hope is AGREE", lang: "fa", text: "ترکمنستان امیدوار است به سازمان همکاری شانگهای بپیوندد.", want: []string{"AGREE TKM→SCO"}},
		{name: "hopes to join is AGREE", lang: "en", text: "Turkmenistan hopes to join the Shanghai Cooperation Organisation.", want: []string{"AGREE TKM→SCO"}},
		// a future attack is a threat, not an attack
		{name: "future attack is THREATEN", lang: "fa", text: "ایران گفت به اسرائیل حمله خواهد کرد.", want: []string{"THREATEN IRN→ISR"}, not: []string{"ASSAULT"}},
		// agreed that X buy: the purchase is what was agreed
		{name: "agreed that they buy", lang: "fa", text: "توافق شد که ازبکستان از روسیه گندم خریداری کند.", want: []string{"AGREE UZB→RUS"}, not: []string{"COOPERATE"}},
		// questions are not coded
		{name: "question fa", lang: "fa", text: "آیا ایران با امریکا مذاکره خواهد کرد؟", none: true},
		{name: "question en", lang: "en", text: "Will Iran attack Israel?", none: true},
		// conditionals are not coded
		{name: "conditional fa", lang: "fa", text: "اگر پاکستان به افغانستان حمله کند، طالبان پاسخ خواهند داد.", not: []string{"ASSAULT"}},
		{name: "conditional en", lang: "en", text: "If Iran attacks Israel, the United States will respond.", not: []string{"ASSAULT"}},
		// a purpose clause (تا + subjunctive) is no event of its own
		{name: "purpose not coded", lang: "fa", text: "هیئت ایرانی به کابل رفت تا با طالبان گفت‌وگو کند.", not: []string{"CONSULT"}},
		// a modal: what should happen has not happened
		{name: "modal not coded", lang: "en", text: "Britain and the EU should impose sanctions on Iran.", none: true},
		// an averted attack did not happen
		{name: "averted not coded", lang: "en", text: "The deal averted an assault by Syrian forces on the province.", not: []string{"ASSAULT"}},
		// reported speech and quotes are coded too
		{name: "reported speech", lang: "fa", text: "سخنگوی وزارت خارجه گفت که قزاقستان با ایران توافق کرده است.", want: []string{"AGREE KAZ→IRN"}},
		{name: "quotation", lang: "en", text: "\"Kazakhstan signed the agreement with Iran,\" the minister said.", want: []string{"SUPPORT KAZ→IRN"}},
	})
}

// TestArgumentPatterns checks where arguments are found.
func TestArgumentPatterns(t *testing.T) {
	runCases(t, []caseEvents{
		// an agent noun takes the country that follows it: مقام‌های ایران و عراق
		{name: "agent with countries", lang: "fa", text: "مقام‌های ایران و عراق در بغداد گفت‌وگو کردند.", want: []string{"CONSULT IRN→IRQ"}},
		// a passive with its agent (توسط): the subject is acted on
		{name: "passive agent", lang: "fa", text: "سه مهاجر افغان توسط پلیس ایران بازداشت شدند.", want: []string{"COERCE IRN→AFG"}},
		// a summit with no partner named: the host country is the place
		{name: "place as host", lang: "fa", text: "پوتین در نشست سران در تاجیکستان شرکت کرد.", want: []string{"CONSULT RUS→TJK"}},
		{name: "place as host en", lang: "en", text: "Putin attended a summit in Tajikistan.", want: []string{"CONSULT RUS→TJK"}},
		// between X and Y gives both sides
		{name: "between", lang: "en", text: "An agreement between Russia and Turkey was signed on Friday.", want: []string{"SUPPORT RUS→TUR"}},
		// a light verb نمود after a nominal predicate
		{name: "light verb nemud", lang: "fa", text: "وزیر خارجه افغانستان با سفیر چین ملاقات نمود.", want: []string{"CONSULT AFG→CHN"}},
		// a person stands for the state in their apposition
		{name: "apposition", lang: "en", text: "Marco Rubio, the US Secretary of State, met Kazakh officials in Astana.", want: []string{"CONSULT USA→KAZ"}},
		// a relative clause's subject is its head
		{name: "relative clause", lang: "fa", text: "رئیس‌جمهور ازبکستان که هفته گذشته به چین سفر کرد، گفت اقتصاد رشد می‌کند.", want: []string{"CONSULT UZB→CHN"}},
		// an object marked by را that names no actor: no recipient from the
		// clause after it (the تا clause's migrants are not the accused)
		{name: "unnamed object", lang: "fa", text: "ایران برخی کشورهای غربی را به دروغ‌پراکنی متهم کرد تا مهاجران افغان را بترسانند.", want: []string{"ACCUSE IRN→"}},
		// the two governments: the last two states named
		{name: "dual", lang: "en", text: "Armenia and Azerbaijan quarrelled for years. The two governments signed a settlement in June.", want: []string{"SUPPORT ARM→AZE @2025-06"}},
	})
}

// TestDates checks each event's date: its clause's own expression, kept
// even when the article is from another month.
func TestDates(t *testing.T) {
	runCases(t, []caseEvents{
		// month alone: the most recent such month not after the article
		{name: "month fa", lang: "fa", text: "رئیس‌جمهور چین در ماه جون به قزاقستان سفر کرد.", want: []string{"CONSULT CHN→KAZ @2025-06"}},
		{name: "month en", lang: "en", text: "Chinese President Xi Jinping visited Kazakhstan in June.", want: []string{"CONSULT CHN→KAZ @2025-06"}},
		// a weekday before the article date
		{name: "weekday", lang: "fa", text: "وزیر خارجه ایران روز دوشنبه با همتای پاکستانی خود دیدار کرد.", want: []string{"CONSULT IRN→PAK @2025-11-03"}},
		// ordinal day and month
		{name: "day and month", lang: "fa", text: "مقام‌های ازبکستان و جاپان در سوم نومبر توافق کردند.", want: []string{"AGREE UZB→JPN @2025-11-03"}},
		// two events, two dates, each in its own sentence
		{name: "own dates", lang: "fa", text: "پوتین در ماه سپتمبر به تاجیکستان سفر کرد.\nشی جینپینگ در ماه جون به قزاقستان سفر کرد.",
			want: []string{"CONSULT RUS→TJK @2025-09", "CONSULT CHN→KAZ @2025-06"}},
		// a past event is not dated after the article: next year is the
		// export's, not the signing's
		{name: "past, later date en", lang: "en", text: "Kazakhstan signed an agreement with China to export gas next year.", want: []string{"SUPPORT KAZ→CHN @-"}},
		{name: "past, later date fa", lang: "fa", text: "قزاقستان با چین قراردادی برای صادرات گاز در سال آینده امضا کرد.", want: []string{"SUPPORT KAZ→CHN @-"}},
		// a future event keeps it
		{name: "future, later date en", lang: "en", text: "Kazakhstan will sign an agreement with China next year.", want: []string{"AGREE KAZ→CHN @2026"}},
		{name: "future, later date fa", lang: "fa", text: "قزاقستان در سال آینده با چین قرارداد امضا خواهد کرد.", want: []string{"AGREE KAZ→CHN @2026"}},
	})
}

// TestEventFields checks the fields of one event against the body and
// the CAMEO table.
func TestEventFields(t *testing.T) {
	_, coder := setup(t)
	body := "ژاپن روز یکشنبه به افغانستان ده میلیون دالر کمک کرد."
	in := makeInput(t, "fa", articleDate, body)
	evs := coder.Code(in)
	if len(evs) != 1 {
		t.Fatalf("want one event, got %s", describe(evs))
	}
	e := evs[0]
	if body[e.Start:e.End] != e.Trigger || e.Trigger != "کمک کرد" {
		t.Errorf("trigger %q at %d:%d, body there %q", e.Trigger, e.Start, e.End, body[e.Start:e.End])
	}
	if e.EventText != body || e.Sentence != 0 || !slices.Equal(e.Mentions, []int{0}) {
		t.Errorf("sentence %d %q mentions %v", e.Sentence, e.EventText, e.Mentions)
	}
	c, ok := cameo.Lookup(e.CAMEO)
	if !ok || c.Type != e.Type || c.Goldstein != e.Goldstein || c.Quad != e.QuadCode {
		t.Errorf("CAMEO %s %v: event %s %.1f %d", e.CAMEO, c, e.Type, e.Goldstein, e.QuadCode)
	}
	if e.Date != "2025-11-02" || e.DatePrecision != "day" {
		t.Errorf("date %s %s", e.Date, e.DatePrecision)
	}
	if len(e.Amounts) != 1 || in.Amounts[e.Amounts[0]].Value != 10_000_000 {
		t.Errorf("amounts %v of %v", e.Amounts, in.Amounts)
	}
	if e.Actor[0].Entity == "" || e.Actor[0].Name != "Japan" || e.Actor[0].Sector != "GOV" {
		t.Errorf("actor %+v", e.Actor[0])
	}
	if e.Confidence <= 0.5 || e.Confidence > 0.95 {
		t.Errorf("confidence %.2f", e.Confidence)
	}
}

// TestDedup checks that an event reported twice is one event with two
// mentions, keeping the finer date.
func TestDedup(t *testing.T) {
	_, coder := setup(t)
	body := "قزاقستان و ایالات متحده توافق کردند.\nمقام‌های دو کشور گفتند قزاقستان روز پنجشنبه با ایالات متحده توافق کرد."
	evs := coder.Code(makeInput(t, "fa", articleDate, body))
	n := 0
	for _, e := range evs {
		if e.Type == "AGREE" {
			n++
			if !slices.Equal(e.Mentions, []int{0, 1}) || e.Date != "2025-11-06" || e.Sentence != 0 {
				t.Errorf("merged event: sentence %d mentions %v date %s", e.Sentence, e.Mentions, e.Date)
			}
		}
	}
	if n != 1 {
		t.Errorf("want one AGREE, got %s", describe(evs))
	}
}

// TestNoLanguage checks that articles in other languages and empty
// articles give no events and no panic.
func TestNoLanguage(t *testing.T) {
	_, coder := setup(t)
	if evs := coder.Code(Input{}); len(evs) != 0 {
		t.Errorf("empty input: %v", evs)
	}
	in := makeInput(t, "en", "", "")
	in.Doc.Lang = "ps"
	if evs := coder.Code(in); len(evs) != 0 {
		t.Errorf("Pashto: %v", evs)
	}
	var nilCoder *Coder
	if evs := nilCoder.Code(in); evs != nil {
		t.Errorf("nil coder: %v", evs)
	}
}

// TestConcurrent codes articles from several goroutines with one Coder
// (run with -race).
func TestConcurrent(t *testing.T) {
	_, coder := setup(t)
	ins := []Input{
		makeInput(t, "fa", articleDate, "قراردادی میان افغانستان و ازبکستان امضا شد."),
		makeInput(t, "en", articleDate, "Syria told Turkish forces to withdraw."),
	}
	want := []string{describe(coder.Code(ins[0])), describe(coder.Code(ins[1]))}
	done := make(chan string, 8)
	for g := range 8 {
		go func() { done <- describe(coder.Code(ins[g%2])) + "|" + want[g%2] }()
	}
	for range 8 {
		got, w, _ := strings.Cut(<-done, "|")
		if got != w {
			t.Errorf("concurrent run gave %s, want %s", got, w)
		}
	}
}
