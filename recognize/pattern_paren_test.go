package recognize

import "testing"

func TestParentheses(t *testing.T) {
	// A Persian transliteration followed by its Latin form: one mention
	// over the Persian words, the Latin form its canonical name, typed by
	// the Latin head word (Group) and placed by the adjective before it.
	r := testRecognizer(t)
	body := "طبق قرارداد تازه، شرکت کانادایی نورث استار مینینگ گروپ (North Star Mining Group) با دولت همکاری خواهد کرد."
	es := r.Recognize(makeDoc("fa", "", body))
	e := find(es, "نورث استار مینینگ گروپ")
	if e == nil {
		t.Fatalf("no mention of the Persian name in %s", describe(es))
	}
	if e.Type != "ORG" || e.Canonical != "North Star Mining Group" || e.Country != "CAN" || e.Source != SourceParenthesis {
		t.Errorf("got %+v", *e)
	}
	if find(es, "North Star Mining Group") != nil {
		t.Errorf("the Latin alias is a mention of its own: %s", describe(es))
	}
	// A known name before the brackets keeps its entry; the Latin alias
	// makes no mention.
	es = r.Recognize(makeDoc("fa", "", "امروز بوئینگ (Boeing) طیاره فروخت."))
	if e := find(es, "بوئینگ"); e == nil || e.Entry != "org/boeing" {
		t.Errorf("known name: %s", describe(es))
	}
	if find(es, "Boeing") != nil {
		t.Errorf("the Latin alias of a known name is a mention of its own: %s", describe(es))
	}
}
