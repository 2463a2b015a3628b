package records

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		records int
		errs    int
	}{
		// Two records, a comment and an empty value, which is skipped.
		{"two records", "# c\na: 1\nb:\n\nc: 2\n", 2, 0},
		// A line with no colon drops its record and is reported with its line.
		{"no colon", "a: 1\nwords\n\nb: 2\n", 1, 1},
		// A key with a space is not a key.
		{"spaced key", "a b: 1\n", 0, 1},
		// Blank lines at the ends make no empty records.
		{"blank ends", "\n\na: 1\n\n\n", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, errs := Read(strings.NewReader(tt.in), "f.txt")
			if len(recs) != tt.records || len(errs) != tt.errs {
				t.Fatalf("got %d records %d errors (%v), want %d %d", len(recs), len(errs), errs, tt.records, tt.errs)
			}
			for _, e := range errs {
				if !strings.HasPrefix(e.Error(), "f.txt:2:") && !strings.HasPrefix(e.Error(), "f.txt:1:") {
					t.Errorf("error %q does not name the line", e)
				}
			}
		})
	}
	if got := List(" a | | b|c "); strings.Join(got, ",") != "a,b,c" {
		t.Errorf("List = %q", got)
	}
}
