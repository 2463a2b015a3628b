package triggers

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"khabar/text/fa"
)

// TestBuiltinValid loads the embedded trigger lexicon and reports every
// record that breaks the format, and how many predicates each language has.
func TestBuiltinValid(t *testing.T) {
	l, err := Load()
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			t.Error(line)
		}
	}
	count := map[string]int{}
	for _, e := range l.Entries() {
		count[e.Lang] += len(e.Verbs) + len(e.Nouns)
	}
	t.Logf("%d entries, %d forms; predicates: fa %d, en %d", len(l.Entries()), l.Forms(), count["fa"], count["en"])
}

// keys folds a sentence into token keys the way the coder does.
func keys(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		out = append(out, fa.FoldKey(w))
	}
	return out
}

// testLexicon loads a small lexicon from a temporary directory.
func testLexicon(t *testing.T, data string) *Lexicon {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "triggers-test.txt"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Load(dir)
	if err != nil && strings.Contains(err.Error(), "triggers-test.txt") {
		t.Fatal(err)
	}
	return l
}

const testData = `id: fa/agree/test-tavafoq
lang: fa
type: AGREE
cameo: 030
verb: توافق کرد|کن
args: actor=subject recipient=با

id: fa/consult/test-safar
lang: fa
type: CONSULT
mode: visit
cameo: 042
verb: سفر کرد|کن
noun: دیدار

id: fa/cooperate/test-peyvast
lang: fa
type: COOPERATE
cameo: 06
verb: پیوست|پیوند

id: fa/assault/test-kosht
lang: fa
type: ASSAULT
cameo: 186
verb: کشت|کش

id: fa/consult/test-amad
lang: fa
type: CONSULT
cameo: 042
verb: آمد|آی

id: en/consult/test-meet
lang: en
type: CONSULT
cameo: 040
verb: meet|met|met
args: recipient=with

id: en/request/test-call-for
lang: en
type: REQUEST
cameo: 10
verb: call for|called for|called for

id: en/agree/test-sign
lang: en
type: AGREE
cameo: 057
verb: sign|signed|signed
`

func TestPersianForms(t *testing.T) {
	l := testLexicon(t, testData)
	tests := []struct {
		name, sentence, id string
		want               Form
	}{
		// Simple past, third person plural.
		{"past plural", "مقام‌ها توافق کردند که", "fa/agree/test-tavafoq", Form{Past: true}},
		// Negated past.
		{"negated past", "دو طرف توافق نکردند", "fa/agree/test-tavafoq", Form{Negated: true, Past: true}},
		// Future with خواهد.
		{"future", "آنها توافق خواهند کرد", "fa/agree/test-tavafoq", Form{Future: true}},
		// Negated future.
		{"negated future", "آنها توافق نخواهند کرد", "fa/agree/test-tavafoq", Form{Negated: true, Future: true}},
		// Progressive present with می‌.
		{"present", "او به کابل سفر می‌کند", "fa/consult/test-safar", Form{Progressive: true}},
		// The present written with a space after می.
		{"present spaced", "او به کابل سفر می کند", "fa/consult/test-safar", Form{Progressive: true}},
		// The present perfect written with a half-space.
		{"perfect", "آنها توافق کرده‌اند", "fa/agree/test-tavafoq", Form{Past: true}},
		// The subjunctive of a compound verb, without ب.
		{"compound subjunctive", "گفتند که توافق کنند", "fa/agree/test-tavafoq", Form{Subjunctive: true}},
		// The passive of a کرد predicate: توافق شد.
		{"passive", "در نشست توافق شد", "fa/agree/test-tavafoq", Form{Passive: true, Past: true}},
		// A simple verb's subjunctive with ب.
		{"subjunctive with be", "امیدوار است بپیوندد", "fa/cooperate/test-peyvast", Form{Subjunctive: true}},
		// A simple verb's passive with its participle: کشته شدند.
		{"participle passive", "ده نفر کشته شدند", "fa/assault/test-kosht", Form{Passive: true, Past: true}},
		// A stem with alef takes yeh after ن: نیامد.
		{"alef stem negated", "او نیامد", "fa/consult/test-amad", Form{Negated: true, Past: true}},
		// A noun trigger with a plural ending.
		{"noun plural", "دیدارهای رهبران", "fa/consult/test-safar", Form{Noun: true}},
		// Arabic letters and a missing half-space still match.
		{"arabic letters", "آنها توافق ميكنند", "fa/agree/test-tavafoq", Form{Progressive: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := l.Match("fa", keys(tt.sentence))
			i := slices.IndexFunc(ms, func(m Match) bool { return m.Entry.ID == tt.id })
			if i < 0 {
				t.Fatalf("no %s in %q (got %v)", tt.id, tt.sentence, ms)
			}
			if ms[i].Form != tt.want {
				t.Errorf("form %+v, want %+v", ms[i].Form, tt.want)
			}
		})
	}
}

