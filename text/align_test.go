package text

import "testing"

func TestBuilderAlignment(t *testing.T) {
	// Input "aXXbc": XX is replaced by "Y", then "c" is dropped, "Z" inserted.
	in := "aXXbc"
	var b Builder
	b.Copy("a")
	b.Replace(2, "Y")
	b.Copy("b")
	b.Replace(1, "")
	b.Replace(0, "Z")
	out, al := b.String(), b.Alignment(len(in))
	if out != "aYbZ" {
		t.Fatalf("output %q", out)
	}
	tests := []struct {
		name      string
		out       Span
		wantInput string
	}{
		// An unchanged byte before any edit maps to itself.
		{"identity prefix", Span{0, 1}, "a"},
		// A replacement maps to the whole stretch it replaced.
		{"replacement", Span{1, 2}, "XX"},
		// A byte after a shrinking edit shifts back by the difference.
		{"after shrink", Span{2, 3}, "b"},
		// A span across edits covers everything between its ends.
		{"across edits", Span{0, 3}, "aXXb"},
		// An inserted byte maps to an empty stretch where it was inserted.
		{"insertion", Span{3, 4}, "c"},
		// The empty span at the end maps to the end.
		{"end", Span{4, 4}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := al.Span(tt.out)
			if !sp.In(len(in)) {
				t.Fatalf("span %v out of range", sp)
			}
			if got := in[sp.Start:sp.End]; got != tt.wantInput {
				t.Errorf("span %v maps to %q, want %q", tt.out, got, tt.wantInput)
			}
		})
	}
}

func TestThen(t *testing.T) {
	// Step one drops the "-" of "ab-cd"; step two doubles "c".
	in := "ab-cd"
	var b1 Builder
	b1.Copy("ab")
	b1.Replace(1, "")
	b1.Copy("cd")
	mid := b1.String()
	var b2 Builder
	b2.Copy("ab")
	b2.Replace(1, "cc")
	b2.Copy("d")
	out := b2.String()
	al := b1.Alignment(len(in)).Then(b2.Alignment(len(mid)))
	if out != "abccd" {
		t.Fatalf("output %q", out)
	}
	// "d" sits at 4 in the output and at 4 in the input.
	if sp := al.Span(Span{4, 5}); in[sp.Start:sp.End] != "d" {
		t.Errorf("d maps to %q", in[sp.Start:sp.End])
	}
	// "cc" maps back through both steps to "c" (the dropped "-" stays out).
	if sp := al.Span(Span{2, 4}); in[sp.Start:sp.End] != "c" {
		t.Errorf("cc maps to %q", in[sp.Start:sp.End])
	}
	// A nil alignment is the identity.
	var nilAl *Alignment
	if nilAl.Start(3) != 3 || nilAl.End(3) != 3 {
		t.Error("nil alignment is not the identity")
	}
}

func TestSameLengthReplaceRecordsNothing(t *testing.T) {
	// Replacing a letter by one of the same length keeps offsets aligned, so
	// no edit is recorded.
	var b Builder
	b.Replace(2, "ی")
	if n := b.Alignment(2).Edits(); n != 0 {
		t.Errorf("edits = %d, want 0", n)
	}
}

func TestOut(t *testing.T) {
	// "aXXbc" became "aYbZ": Out inverts Start.
	var b Builder
	b.Copy("a")
	b.Replace(2, "Y")
	b.Copy("b")
	b.Replace(1, "")
	b.Replace(0, "Z")
	al := b.Alignment(5)
	tests := []struct{ in, want int }{
		{0, 0}, // the start maps to the start
		{1, 1}, // the replaced stretch begins at Y
		{3, 2}, // "b" after the shrinking edit
		{5, 4}, // the end (the dropped "c" and inserted "Z" map to the end)
	}
	for _, tt := range tests {
		if got := al.Out(tt.in); got != tt.want {
			t.Errorf("Out(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
