package main

import (
	"os"
	"testing"
)

// shipped is the generated file as committed in package langid.
const shipped = "cldr_names_xtext_v0.44.0.txt"

// TestShippedFileUpToDate checks that the committed marker file is what the
// generator writes with the golang.org/x/text version in go.mod, so a
// dependency upgrade without `go generate` is caught.
func TestShippedFileUpToDate(t *testing.T) {
	want, err := os.ReadFile("../../" + shipped)
	if err != nil {
		t.Fatal(err)
	}
	version, err := moduleVersion(textModule)
	if err != nil {
		t.Skipf("no module version in the test binary: %v", err)
	}
	if got := generate(shipped, version, 1); got != string(want) {
		t.Errorf("%s is out of date: run go generate in text/langid", shipped)
	}
}

// TestInflected checks the rule that drops name pairs differing only by an
// inflection langid would strip.
func TestInflected(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"گرنادین", "گرنادینها", true}, // plural: the one name would match the other
		{"بولیوی", "بولیویا", false},   // a different last letter is a different name
		{"لیبی", "لیبیا", false},
		{"ژاپن", "جاپان", false},
		{"کنگو", "کنگو", false}, // equal names are dropped earlier
	}
	for _, tc := range tests {
		if got := inflected(tc.a, tc.b); got != tc.want {
			t.Errorf("inflected(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestShorten checks that compound CLDR names keep their first part.
func TestShorten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"کنگو - کینشاسا", "کنگو"},     // "X - Y" names the country by X
		{"سودان جنوبی", "سودان جنوبی"}, // plain names are kept
		{"هنگ‌کنگ (منطقهٔ ویژهٔ اداری چین)", "هنگ‌کنگ"},
	}
	for _, tc := range tests {
		if got := shorten(tc.in); got != tc.want {
			t.Errorf("shorten(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
