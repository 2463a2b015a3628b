package quotes

import (
	"testing"

	"khabar/text/fa"
)

// TestWordbookLoads checks that the embedded word lists parse and that
// every kind the finder reads has entries in both languages where it
// should.
func TestWordbookLoads(t *testing.T) {
	b, err := loadWordbook()
	if err != nil {
		t.Fatal(err)
	}
	for lang, w := range map[string]*words{"fa": &b.fa, "en": &b.en} {
		for name, p := range map[string]*phraseSet{
			"verbs": w.verbs, "preposition": w.preposition, "transparent": w.transparent,
			"anonymous": w.anonymous, "naming": w.naming, "including": w.including,
			"pronoun": w.pronoun, "titles": w.titles, "cue": w.cue, "intent": w.intent,
		} {
			if p == nil || len(p.full) == 0 {
				t.Errorf("%s: no %s", lang, name)
			}
		}
	}
	if len(b.forms) < 1000 {
		t.Errorf("only %d verb forms", len(b.forms))
	}
}

// TestConjugateFa checks the generated forms of Persian speech verbs.
func TestConjugateFa(t *testing.T) {
	b, err := loadWordbook()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		form  string
		lemma string // "" when the text must not be a speech verb
	}{
		{"گفت", "گفت"},                       // simple past
		{"گفتند", "گفت"},                     // simple past, plural
		{"می‌گوید", "گفت"},                   // present, with a half-space
		{"میگوید", "گفت"},                    // present, Dari writing without it
		{"می گویند", "گفت"},                  // present plural, with a space
		{"گفته است", "گفت"},                  // present perfect
		{"گفته‌اند", "گفت"},                  // present perfect plural
		{"گفته بود", "گفت"},                  // past perfect
		{"خواهد گفت", "گفت"},                 // future
		{"افزود", "افزود"},                   // a simple verb with a vowel-final present stem
		{"می‌افزاید", "افزود"},               // its present: افزا + ی + د
		{"اعلام کرد", "اعلام کرد"},           // compound verb
		{"اعلام کرده‌اند", "اعلام کرد"},      // compound, present perfect plural
		{"اعلام خواهد کرد", "اعلام کرد"},     // compound, future: the auxiliary between the parts
		{"اظهار داشت", "اظهار داشت"},         // compound with داشتن
		{"اصرار دارند", "اصرار داشت"},        // داشتن in the present has no می
		{"اصرار بر این داشته", "اصرار داشت"}, // the parts apart: اصرار بر این داشت
		{"تاکید کرد", "تأکید کرد"},           // hamza folded away
		{"معتقد است", "معتقد"},               // an adjective with the copula
		{"معتقدند", "معتقد"},                 // the copula as a suffix
		{"گفتم", ""},                         // first person: said inside quotations
		{"نگفت", ""},                         // negated: no quote
		{"گفت‌وگو", ""},                      // a noun (conversation)
	} {
		v := wordView(b, c.form)
		n, pl := b.fa.verbs.match(v, 0)
		got := ""
		if n == len(v.toks) && n > 0 {
			got = b.forms[pl].lemma
		}
		if got != c.lemma {
			t.Errorf("%s: lemma %q, want %q", c.form, got, c.lemma)
		}
	}
}

// wordView makes a view of a few words, one token each, for matching.
func wordView(b *wordbook, s string) *view {
	v := &view{book: b, w: &b.fa}
	for _, w := range splitPieces(s) {
		k := fa.FoldKey(w)
		v.toks = append(v.toks, tok{key: k, kind: tokWord, mask: b.fa.first[k]})
	}
	return v
}

// TestNeedsFold checks that a word needsFold passes is its own folded key.
func TestNeedsFold(t *testing.T) {
	for r := rune(0x20); r < 0x700; r++ {
		if r >= 0x80 && r < 0x600 {
			continue
		}
		s := "ا" + string(r) + "ب"
		if !needsFold(s) && fa.FoldKey(s) != s {
			t.Errorf("%U: needsFold false but FoldKey changes %q to %q", r, s, fa.FoldKey(s))
		}
	}
	for _, s := range []string{"می\u200cگوید", "Said", "تأکید", "آمریکا"} {
		if string(appendFold(nil, s)) != fa.FoldKey(s) {
			t.Errorf("appendFold(%q) = %q, want %q", s, appendFold(nil, s), fa.FoldKey(s))
		}
	}
}
