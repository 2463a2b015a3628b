package gold

import (
	"math"
	"path/filepath"
	"testing"
)

func actors(codes ...string) []PredActor {
	var out []PredActor
	for _, c := range codes {
		out = append(out, PredActor{Code: c})
	}
	return out
}

func TestScoreEvents(t *testing.T) {
	g := &File{Events: []Event{
		{Type: "CONSULT", Actor: "KAZ", Recipient: "USA", Date: "2025-11-06"},
		{Type: "CONSULT", Actor: "UZB", Recipient: "USA", Date: "2025-11-06"},
		{Type: "AGREE", Actor: "KAZ", Recipient: "", Optional: true},
	}}
	tests := []struct {
		name      string
		events    []PredEvent
		want      Counts
		wantDyads Counts
		dates     [2]int // right, scored
	}{
		// Nothing predicted: everything required is missed.
		{"nothing", nil, Counts{0, 0, 2}, Counts{0, 0, 2}, [2]int{0, 0}},
		// The pair is unordered: host and visitor swapped still match.
		{"swapped pair", []PredEvent{{Type: "CONSULT", Actor: actors("USA"), Recipient: actors("KAZ"), Date: "2025-11-06"}},
			Counts{1, 1, 2}, Counts{1, 1, 2}, [2]int{1, 1}},
		// Several actors give one key per pair.
		{"several actors", []PredEvent{{Type: "CONSULT", Actor: actors("KAZ", "UZB"), Recipient: actors("USA"), Date: "2025-11"}},
			Counts{2, 2, 2}, Counts{2, 2, 2}, [2]int{0, 2}},
		// A duplicate key counts once.
		{"duplicate key", []PredEvent{
			{Type: "CONSULT", Actor: actors("KAZ"), Recipient: actors("USA"), Date: "2025-11-06"},
			{Type: "CONSULT", Actor: actors("USA"), Recipient: actors("KAZ")},
		}, Counts{1, 1, 2}, Counts{1, 1, 2}, [2]int{1, 1}},
		// A key matching only an optional event is neither rewarded nor punished.
		{"optional", []PredEvent{{Type: "AGREE", Actor: actors("KAZ")}}, Counts{0, 0, 2}, Counts{0, 0, 2}, [2]int{0, 0}},
		// The wrong type is a miss for events but a hit for dyads.
		{"wrong type", []PredEvent{{Type: "AGREE", Actor: actors("UZB"), Recipient: actors("USA")}},
			Counts{0, 1, 2}, Counts{1, 1, 2}, [2]int{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := ScoreArticle(&Prediction{Events: tt.events}, g)
			if s.Events != tt.want {
				t.Errorf("events %+v, want %+v", s.Events, tt.want)
			}
			if s.Dyads != tt.wantDyads {
				t.Errorf("dyads %+v, want %+v", s.Dyads, tt.wantDyads)
			}
			if [2]int{s.DatesRight, s.DatesScored} != tt.dates {
				t.Errorf("dates %d/%d, want %v", s.DatesRight, s.DatesScored, tt.dates)
			}
		})
	}
}