func TestEnglishForms(t *testing.T) {
	l := testLexicon(t, testData)
	tests := []struct {
		name, sentence, id string
		want               Form
	}{
		// Irregular past.
		{"past", "Xi met with Putin", "en/consult/test-meet", Form{Past: true}},
		// Third person -s.
		{"third person", "He meets the king", "en/consult/test-meet", Form{}},
		// -ing form.
		{"gerund", "They are meeting today", "en/consult/test-meet", Form{Progressive: true}},
		// Future with will.
		{"future", "They will sign the deal", "en/agree/test-sign", Form{Future: true}},
		// Negation with did not.
		{"negated", "They did not sign it", "en/agree/test-sign", Form{Negated: true}},
		// Passive with was.
		{"passive", "The deal was signed on Friday", "en/agree/test-sign", Form{Passive: true, Past: true}},
		// A particle verb.
		{"particle", "The UN called for calm", "en/request/test-call-for", Form{Past: true}},
		// An infinitive after to is irrealis.
		{"infinitive", "They agreed to sign", "en/agree/test-sign", Form{Subjunctive: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := l.Match("en", keys(tt.sentence))
			i := slices.IndexFunc(ms, func(m Match) bool { return m.Entry.ID == tt.id })
			if i < 0 {
				t.Fatalf("no %s in %q (got %v)", tt.id, tt.sentence, ms)
			}
			if ms[i].Form != tt.want {
				t.Errorf("form %+v, want %+v", ms[i].Form, tt.want)
			}
		})
	}
}

func TestNoFalseMatch(t *testing.T) {
	l := testLexicon(t, testData)
	// A word that merely starts with a trigger's letters does not match.
	for _, m := range l.Match("fa", keys("سفرنامهٔ کابل")) {
		t.Errorf("matched %s", m.Entry.ID)
	}
	// English triggers are not matched in Persian text.
	if ms := l.Match("fa", keys("they met")); len(ms) != 0 {
		t.Errorf("English trigger matched as Persian: %v", ms)
	}
}

func TestValidate(t *testing.T) {
	// Each bad field is reported with the file and line of its record.
	bad := `id: fa/agree/x
lang: fa
type: AGREEE
cameo: 0301x
verb: توافق
args: actor=subject recipient=onto
`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "triggers-bad.txt"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(dir)
	if err == nil {
		t.Fatal("bad entry loaded without error")
	}
	for _, want := range []string{"PLOVER type", "CAMEO code", "FIXED PAST|PRESENT", "argument place", "triggers-bad.txt:1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q: %v", want, err)
		}
	}
}

func TestEnglishInflection(t *testing.T) {
	tests := []struct{ lemma, s, ing string }{
		{"meet", "meets", "meeting"},     // plain
		{"try", "tries", "trying"},       // consonant + y
		{"stop", "stops", "stopping"},    // doubled consonant
		{"visit", "visits", "visiting"},  // two syllables: no doubling
		{"host", "hosts", "hosting"},     // consonant cluster: no doubling
		{"agree", "agrees", "agreeing"},  // ee keeps its e
		{"vote", "votes", "voting"},      // silent e drops
		{"reach", "reaches", "reaching"}, // -ch takes -es
		{"admit", "admits", "admitting"}, // stressed last syllable doubles
		{"expel", "expels", "expelling"}, // so does -el in news spelling
	}
	for _, tt := range tests {
		if s, ing := thirdPerson(tt.lemma), gerund(tt.lemma); s != tt.s || ing != tt.ing {
			t.Errorf("%s: %s %s, want %s %s", tt.lemma, s, ing, tt.s, tt.ing)
		}
	}
}

