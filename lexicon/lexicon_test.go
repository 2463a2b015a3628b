package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuiltinValid loads the embedded lexicon and reports every record that
// breaks the format, with its file and line.
func TestBuiltinValid(t *testing.T) {
	l, err := Load()
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			t.Error(line)
		}
	}
	t.Logf("%d entries", l.Len())
}

// TestBuiltinIDsUnique checks that no id is defined in two hand-written
// files, or twice in one file; a hand-written file may extend a generated
// (.gen.txt) record.
func TestBuiltinIDsUnique(t *testing.T) {
	files, err := builtin.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	where := map[string]string{}
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".txt") || strings.HasSuffix(f.Name(), ".gen.txt") {
			continue
		}
		r, err := builtin.Open("data/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		entries, _ := Parse(r, f.Name())
		r.Close()
		for _, e := range entries {
			if prev, ok := where[e.ID]; ok {
				t.Errorf("%s: id %s already defined at %s", e.Source, e.ID, prev)
			}
			where[e.ID] = e.Source
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		entries int
		errs    int
	}{
		// A full record with lists, repeated office lines and a comment.
		{"full record", "# people\nid: per/x-y\ntype: PER\nname: X Y\ncountry: USA\nen: X Y | Y\nfa: ایکس | وای\noffice: head-of-state USA 2017 2021\noffice: other USA 2022\n", 1, 0},
		// Two records separated by a blank line.
		{"two records", "id: org/a\ntype: ORG\nname: A\nen: A\n\nid: org/b\ntype: ORG\nname: B\nen: B\n", 2, 0},
		// An unknown key drops its record and is reported; the next goes on.
		{"unknown key", "id: org/a\nnmae: A\n\nid: org/b\ntype: ORG\nname: B\nen: B\n", 1, 1},
		// A scalar key given twice is an error.
		{"repeated scalar", "id: org/a\nid: org/b\n", 0, 1},
		// A line without a colon is an error.
		{"no colon", "id: org/a\njust words\n", 0, 1},
		// A record without an id is an error.
		{"no id", "type: ORG\nname: A\n", 0, 1},
		// A malformed office line is an error.
		{"bad office", "id: per/a\noffice: president\n", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, errs := Parse(strings.NewReader(tt.in), "test.txt")
			if len(entries) != tt.entries || len(errs) != tt.errs {
				t.Errorf("got %d entries, %d errors (%v); want %d, %d", len(entries), len(errs), errs, tt.entries, tt.errs)
			}
			for _, err := range errs {
				if !strings.HasPrefix(err.Error(), "test.txt:") {
					t.Errorf("error %q does not name the file and line", err)
				}
			}
		})
	}
}

func TestValidate(t *testing.T) {
	ok := Entry{ID: "per/a-b", Type: PER, Name: "A B", Country: "KAZ", Sector: "GOV",
		Names: map[string][]string{LangEN: {"A B"}, LangFA: {"ای بی"}}, Source: "t:1"}
	tests := []struct {
		name   string
		modify func(e *Entry)
		valid  bool
	}{
		// The base entry is valid.
		{"valid", func(e *Entry) {}, true},
		// An organisation code is a valid country.
		{"organisation code", func(e *Entry) { e.Country = "SCO" }, true},
		// A two-letter code is not.
		{"alpha-2 code", func(e *Entry) { e.Country = "KZ" }, false},
		// An unknown alpha-3 code is not.
		{"unknown code", func(e *Entry) { e.Country = "XYZ" }, false},
		// The type must fit the id's kind.
		{"type against kind", func(e *Entry) { e.Type = ORG }, false},
		// Sectors come from the list.
		{"unknown sector", func(e *Entry) { e.Sector = "FOO" }, false},
		// Arabic yeh in a Persian name is not the written form.
		{"arabic yeh", func(e *Entry) { e.Names[LangFA] = []string{"علي"} }, false},
		// ۀ in a Persian name is not the written form (ه + hamza is).
		{"heh with yeh above", func(e *Entry) { e.Names[LangFA] = []string{"زمینۀ"} }, false},
		// A Persian name in Latin letters is refused.
		{"latin in persian", func(e *Entry) { e.Names[LangFA] = []string{"Kabul"} }, false},
		// Office dates must be dates, and not end before they start.
		{"bad office date", func(e *Entry) { e.Offices = []Office{{"president", "KAZ", "2019-13", ""}} }, false},
		{"office ends early", func(e *Entry) { e.Offices = []Office{{"president", "KAZ", "2019", "2018"}} }, false},
		// A Wikidata id is Q and digits.
		{"bad wikidata", func(e *Entry) { e.Wikidata = "22686" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := ok
			e.Names = map[string][]string{LangEN: {"A B"}, LangFA: {"ای بی"}}
			tt.modify(&e)
			if err := e.Validate(); (err == nil) != tt.valid {
				t.Errorf("Validate() = %v, want valid %v", err, tt.valid)
			}
		})
	}
}

func TestUserOverride(t *testing.T) {
	// A user directory adds a new entry and extends a built-in one by id.
	dir := t.TempDir()
	user := "id: per/test-person\ntype: PER\nname: Test Person\ncountry: AFG\nfa: شخص آزمایشی\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	l, _ := Load(dir)
	e := l.Get("per/test-person")
	if e == nil || e.Country != "AFG" || !strings.HasSuffix(e.Source, "mine.txt:1") {
		t.Fatalf("user entry not loaded: %+v", e)
	}
	// A missing directory is an error that names it.
	if _, err := Load(filepath.Join(dir, "nope")); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("missing directory error = %v", err)
	}
}

func TestHeldOn(t *testing.T) {
	o := Office{"foreign-minister", "USA", "2021-01", "2025-01-20"}
	tests := []struct {
		date string
		want bool
	}{
		{"2021-01-26", true},  // a day inside the term
		{"2020-12-31", false}, // before it began
		{"2025-02-01", false}, // after it ended
		{"2024", true},        // a year inside
	}
	for _, tt := range tests {
		if got := o.HeldOn(tt.date); got != tt.want {
			t.Errorf("HeldOn(%s) = %v, want %v", tt.date, got, tt.want)
		}
	}
}