func TestScoreEntities(t *testing.T) {
	g := &File{Entities: []Entity{
		{Type: "PER", Names: []string{"Donald Trump", "دونالد ترمپ", "ترمپ"}},
		{Type: "LOC", Names: []string{"Middle East", "شرقمیانه"}},
	}}
	tests := []struct {
		name string
		ents []PredEntity
		want Counts
	}{
		// The canonical name matches, whatever the surface.
		{"canonical", []PredEntity{{ID: "e1", Type: "PER", Text: "ترامپ", Canonical: "Donald Trump"}}, Counts{1, 1, 2}},
		// The surface matches after folding spaces and half-spaces.
		{"surface with half-space", []PredEntity{{ID: "e1", Type: "LOC", Text: "شرق‌میانه", Canonical: "Mideast"}}, Counts{1, 1, 2}},
		// Several mentions of one entity count once.
		{"mentions", []PredEntity{
			{ID: "e1", Type: "PER", Text: "دونالد ترمپ", Canonical: "Donald Trump"},
			{ID: "e1", Type: "PER", Text: "ترمپ", Canonical: "Donald Trump"},
		}, Counts{1, 1, 2}},
		// Two predicted entities matching one gold entity count once.
		{"two for one", []PredEntity{
			{ID: "e1", Type: "PER", Text: "ترمپ", Canonical: "Trump"},
			{ID: "e2", Type: "PER", Text: "دونالد ترمپ", Canonical: "Donald Trump"},
		}, Counts{1, 1, 2}},
		// The type must agree.
		{"wrong type", []PredEntity{{ID: "e1", Type: "ORG", Text: "ترمپ", Canonical: "Trump"}}, Counts{0, 1, 2}},
		// Case does not matter.
		{"case", []PredEntity{{ID: "e1", Type: "PER", Text: "DONALD TRUMP", Canonical: "donald trump"}}, Counts{1, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := ScoreArticle(&Prediction{Entities: tt.ents}, g)
			if s.Entities != tt.want {
				t.Errorf("entities %+v, want %+v", s.Entities, tt.want)
			}
		})
	}
}

func TestScoreAmountsAndQuotes(t *testing.T) {
	g := &File{
		Amounts: []Amount{{Kind: "money", Value: 1.1e9, Unit: "USD"}, {Kind: "percent", Value: 70}},
		Quotes:  []Quote{{Speaker: []string{"Marco Rubio", "مارکو روبیو"}, Direct: true}},
	}
	p := &Prediction{
		Amounts: []PredAmount{
			{Kind: "money", Value: 1.104e9, Unit: "USD"}, // within 0.5%
			{Kind: "percent", Value: 71},                 // outside 0.5%
			{Kind: "count", Value: 5},                    // not in gold
		},
		Entities: []PredEntity{{ID: "e2", Type: "PER", Text: "روبیو", Canonical: "Marco Rubio"}},
		Quotes:   []PredQuote{{Speaker: "", SpeakerEntity: "e2"}},
	}
	s, d := ScoreArticle(p, g)
	if s.Amounts != (Counts{1, 3, 2}) {
		t.Errorf("amounts %+v, want 1/3/2 (details %v %v)", s.Amounts, d.MissedAmounts, d.WrongAmounts)
	}
	// The speaker is found through its entity.
	if s.Quotes != (Counts{1, 1, 1}) {
		t.Errorf("quotes %+v, want 1/1/1", s.Quotes)
	}
	if f := s.Amounts.F1(); math.Abs(f-0.4) > 1e-9 {
		t.Errorf("amount F1 = %v, want 0.4", f)
	}
	// A speaker quoted twice in the gold, directly and indirectly, is one
	// key of the set.
	g.Quotes = append(g.Quotes, Quote{Speaker: []string{"Marco Rubio", "مارکو روبیو"}, Direct: false})
	if s, _ := ScoreArticle(p, g); s.Quotes != (Counts{1, 1, 1}) {
		t.Errorf("quotes with a speaker twice in the gold %+v, want 1/1/1", s.Quotes)
	}
}

func TestCasesOnDevSet(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev")
	cases, err := Cases(dir, "")
	if err != nil {
		t.Skip("no dev set:", err)
	}
	if len(cases) != 28 {
		t.Errorf("%d cases, want 28 (10 prs, 9 fas, 9 eng)", len(cases))
	}
	if cases[0].Lang != "prs" {
		t.Errorf("first case %+v, want prs first", cases[0])
	}
	// With empty predictions every gold item is counted and nothing matched.
	r, err := Evaluate(cases, func(path string) (*Prediction, error) { return nil, nil })
	if err != nil {
		t.Fatal(err)
	}
	if all := r.ByLang()["all"]; all.Articles != 28 || all.Entities.Gold == 0 || all.Entities.Matched != 0 {
		t.Errorf("summary %+v", all)
	}
}
