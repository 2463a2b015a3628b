package langid

import (
	"math"
	"testing"
)

// TestDetectLanguage checks the language of short news texts in the
// languages khabar meets, with the traps each rule must avoid.
func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text, lang string
	}{
		// Dari news sentence: Persian function words, Afghan vocabulary.
		{"dari", "پولیس ولایت هرات می‌گوید که در نتیجهٔ انفجار یک ماین کنار سرک در ولسوالی شیندند سه تن کشته شدند.", "fa"},
		// Iranian news sentence.
		{"iranian", "به گزارش خبرگزاری ایرنا، پلیس استان خراسان رضوی اعلام کرد که دو قاچاقچی در مرز دستگیر شدند.", "fa"},
		// Persian typed with Arabic yeh and kaf: still Persian, not Arabic.
		{"persian with arabic yeh and kaf", "وزير خارجه اين كشور روز دوشنبه در يك نشست خبري گفت كه مذاكرات ادامه خواهد داشت.", "fa"},
		// Persian quoting an Arabic phrase: the Arabic words do not win.
		{"persian quoting arabic", "رئیس جمهور در پیام تسلیت خود با اشاره به آیهٔ «إنا لله و إنا إلیه راجعون» گفت که ملت در این غم شریک است.", "fa"},
		// Dari naming a place in Pashto spelling (ګ): one Pashto word is not Pashto.
		{"dari with a pashto name", "مقام‌های محلی در ولایت ننګرهار می‌گویند که کار بازسازی این پل تا پایان سال روان به پایان می‌رسد.", "fa"},
		// Pashto: Pashto-only letters (ښ ړ ټ ې ۍ) and function words (د په چې).
		{"pashto", "د کابل ښار په لویدیځ کې د یوې چاودنې له امله لږ تر لږه پنځه کسان ووژل شول او لس نور ټپیان شول.", "ps"},
		// Pashto government statement.
		{"pashto statement", "د اطلاعاتو او کلتور وزارت ویلي چې د هېواد په شمال کې سیلابونو ډېر زیانونه اړولي او زرګونه کورنۍ بې کوره شوې دي.", "ps"},
		// Arabic: article ال-, ة, Arabic function words, no پ چ ژ گ.
		{"arabic", "قال وزير الخارجية إن الحكومة ستعقد اجتماعا مع الوفد الأمريكي في العاصمة خلال الأسبوع المقبل لبحث الأوضاع الأمنية في المنطقة.", "ar"},
		// Arabic naming an Iranian official: one Persian name is not Persian.
		{"arabic with a persian name", "التقى الرئيس الإيراني مسعود پزشكيان بوزير الخارجية السعودي في طهران يوم الأحد لبحث العلاقات الثنائية.", "ar"},
		// Urdu: ے ں ہ and Urdu function words.
		{"urdu", "وزیر اعظم نے کہا ہے کہ حکومت ملک میں مہنگائی کم کرنے کے لیے نئے اقدامات کرے گی اور عوام کو ریلیف فراہم کیا جائے گا۔", "ur"},
		// Kurdish (Sorani): ڕ ڵ ێ.
		{"kurdish", "ئەم ڕاپۆرتە لە لایەن وەزارەتی تەندروستییەوە بڵاوکرایەوە و تێیدا هاتووە کە ژمارەی تووشبووان زیادی کردووە.", "ku"},
		// English news sentence.
		{"english", "The foreign minister said on Monday that talks with the delegation would continue in the capital next week.", "en"},
		// English headline without function words: left to whatlanggo.
		{"english headline", "Taliban government announces new restrictions on women working for international organisations", "en"},
		// English with a Persian name in Arabic script: the Latin majority wins.
		{"english quoting persian", "The spokesman, Zabihullah Mujahid (ذبیح‌الله مجاهد), said the government had not been informed of the decision.", "en"},
		// Persian with an English name in parentheses: the Arabic-script majority wins.
		{"persian quoting english", "شرکت کانادایی نورت استار مایننگ (North Star Mining) با شرکت دولتی معادن تاجیکستان همکاری خواهد کرد.", "fa"},
		// Russian, decided by whatlanggo.
		{"russian", "Президент России провёл переговоры с лидерами стран Центральной Азии и обсудил вопросы торговли и безопасности.", "ru"},
		// German, decided by whatlanggo.
		{"german", "Die Bundesregierung hat am Montag neue Hilfen für die Flüchtlinge in den Nachbarländern Afghanistans angekündigt.", "de"},
		// Empty text.
		{"empty", "", ""},
		// Digits and punctuation only.
		{"digits only", "۱۲۳۴ - 5678 / ٩٨٧ : 2025-11-07", ""},
		// Very short text: one word is too few letters to tell.
		{"very short", "کابل", ""},
		// Very short Latin text.
		{"very short latin", "OK 2025", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Detect(tc.text)
			if r.Lang != tc.lang {
				t.Errorf("Detect(%q).Lang = %q (confidence %.2f), want %q", tc.text, r.Lang, r.Confidence, tc.lang)
			}
			if r.Confidence < 0 || r.Confidence > 1 || math.IsNaN(r.Confidence) {
				t.Errorf("confidence %v out of [0, 1]", r.Confidence)
			}
			if r.Lang != "fa" && (r.Variant != "" || len(r.Evidence) > 0) {
				t.Errorf("non-Persian text has variant %q and evidence %v", r.Variant, r.Evidence)
			}
		})
	}
}