// TestGappedPredicates matches Persian predicates written with a gap (Gap)
// in the built-in lexicon.
func TestGappedPredicates(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sentence, id string // id "" wants no gapped match
		passive            bool
	}{
		// The charge between متهم به and the light verb.
		{"accuse", "دولت او را متهم به جاسوسی برای یک کشور بیگانه کرد", "fa/accuse/mottaham-be", false},
		// The passive of a gapped کرد predicate: متهم به … شد.
		{"accuse passive", "او متهم به فساد مالی شد", "fa/accuse/mottaham-be", true},
		// What is asked for between خواستار and شد, eight words at most.
		{"request", "وزیران خواستار آزادی فوری و بی قید و شرط زندانیان شدند", "fa/request/khastar", false},
		// A gap never crosses که: a new clause begins there.
		{"stops at ke", "او خواستار آن است که جنگ تمام شد", "", false},
		// A gap holds at least one word: the bare form is a plain predicate.
		{"no empty gap", "او خواستار شد", "fa/request/khastar", false},
		// Too long a gap: more than eight words between the two parts.
		{"too long", "او خواستار یک دو سه چهار پنج شش هفت هشت نه شد", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ks := keys(tt.sentence)
			ms := l.Match("fa", ks)
			var got *Match
			for i := range ms {
				if ms[i].Last-ms[i].First >= 2 && !ms[i].Noun {
					got = &ms[i]
				}
			}
			if tt.name == "no empty gap" {
				if len(ms) == 0 || ms[0].Entry.ID != tt.id {
					t.Fatalf("want %s, got %v", tt.id, ms)
				}
				return
			}
			if tt.id == "" {
				if got != nil && strings.Contains(strings.Join(ks[got.First:got.Last+1], " "), "خواستار") {
					t.Fatalf("want no gapped match, got %s over %q", got.Entry.ID, ks[got.First:got.Last+1])
				}
				return
			}
			if got == nil || got.Entry.ID != tt.id {
				t.Fatalf("want %s, got %v", tt.id, ms)
			}
			if got.Passive != tt.passive {
				t.Errorf("passive %v, want %v", got.Passive, tt.passive)
			}
		})
	}
}

// TestFormKeyIsFoldKey checks that the key index builds from a form's
// pieces is the form's fa.FoldKey, and its word count that of
// strings.Fields, for every form of the built-in lexicon.
func TestFormKeyIsFoldKey(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	c := conjugations{}
	for _, e := range l.Entries() {
		for _, v := range e.Verbs {
			var ws []writtenForm
			if e.Lang == "en" {
				ws, err = englishForms(v)
			} else {
				ws, err = persianFormsWith(v, c)
			}
			if err != nil {
				t.Fatalf("%s: %v", e.ID, err)
			}
			for _, w := range ws {
				_, key, words := formKey(w.text, fa.FoldKey, nil, nil)
				if want := fa.FoldKey(w.text); string(key) != want {
					t.Errorf("%s: %q: key %q, want %q", e.ID, w.text, key, want)
				}
				if want := len(strings.Fields(w.text)); words != want {
					t.Errorf("%s: %q: %d words, want %d", e.ID, w.text, words, want)
				}
			}
		}
	}
}

// TestCasualties checks the casualties key: yes marks the entry, and any
// value but yes or no is an error naming the file and line.
func TestCasualties(t *testing.T) {
	entry := "id: en/assault/test-kill\nlang: en\ntype: ASSAULT\ncameo: 190\nverb: slaughter|slaughtered|slaughtered\ncasualties: %s\n"
	l := testLexicon(t, fmt.Sprintf(entry, "yes"))
	found := false
	for _, m := range l.Match("en", []string{"they", "slaughtered", "villagers"}) {
		if m.Entry.ID == "en/assault/test-kill" {
			found = true
			if !m.Entry.Casualties {
				t.Errorf("casualties: yes did not mark the entry")
			}
		}
	}
	if !found {
		t.Fatalf("the test entry did not match")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "triggers-bad.txt"), []byte(fmt.Sprintf(entry, "maybe")), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(dir)
	if err == nil || !strings.Contains(err.Error(), "casualties") || !strings.Contains(err.Error(), "triggers-bad.txt:") {
		t.Errorf("want an error naming casualties and the file, got %v", err)
	}
}
