package jsonstr

import (
	"encoding/json"
	"testing"
)

func TestAppend(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Persian words are copied as they are.
		{"persian", "رئیسجمهور کابل", `"رئیسجمهور کابل"`},
		// The quote and the backslash are escaped.
		{"quote and backslash", `a"b\c`, `"a\"b\\c"`},
		// Control characters are escaped: the usual short forms, else \u.
		{"control", "a\nb\x00", `"a\nb\u0000"`},
		// An invalid byte becomes U+FFFD, which JSON readers accept.
		{"invalid byte", "a\xffb", `"a\ufffdb"`},
		// The empty string is two quotes.
		{"empty", "", `""`},
	}
	for _, tt := range tests {
		got := string(Append(nil, tt.in))
		if got != tt.want {
			t.Errorf("%s: Append(%q) = %s, want %s", tt.name, tt.in, got, tt.want)
		}
		var back string
		if err := json.Unmarshal([]byte(got), &back); err != nil {
			t.Errorf("%s: %s is not JSON: %v", tt.name, got, err)
		}
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "کابل", `"\`, "\x01\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Append(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatalf("%q gave %s, not JSON: %v", s, got, err)
		}
		want, _ := json.Marshal(s) // encoding/json also turns invalid bytes into U+FFFD
		var wantBack string
		_ = json.Unmarshal(want, &wantBack)
		if back != wantBack {
			t.Fatalf("%q read back as %q, encoding/json's as %q", s, back, wantBack)
		}
	})
}