// TestDetectVariant checks the variant of Persian news sentences, written
// for these tests in the usage of Kabul and Tehran media.
func TestDetectVariant(t *testing.T) {
	tests := []struct {
		name, text, variant string
	}{
		// Afghan administration and police: ولسوالی, پولیس, قوماندان.
		{"dari district police", "قوماندانی امنیهٔ ولایت بلخ اعلام کرد که پولیس در ولسوالی چهاربولک دو تن را به اتهام قاچاق مواد مخدر بازداشت کرده است.", Dari},
		// Afghan money, month and aeroplane: دالر, جنوری, طیاره.
		{"dari money and months", "بانک جهانی در ماه جنوری ۵۰ میلیون دالر برای بازسازی میدان هوایی هرات و خرید دو طیارهٔ باربری اختصاص داد.", Dari},
		// Afghan solar date: حمل is "transport" elsewhere, a month here.
		{"dari solar date", "این قرارداد روز دوشنبه ۱۵ حمل ۱۴۰۳ در شاروالی کابل به امضا رسید.", Dari},
		// Afghan health and school words: شفاخانه, داکتر, مکاتب, معارف.
		{"dari health and schools", "داکتران شفاخانهٔ صحت طفل می‌گویند که شمار اطفال مبتلا به سوءتغذی افزایش یافته و وزارت معارف نیز از بسته ماندن مکاتب در ولایت‌های سردسیر خبر داده است.", Dari},
		// Afghan text typed with Arabic yeh and kaf (ولسوالي, پوليس).
		{"dari with arabic letters", "پوليس ولسوالي پغمان مي‌گويد كه اين حادثه در ساعت ۸ صبح رخ داده است.", Dari},
		// Afghan text with half-spaces dropped: شفاخانهها, ولسوالیها.
		{"dari without half-spaces", "به گفتهٔ مقامها، شفاخانهها و مکاتب در ولسوالیهای شمالی آسیب دیدهاند و پولیس کمکرسانی میکند.", Dari},
		// Iranian administration and police: استان, شهرستان, پلیس, فرماندار.
		{"iranian province police", "فرماندار شهرستان زاهدان گفت پلیس استان سیستان و بلوچستان سه نفر را در ارتباط با این حادثه بازداشت کرده است.", Iranian},
		// Iranian money and month: دلار, ژانویه, هواپیما.
		{"iranian money and months", "قیمت هر دلار آمریکا در بازار آزاد تهران در ماه ژانویه از ۶۰ هزار تومان گذشت و دو فروند هواپیما نیز خریداری شد.", Iranian},
		// Iranian solar date: تیر is "arrow" elsewhere, a month here.
		{"iranian solar date", "دادستان تهران روز ۱۲ تیر ۱۴۰۳ از تشکیل پرونده برای مدیران این شرکت خبر داد.", Iranian},
		// Iranian words with the half-space typed as a space: دانش آموزان, آتش نشانی.
		{"iranian spaced half-spaces", "به گفتهٔ سخنگوی آتش نشانی، دانش آموزان این دبیرستان پیش از رسیدن نیروهای اورژانس از ساختمان خارج شدند.", Iranian},
		// Iranian adjective from a marker: آمریکایی counts as آمریکا.
		{"iranian adjective", "مقام‌های آمریکایی و اروپایی در وین با نمایندگان ایران دیدار کردند و دبیرکل آژانس نیز در این نشست حضور داشت.", Iranian},
		// Neutral sentence: no word tells the variants apart.
		{"neutral", "رئیس جمهور در این نشست گفت که همکاری‌های دو کشور در زمینهٔ تجارت و انرژی گسترش خواهد یافت.", ""},
		// Iranian use of میزان "amount" before a number is not the Afghan month.
		{"iranian mizan is amount", "به گفتهٔ این مقام، میزان تورم به ۴۰ درصد رسید و میزان ۲۰ درصد از بودجه صرف یارانه شد.", Iranian},
		// One weak marker is not enough: حکومت alone.
		{"one weak marker", "حکومت در این باره هنوز واکنشی نشان نداده است و گفت‌وگوها ادامه دارد.", ""},
		// Mixed evidence without a clear lead: پولیس and پلیس.
		{"mixed evidence", "پولیس افغانستان و پلیس ایران در مرز اسلام قلعه نشستی برگزار کردند.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Detect(tc.text)
			if r.Lang != "fa" {
				t.Fatalf("Detect(%q).Lang = %q, want fa", tc.text, r.Lang)
			}
			dari, iranian := r.Scores()
			if r.Variant != tc.variant {
				t.Errorf("Variant = %q, want %q (dari %.1f, iranian %.1f, evidence %v)", r.Variant, tc.variant, dari, iranian, r.Evidence)
			}
			if (r.Variant == "") != (r.VariantConfidence == 0) || r.VariantConfidence > 1 {
				t.Errorf("VariantConfidence = %v with variant %q", r.VariantConfidence, r.Variant)
			}
		})
	}
}
