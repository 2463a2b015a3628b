package recognize

import "testing"

// sameID reports whether the mentions with texts a and b share an id.
func sameID(t *testing.T, es []Entity, a, b string) {
	t.Helper()
	ea, eb := find(es, a), find(es, b)
	switch {
	case ea == nil || eb == nil:
		t.Errorf("missing %q or %q in %s", a, b, describe(es))
	case ea.ID != eb.ID:
		t.Errorf("%q is %s, %q is %s: want one id", a, ea.ID, b, eb.ID)
	}
}

func TestLinking(t *testing.T) {
	r := testRecognizer(t)
	t.Run("surname of a known person", func(t *testing.T) {
		// A later surname refers to the full name before it.
		es := r.Recognize(makeDoc("fa", "2025-11-07", "دونالد ترمپ به قزاقستان رفت. ترمپ گفت که توافق مهم است."))
		sameID(t, es, "دونالد ترمپ", "ترمپ")
	})
	t.Run("surname of a name found from context", func(t *testing.T) {
		// A surname found alone refers to the person named in full before.
		es := r.Recognize(makeDoc("fa", "", "زوراب زایوف، نخست وزیر مقدونیه، رای داد. زایوف گفت که نتیجه خوب است."))
		sameID(t, es, "زوراب زایوف", "زایوف")
	})
	t.Run("english surname before and after", func(t *testing.T) {
		// A capitalised surname links to the full name anywhere in the article.
		es := r.Recognize(makeDoc("en", "", "Police arrested Dyron Sampson, 20, on Friday. Officials said Sampson admitted the shooting."))
		sameID(t, es, "Dyron Sampson", "Sampson")
	})
	t.Run("spelling one letter off", func(t *testing.T) {
		// Two spellings of one transliterated name are one actor.
		es := r.Recognize(makeDoc("en", "", "In front of parliament, Vladimir Kavardarkov, 54, was waiting. Kavadarkov said they were poor."))
		sameID(t, es, "Vladimir Kavardarkov", "Kavadarkov")
	})
	t.Run("pronoun", func(t *testing.T) {
		// او at the start of a sentence is the person of the sentence before.
		es := r.Recognize(makeDoc("fa", "", "ریتا کالینز، رئیس اجرایی شرکت، قرارداد را امضا کرد. او به خبرگزاری آسوشیتدپرس گفت که پروژه مهم است."))
		sameID(t, es, "ریتا کالینز", "او")
		if e := find(es, "او"); e != nil && e.Source != SourceCoref {
			t.Errorf("pronoun source %q", e.Source)
		}
	})
	t.Run("english pronoun", func(t *testing.T) {
		// He refers to the person of the sentence before.
		es := r.Recognize(makeDoc("en", "", "President Gjorgo Ivanski will not vote. He said the vote was a mistake."))
		sameID(t, es, "Gjorgo Ivanski", "He")
	})
	t.Run("this country", func(t *testing.T) {
		// این کشور refers to the country named last.
		es := r.Recognize(makeDoc("fa", "", "قزاقستان توافق را امضا کرد. این کشور امیدوار است."))
		sameID(t, es, "قزاقستان", "این کشور")
	})
	t.Run("the country after a destination", func(t *testing.T) {
		// "the country" is not the country a ship was sailing toward.
		es := r.Recognize(makeDoc("en", "", "Iran seized a tanker sailing from the Emirates toward Singapore. The Guards accused the ship of smuggling diesel out of the country."))
		for _, e := range es {
			if e.Text == "the country" && e.Country == "SGP" {
				t.Errorf("the country taken for the destination: %s", describe(es))
			}
		}
	})
	t.Run("the committee", func(t *testing.T) {
		// "the committee" refers to the organisation named before whose
		// name holds that word.
		es := r.Recognize(makeDoc("en", "", "Tajikistan's State Committee for National Security said in Dushanbe on Wednesday that guards clashed with smugglers. The committee accused the Taliban of failing to control the border."))
		sameID(t, es, "State Committee for National Security", "committee")
	})
	t.Run("a country inside an organisation's name", func(t *testing.T) {
		// A body found from its head takes the country named inside its
		// name.
		es := r.Recognize(makeDoc("fa", "", "کمیته دولتی امنیت ملی تاجیکستان روز چهارشنبه اعلام کرد که مرز بسته شد."))
		if e := find(es, "کمیته دولتی امنیت ملی تاجیکستان"); e == nil || e.Country != "TJK" {
			t.Errorf("want the committee with country TJK, got %s", describe(es))
		}
	})
	t.Run("این وزارت", func(t *testing.T) {
		// این وزارت refers to the ministry named before.
		es := r.Recognize(makeDoc("fa", "", "وزارت خارجهٔ پاکستان سفیر ایران را احضار کرد. این وزارت گفت که اعتراض خود را اعلام کرده است."))
		sameID(t, es, "وزارت خارجهٔ پاکستان", "وزارت")
	})
	t.Run("organisation prefix", func(t *testing.T) {
		// A shorter form of an organisation's name found before is the same organisation.
		es := r.Recognize(makeDoc("fa", "", "شرکت امریکایی نورث استار مینینگ گروپ (North Star Mining Group) قرارداد بست. رئیس گروه «نورث استار مینینگ» گفت که کار آغاز شد."))
		sameID(t, es, "نورث استار مینینگ گروپ", "نورث استار مینینگ")
	})
}
