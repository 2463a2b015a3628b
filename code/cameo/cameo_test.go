package cameo

import (
	"fmt"
	"strings"
	"testing"
)

// TestTableParses checks the embedded table: every code parses, every
// 3- and 4-digit code has its parent, every root 01-20 is there.
func TestTableParses(t *testing.T) {
	tb, err := parse(tableText, "data/cameo.txt")
	if err != nil {
		t.Fatal(err)
	}
	roots := 0
	for _, c := range tb.all {
		if len(c.Code) == 2 {
			roots++
		}
		if c.Name == "" {
			t.Errorf("%s has no name", c.Code)
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
	if len(tb.all) < 290 {
		t.Errorf("only %d codes", len(tb.all))
	}
}

// TestLookup reads single codes: scores given in the table, scores taken
// from the parent, quad classes by root and PLOVER types.
func TestLookup(t *testing.T) {
	cases := []struct {
		name, code, typ string
		goldstein       float64
		quad            int
	}{
		{"root with its own score", "04", "CONSULT", 1.0, 1},
		{"host a visit", "043", "CONSULT", 2.8, 1},
		{"sign formal agreement", "057", "SUPPORT", 8.0, 1},
		{"4-digit code takes its parent's score", "0311", "AGREE", 5.2, 1},
		{"3-digit code takes its root's score", "030", "AGREE", 4.0, 1},
		{"material cooperation quad", "061", "COOPERATE", 6.4, 2},
		{"return and release is RETREAT", "0841", "RETREAT", 7.0, 2},
		{"investigate is ACCUSE in PLOVER", "091", "ACCUSE", -2.0, 3},
		{"demand is REQUEST in PLOVER", "106", "REQUEST", -5.0, 3},
		{"veto", "129", "REJECT", -5.0, 3},
		{"threaten non-force", "1312", "THREATEN", -5.8, 3},
		{"embargo is COERCE in PLOVER", "163", "COERCE", -8.0, 4},
		{"arrest", "173", "COERCE", -5.0, 4},
		{"violent repression is ASSAULT", "175", "ASSAULT", -9.0, 4},
		{"assassinate", "186", "ASSAULT", -10.0, 4},
		{"occupy territory is COERCE", "192", "COERCE", -9.5, 4},
		{"mass violence", "2042", "ASSAULT", -10.0, 4},
		{"public statement is no PLOVER event", "013", "", 0.4, 1},
	}
	for _, c := range cases {
		got, ok := Lookup(c.code)
		if !ok {
			t.Errorf("%s: %s not found", c.name, c.code)
			continue
		}
		if got.Type != c.typ || got.Goldstein != c.goldstein || got.Quad != c.quad {
			t.Errorf("%s: %s = %s %.1f quad %d, want %s %.1f quad %d", c.name, c.code, got.Type, got.Goldstein, got.Quad, c.typ, c.goldstein, c.quad)
		}
	}
	if _, ok := Lookup("999"); ok {
		t.Error("999 found")
	}
	if Goldstein("0579") != 8.0 || Quad("1899") != 4 {
		t.Error("an unknown code should fall back to its nearest ancestor")
	}
}

// TestChanges checks the codes an event takes when the coder changes its
// type: intent (promise → AGREE), refusal (negated → REJECT), threat
// (future conflict → THREATEN).
func TestChanges(t *testing.T) {
	cases := []struct {
		name string
		got  string
		want string
	}{
		{"promise to cooperate economically", Intent("061"), "0311"},
		{"promise to visit", Intent("042"), "036"},
		{"promise to give humanitarian aid", Intent("073"), "0333"},
		{"promise to release", Intent("0841"), "0353"},
		{"an intent stays", Intent("0312"), "0312"},
		{"promise of something with no intent code", Intent("112"), "030"},
		{"refuse to meet", Refusal("036"), "125"},
		{"refuse economic cooperation", Refusal("061"), "1211"},
		{"refuse anything else", Refusal("057"), "120"},
		{"threaten military force", Threat("193"), "1384"},
		{"threaten sanctions", Threat("163"), "1312"},
		{"threaten repression", Threat("173"), "137"},
		{"threaten, general", Threat("112"), "130"},
		{"ask for de-escalation", Appeal("087"), "0256"},
		{"ask for humanitarian aid", Appeal("073"), "0233"},
		{"ask, general", Appeal("190"), "020"},
		{"a code that fits its type stays", ForType("057", "SUPPORT"), "057"},
		{"a code that does not fit gets the type's default", ForType("057", "REJECT"), "120"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, c.got, c.want)
		}
	}
	for typ, code := range defaults {
		got, ok := Lookup(code)
		if !ok || got.Type != typ {
			t.Errorf("default %s for %s is %q in the table", code, typ, got.Type)
		}
	}
	for _, m := range []map[string]string{intent, refusal, threat, appeal} {
		for from, to := range m {
			if _, ok := Lookup(to); !ok {
				t.Errorf("%s → %s: %s is not in the table", from, to, to)
			}
		}
	}
}

// TestParseErrors checks that a bad table says where it is bad.
func TestParseErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"too few fields", "01 | 0.0 | - | - | x\n", ":1: want 6 fields"},
		{"not digits", "0x | 0.0 | - | - | - | x\n", "not 2 to 4 digits"},
		{"orphan", "01 | 0.0 | - | - | - | a\n0211 | - | - | - | - | b\n", "before its parent 021"},
		{"root without a score", "01 | - | - | - | - | a\n", "needs a Goldstein score"},
		{"score out of range", "01 | 11 | - | - | - | a\n", "from -10 to 10"},
		{"duplicate", "01 | 0 | - | - | - | a\n01 | 0 | - | - | - | a\n", "given twice"},
	}
	for _, c := range cases {
		_, err := parse(c.text, "x.txt")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

func ExampleLookup() {
	c, _ := Lookup("057")
	fmt.Println(c.Name, c.Type, c.Goldstein, c.Quad)
	fmt.Println(Intent("061"), Refusal("036"))
	// Output:
	// Sign formal agreement SUPPORT 8 1
	// 0311 125
}
