package article

import (
	"strings"
	"testing"
)

func TestTitleOf(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"طالبان مکتب‌های دختران را باز نکردند\nمتن خبر.", "طالبان مکتب‌های دختران را باز نکردند"}, // Dari headline, no final punctuation
		{"Syria tells forces to withdraw\nText.", "Syria tells forces to withdraw"},                // English headline
		{"سوریه به نیروها گفت خارج شوند.\nمتن.", ""},                                               // first line is a sentence: full stop
		{"آیا مذاکرات ادامه می‌یابد؟\nمتن.", ""},                                                   // Arabic question mark
		{"Will talks go on?\nText.", ""},  // Latin question mark
		{"Stop now!\nText.", ""},          // exclamation
		{"And then…\nText.", ""},          // ellipsis character
		{`He said "no."` + "\nText.", ""}, // full stop inside closing quote
		{"وزیر: «مذاکره ادامه دارد»\nمتن.", "وزیر: «مذاکره ادامه دارد»"}, // quoted headline without full stop
		{"Headline\r\nText.", "Headline"},                                  // CRLF line break
		{"Headline\rText.", "Headline"},                                    // lone CR line break
		{"  Headline  \nText.", "Headline"},                                // surrounding spaces trimmed
		{"One-line article without stop", "One-line article without stop"}, // single line
		{"\nText.", ""}, // empty first line
		{strings.Repeat("خبر ", 38) + "\nمتن.", ""},                                    // 151 characters after trimming: too long
		{strings.Repeat("خبر ", 36) + "خبر\nمتن.", strings.Repeat("خبر ", 36) + "خبر"}, // 147 characters but 257 bytes: counted in characters
	}
	for i, tt := range tests {
		if got := titleOf(tt.body); got != tt.want {
			t.Errorf("case %d: titleOf(%q) = %q; want %q", i, tt.body, got, tt.want)
		}
	}
}
