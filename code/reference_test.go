package code

import "testing"

// TestReactions codes reactions that name what they react to by a noun,
// and the other rules for stories of attacks, disasters and sanctions.
func TestReactions(t *testing.T) {
	runCases(t, []caseEvents{
		// A condemnation of "the attack" is aimed at whoever attacked.
		{name: "condemned the attack", lang: "en",
			text: "Taliban fighters attacked a Pakistani border post on Monday. Pakistan condemned the attack.",
			want: []string{"ACCUSE PAK→AFG"}},
		// The same in Persian: the noun with را before the verb.
		{name: "این حمله را محکوم کرد", lang: "fa",
			text: "نیروهای طالبان روز دوشنبه به یک پاسگاه مرزی پاکستان حمله کردند. پاکستان این حمله را محکوم کرد.",
			want: []string{"ACCUSE PAK→AFG"}},
		// Rejecting "the accusation" answers whoever accused.
		{name: "rejected the accusation", lang: "en",
			text: "Iran accused Pakistan of sheltering militants. Pakistan rejected the accusation.",
			want: []string{"REJECT PAK→IRN"}},
		// A reaction by the same actor later in the sentence shares the
		// one reacted to.
		{name: "condemned the sanctions and warned", lang: "en",
			text: "The United States imposed sanctions on Iran. Iran condemned the sanctions and warned that it would respond.",
			want: []string{"ACCUSE IRN→USA", "THREATEN IRN→USA"}},
		// An act by the reacting actor itself is not what it reacts to.
		{name: "not its own act", lang: "en",
			text: "Russia attacked Ukrainian ports. Russia defended the attack and condemned the criticism.",
			not:  []string{"REJECT"}},
		// The apposition after a Persian subject is no object.
		{name: "apposition is no object", lang: "fa",
			text: "طالبان به پاسگاه مرزی پاکستان حمله کردند. اسماعیل بقایی، سخنگوی وزارت خارجهٔ ایران، نیز این حمله را محکوم کرد.",
			want: []string{"ACCUSE IRN→AFG"}},
		// The Dari light verb ساختن stands for کردن.
		{name: "Dari ساخت", lang: "fa",
			text: "یک مهاجم انتحاری روز یکشنبه در شهر کابل خود را منفجر ساخت.",
			want: []string{"ASSAULT AFG→AFG"}},
		// The dead of an earthquake were killed by no one.
		{name: "earthquake deaths", lang: "en",
			text: "An earthquake struck Afghanistan's Baghlan province on Tuesday, killing 37 people and injuring 150.",
			not:  []string{"ASSAULT"}},
		// The dead of a flood, in Persian.
		{name: "سیلاب", lang: "fa",
			text: "سیلاب در ولایت بغلان افغانستان ۲۰ تن را کشت.",
			not:  []string{"ASSAULT"}},
		// Forces exchanging fire and killing soldiers are an attack.
		{name: "exchanged fire, killing", lang: "en",
			text: "Iranian and Pakistani border guards exchanged fire on Tuesday, killing three Pakistani soldiers.",
			want: []string{"ASSAULT IRN,PAK→PAK"}},
		// A sentence adverb set off by a comma is not the subject.
		{name: "Separately,", lang: "en",
			text: "Separately, the United States on Wednesday imposed sanctions on an Iranian drone maker.",
			want: []string{"SANCTION USA→IRN"}},
		// An opening place phrase ends at its comma when the names after
		// it run to the verb.
		{name: "In Ashgabat, X and Y signed", lang: "en",
			text: "In Ashgabat, Iran and Kazakhstan signed an agreement on a rail corridor.",
			want: []string{"SUPPORT IRN→KAZ"}},
		// "as" opens a clause of its own when names and a verb follow.
		{name: "as-clause in a headline", lang: "en",
			text: "Russia stages drills near the Afghan border as the US and the EU sanction an Iranian drone maker.",
			want: []string{"SANCTION USA,EU→IRN"}, not: []string{"ASSAULT"}},
		// "at least" is no place; the detained protesters are the home
		// country's.
		{name: "detained at least 14 protesters", lang: "en",
			text: "Workers protested in Mashhad, Iran. Police detained at least 14 protesters on Wednesday.",
			want: []string{"COERCE IRN→IRN"}},
		// Aid with no one named goes to the country it is sent to.
		{name: "aid to the place", lang: "en",
			text: "An earthquake struck northern Afghanistan. The European Union announced emergency aid for the survivors in Afghanistan.",
			want: []string{"AID EU→AFG"}},
		// A bare Persian stem after a preposition is the verbal noun:
		// the cultivation of cotton, not a killing.
		{name: "برای کشت پنبه", lang: "fa",
			text: "ازبکستان و ترکمنستان آب رود را برای کشت پنبه و گندم به کار می‌برند.",
			not:  []string{"ASSAULT"}},
		// A bare verb after one name is a noun (China demand), and a
		// demand of no one is no request.
		{name: "China demand grows", lang: "en",
			text: "Kazakhstan will triple tungsten output as China demand grows.",
			not:  []string{"REQUEST"}},
		// Names joined by و before the object are one subject.
		{name: "X و Y شرکت Z را تحریم کردند", lang: "fa",
			text: "آمریکا و اتحادیه اروپا یک شرکت سازنده پهپاد ایرانی را تحریم کردند.",
			want: []string{"SANCTION USA,EU→IRN"}},
		// Calling an act unlawful, the adjective quoted, condemns whoever
		// did it; a verb after و is a second act, not its complement.
		{name: "«غیرقانونی» خواند و هشدار داد", lang: "fa",
			text: "آمریکا ایران را تحریم کرد. بقائی این تحریم‌ها را «غیرقانونی و غیرموجه» خواند و هشدار داد ایران پاسخ خواهد داد.",
			want: []string{"ACCUSE IRN→USA", "THREATEN IRN→USA"}},
		// Speaking to someone by telephone is a phone call.
		{name: "spoke to X by telephone", lang: "en",
			text: "Iranian Foreign Minister Abbas Araghchi spoke to Pakistan's Ishaq Dar by telephone on Wednesday.",
			want: []string{"CONSULT IRN→PAK"}},
		// A call for talks with X asks X.
		{name: "call for talks with X", lang: "en",
			text: "Uzbekistan and Turkmenistan call for talks with Kabul over the canal.",
			want: []string{"REQUEST UZB,TKM→AFG"}},
		// Aid or trade that grows or falls is a quantity, not an act.
		{name: "aid has fallen", lang: "en",
			text: "Foreign aid to Afghanistan has fallen sharply. Iran's trade with Russia grew by 16 percent last year.",
			none: true},
		// The same in Persian.
		{name: "تجارت … رشد کرد", lang: "fa",
			text: "تجارت ایران و روسیه سال گذشته ۱۶ درصد رشد کرد.",
			none: true},
		// A hospital admitting the wounded concedes nothing.
		{name: "admitted 23 of the wounded", lang: "en",
			text: "The Italian-run Emergency hospital in Kabul has admitted 23 of the wounded.",
			not:  []string{"CONCEDE"}},
		// Criticism answers whoever demanded or found fault.
		{name: "rejected the criticism", lang: "en",
			text: "Uzbekistan urged Afghanistan to share its water data. The Taliban rejected the criticism.",
			want: []string{"REJECT AFG→UZB"}},
		// The common noun of an agent inside a trigger leaves it a
		// trigger: joint military exercises.
		{name: "joint military exercises", lang: "en",
			text: "Russia and Tajikistan began joint military exercises near the Afghan border on Tuesday.",
			want: []string{"COOPERATE RUS→TJK"}},
		// After a relative clause with its own verb, "and urged" takes
		// the main subject; officials in X are X.
		{name: "officials in X … and urged", lang: "en",
			text: "Officials in Uzbekistan have voiced concern over the canal that the Taliban administration is building in Afghanistan, and urged Kabul to hold talks.",
			want: []string{"REQUEST UZB→AFG"}},
		// An exchange of fire is a clash; طرفین names both sides.
		{name: "تبادل آتش کردند و طرفین توافق کردند", lang: "fa",
			text: "مرزبانان ایران و پاکستان روز سه‌شنبه با یکدیگر تبادل آتش کردند. عراقچی با دار گفت‌وگو کرد و طرفین توافق کردند کمیته‌ای مشترک تشکیل دهند.",
			want: []string{"ASSAULT IRN→PAK"}},
		// A threat is aimed at whoever its condition names.
		{name: "warned … if Iran did not", lang: "en",
			text: "France, Germany and Britain warned on Monday that they would restore UN sanctions if Iran did not resume full cooperation.",
			want: []string{"THREATEN FRA,DEU,GBR→IRN"}},
		// "as" before a short noun phrase and a present-tense verb opens
		// a clause: the first clause's names are not its subject.
		{name: "as European powers threaten", lang: "en",
			text: "Iran and the IAEA hold talks in Vienna as European powers threaten sanctions.",
			not:  []string{"THREATEN"}},
		// A complement with a subject of its own that names no one does
		// not take the speaker as its actor.
		{name: "said any use would meet", lang: "en",
			text: "Iranian foreign ministry spokesman Esmaeil Baghaei said any use of the mechanism would meet a proportionate response.",
			not:  []string{"AGREE", "CONSULT"}},
		// "the two presidents" are the last two people of two states
		// named, and "agreed to" before a verb is the main verb.
		{name: "the two presidents agreed to", lang: "en",
			text: "Putin held talks with Pezeshkian on energy cooperation. The two presidents agreed to speed up construction of the railway.",
			want: []string{"AGREE RUS→IRN"}},
		// "this committee" ends its phrase before the name of another
		// state: the committee accuses the Taliban.
		{name: "این کمیته طالبان را متهم کرد", lang: "fa",
			text: "کمیته دولتی امنیت ملی تاجیکستان روز چهارشنبه بیانیه داد. این کمیته طالبان را به ناتوانی در کنترل مرز متهم کرد.",
			want: []string{"ACCUSE TJK→AFG"}},
		// Expelling migrants is deporting them; expelling diplomats is a
		// sanction.
		{name: "اخراج مهاجران", lang: "fa",
			text: "پاکستان و ایران روز چهارشنبه هزاران تن از مهاجران افغانستانی را از خاک خود اخراج کردند.",
			want: []string{"COERCE PAK,IRN→AFG"}, not: []string{"SANCTION"}},
		{name: "expelled diplomats", lang: "en",
			text: "Poland expelled two Russian diplomats on Friday.",
			want: []string{"SANCTION POL→RUS"}},
		// After a semicolon, a clause with a subject of its own does not
		// take the first clause's.
		{name: "؛ second clause", lang: "fa",
			text: "ایران و آژانس بین‌المللی انرژی اتمی در وین گفتگو کردند؛ کشورهای اروپایی به فعال‌سازی مکانیسم ماشه تهدید کردند.",
			want: []string{"CONSULT IRN→IAEA"}, not: []string{"THREATEN"}},
		// A participle after a preposition, before its noun, is an
		// adjective: the release of detained activists.
		{name: "release of detained activists", lang: "en",
			text: "Students in Tehran chanted slogans, demanding the release of detained activists.",
			want: []string{"PROTEST IRN→IRN"}, not: []string{"COERCE"}},
		// An undated past event takes the date of the event told just
		// before it.
		{name: "context date", lang: "en",
			text: "On Thursday, Putin held talks with Pezeshkian in Bishkek. The two presidents agreed to speed up the railway.",
			want: []string{"AGREE RUS→IRN @2025-11-06"}},
		// Workers who strike stop work; "western" beside a place is a
		// direction, not abroad.
		{name: "workers strike", lang: "en",
			text: "Oil workers strike in western Kazakhstan over pay.",
			want: []string{"PROTEST KAZ→KAZ"}, not: []string{"ASSAULT"}},
		// A past verb after "and" is not under the modal before it.
		{name: "should be released and called on", lang: "en",
			text: "EU spokesperson Anitta Hipper said the organisers should be released and called on the Kazakh authorities to respect the right to protest.",
			want: []string{"REQUEST EU→KAZ"}},
		// Asking for the release of what another seized asks the captor.
		{name: "demanded the release", lang: "en",
			text: "Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on Thursday. Liberia demanded the immediate release of the tanker.",
			want: []string{"REQUEST LBR→IRN"}},
		// Officials from X, Y and Z who meet are those states.
		{name: "officials from X, Y and Z met", lang: "en",
			text: "Energy officials from Tajikistan, Kyrgyzstan and Pakistan met in Dushanbe on Wednesday.",
			want: []string{"CONSULT TJK→KGZ,PAK"}},
		// Approving a loan gives it: economic aid.
		{name: "approved a loan", lang: "en",
			text: "On Tuesday, the World Bank approved a loan of 250 million dollars to Pakistan.",
			want: []string{"AID WORLDBANK→PAK"}, not: []string{"SUPPORT"}},
		// Pledging money is a promise, not accepting a number of people;
		// aid pledged with no one named goes to the country it is for.
		{name: "pledged 25 million dollars", lang: "en",
			text: "A Qatari delegation arrived in Kabul on Monday. Qatar pledged 25 million US dollars in humanitarian aid for the provinces of Herat and Kandahar.",
			want: []string{"AGREE QAT→AFG"}},
		// کشتی is a ship, not "you killed".
		{name: "کشتی ship", lang: "fa",
			text: "کماندوهای سپاه با قایق‌های تندرو وارد کشتی شدند.",
			not:  []string{"ASSAULT"}},
		// After a complement in the subjunctive, a clause begun by و
		// goes back to the main clause: the request stands.
		{name: "از تهران خواست که … آزاد کند و … محکوم کرد", lang: "fa",
			text: "حکومت بریتانیا روز جمعه از تهران خواست که کشتی را بدون درنگ آزاد کند و توقیف آن را نقض قوانین بین‌المللی خواند و محکوم کرد.",
			want: []string{"REQUEST GBR→IRN"}},
		// "this strike" points back to the strike told before: no new
		// event; the arrested organisers are the home country's.
		{name: "این اعتصاب", lang: "fa",
			text: "کارگران نفت در غرب قزاقستان اعتصاب کردند. پولیس پنج تن از سازمان‌دهندگان اعتصاب را بازداشت کرد. روسیه این اعتصاب را یک موضوع داخلی قزاقستان می‌داند.",
			want: []string{"COERCE KAZ→KAZ"}, not: []string{"ASSAULT"}},
		// Approving a loan for X is aid to X; a promise to one's
		// counterparts from X and Y is made to X and Y.
		{name: "وامی … را برای پاکستان تصویب کرد", lang: "fa",
			text: "بانک جهانی روز سه‌شنبه وامی به ارزش ۲۵۰ میلیون دلار را برای پاکستان تصویب کرد.",
			want: []string{"AID WORLDBANK→PAK"}},
		{name: "به همتایان خود از پاکستان قول داد", lang: "fa",
			text: "عبداللطیف منصور، وزیر انرژی طالبان، به همتایان خود از پاکستان و تاجیکستان قول داد که امنیت خط را تأمین کنند.",
			want: []string{"AGREE AFG→PAK,TJK"}},
		// A state meeting in one of its own cities meets no one found.
		{name: "met in its own capital", lang: "en",
			text: "Taliban foreign minister Amir Khan Muttaqi met the delegation on Monday in Kabul.",
			not:  []string{"CONSULT"}},
		// An object pronoun is the object named before it, not a name
		// later in its phrase.
		{name: "accusing it of supplying Russia", lang: "en",
			text: "The United States imposed sanctions on an Iranian drone maker, accusing it of supplying Russia with drones.",
			want: []string{"ACCUSE USA→IRN"}},
		// Promising one's counterparts from X and Y promises X and Y;
		// officials of the two countries are the last two states named.
		{name: "promised his counterparts from X", lang: "en",
			text: "Abdul Latif Mansoor, the Taliban's minister of energy, promised his counterparts from Pakistan and Tajikistan that the Taliban would secure the line.",
			want: []string{"AGREE AFG→PAK,TJK"}},
		{name: "officials of the two countries agreed", lang: "en",
			text: "Tajikistan accused the Taliban of failing to control the border with Afghanistan. Border officials of the two countries met in Ishkashim and agreed to exchange information.",
			want: []string{"AGREE TJK→AFG", "CONSULT TJK→AFG"}},
		// Rejecting the criticism answers every critic of the last few
		// sentences.
		{name: "rejected the criticism of two", lang: "en",
			text: "France condemned the sentence on Monday and summoned the Iranian ambassador. Britain's Foreign Office also summoned Iran's ambassador in London. Iran rejected the criticism on Tuesday.",
			want: []string{"REJECT IRN→FRA,GBR"}},
		// به … زندان محکوم کرد passes a sentence.
		{name: "به هشت سال زندان محکوم کرد", lang: "fa",
			text: "دادگاه انقلاب تهران روز یکشنبه یک روزنامه‌نگار فرانسوی را به هشت سال زندان محکوم کرد.",
			want: []string{"COERCE IRN→FRA"}, not: []string{"ACCUSE"}},
		// A Persian verb after و shares the subject of the clause
		// before, past a time set off by a comma; بر X حمله کردند
		// attacks X.
		{name: "عبور کردند و بر … حمله کردند", lang: "fa",
			text: "روز یکشنبه، جنگجویان گروه ستیزه‌جوی جیش العدل از ایران عبور کردند و بر پوسته نیروهای مرزی پاکستان حمله کردند.",
			want: []string{"ASSAULT IRN→PAK"}},
		// A disaster noun with its plural ending still names a disaster.
		{name: "سیلاب‌های ناگهانی", lang: "fa",
			text: "سیلاب‌های ناگهانی روز سه‌شنبه در ولایت هرات دست‌کم ۳۷ تن را کشت و ۵۲ تن دیگر را زخمی کرد.",
			not:  []string{"ASSAULT"}},
		// Welcoming an agreement supports all its parties.
		{name: "welcomed the agreement", lang: "en",
			text: "Kyrgyzstan and Tajikistan signed a border treaty in Bishkek on Thursday. Russia welcomed the agreement later on Thursday.",
			want: []string{"SUPPORT RUS→KGZ,TJK"}},
		// Receiving delegations (هیأت‌ها را پذیرفت) is a visit to the
		// host, not an acceptance.
		{name: "هیأت‌ها را پذیرفت", lang: "fa",
			text: "شوکت میرضیایف، رئیس‌جمهور ازبکستان، هیأت‌های افغانستان و پاکستان را در اقامتگاه خود پذیرفت.",
			want: []string{"CONSULT AFG,PAK→UZB"}, not: []string{"AGREE"}},
		// Four states meeting together make every pair of them.
		{name: "multilateral pairs", lang: "en",
			text: "Energy officials from Tajikistan, Kyrgyzstan, Afghanistan and Pakistan met in Dushanbe on Wednesday.",
			want: []string{"CONSULT TJK→KGZ,AFG,PAK", "CONSULT KGZ→AFG,PAK", "CONSULT AFG→PAK"}},
	})
}

// TestHostMakesNoGuestPairs checks that several states meeting one host
// give pairs with the host only, none among the guests.
func TestHostMakesNoGuestPairs(t *testing.T) {
	_, coder := setup(t)
	evs := coder.Code(makeInput(t, "en", articleDate, "Putin met the presidents of Kazakhstan, Kyrgyzstan and Tajikistan in Moscow."))
	if !hasEvent(evs, "CONSULT RUS→KAZ,KGZ,TJK") {
		t.Errorf("want CONSULT RUS→KAZ,KGZ,TJK, got %s", describe(evs))
	}
	for _, e := range evs {
		for _, a := range e.Actor {
			if a.Code != "RUS" {
				t.Errorf("a guest acts: %s", describe(evs))
			}
		}
	}
}
