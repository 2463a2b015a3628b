package langid

import (
	"testing"

	"github.com/abadojack/whatlanggo"
)

// TestWhatlangCodes checks the mapping of whatlanggo's languages to the
// codes Detect reports.
func TestWhatlangCodes(t *testing.T) {
	tests := []struct {
		lang whatlanggo.Lang
		want string
	}{
		{whatlanggo.Eng, "en"}, // ordinary ISO 639-1 code
		{whatlanggo.Rus, "ru"},
		{whatlanggo.Pes, "fa"},  // whatlanggo has no 639-1 code for Persian
		{whatlanggo.Ydd, "yi"},  // nor for Yiddish
		{whatlanggo.Ceb, "ceb"}, // Cebuano has none: ISO 639-3
		{whatlanggo.Cmn, "zh"},
	}
	for _, tc := range tests {
		if got := whatlangCodes[tc.lang]; got != tc.want {
			t.Errorf("code of %v = %q, want %q", tc.lang, got, tc.want)
		}
	}
	for lang, code := range whatlangCodes {
		if code == "" {
			t.Errorf("%v has no code", lang)
		}
	}
}
