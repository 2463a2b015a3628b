package article

import (
	"strings"
	"testing"
)

func TestReadFromJSONLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			// Every field filled.
			name: "full record",
			in:   `{"id":"pajhwok-1","date":"2025-11-07","title":"عنوان","text":"متن خبر.","url":"https://example.af/1","lang":"fa"}`,
			want: []string{`L1 date="2025-11-07" title="عنوان" body="متن خبر." id=pajhwok-1 url=https://example.af/1 lang=fa`},
		},
		{
			// "body" instead of "text"; numeric id.
			name: "body field and numeric id",
			in:   `{"id":42,"body":"Text."}`,
			want: []string{`L1 date="" title="" body="Text." id=42`},
		},
		{
			// Both given: "text" wins.
			name: "text wins over body",
			in:   `{"text":"A.","body":"B."}`,
			want: []string{`L1 date="" title="" body="A."`},
		},
		{
			// Blank "text" falls back to "body".
			name: "blank text falls back",
			in:   `{"text":"  ","body":"B."}`,
			want: []string{`L1 date="" title="" body="B."`},
		},
		{
			// RFC 3339 timestamp: the date as written.
			name: "timestamp",
			in:   `{"date":"2025-11-07T23:30:00-05:00","text":"T."}`,
			want: []string{`L1 date="2025-11-07" title="" body="T."`},
		},
		{
			// The format's unknown date, and null.
			name: "unknown dates",
			in:   `{"date":"0000-00-00","text":"T."}` + "\n" + `{"date":null,"text":"U."}`,
			want: []string{`L1 date="" title="" body="T."`, `L2 date="" title="" body="U."`},
		},
		{
			// An impossible date keeps the article and reports the line.
			name: "impossible date",
			in:   `{"text":"A."}` + "\n" + `{"date":"2025-02-30","text":"B."}`,
			want: []string{`L1 date="" title="" body="A."`, `L2 date="" title="" body="B."`, "L2 error: bad date"},
		},
		{
			// A malformed line between good ones: only it fails.
			name: "malformed line",
			in:   `{"text":"A."}` + "\n" + `{"text":"B.` + "\n" + `{"text":"C."}`,
			want: []string{`L1 date="" title="" body="A."`, "L2 error: malformed JSON line", `L3 date="" title="" body="C."`},
		},
		{
			// Neither text nor body.
			name: "no text",
			in:   `{"title":"Only a title"}`,
			want: []string{"L1 error: no text"},
		},
		{
			// Blank and white-space lines are skipped, numbering goes on.
			name: "blank lines",
			in:   "\n" + `{"text":"A."}` + "\n   \n\t\n" + `{"text":"B."}` + "\n\n",
			want: []string{`L2 date="" title="" body="A."`, `L5 date="" title="" body="B."`},
		},
		{
			// CRLF line ends.
			name: "CRLF",
			in:   `{"text":"A."}` + "\r\n" + `{"text":"B."}` + "\r\n",
			want: []string{`L1 date="" title="" body="A."`, `L2 date="" title="" body="B."`},
		},
		{
			// Invalid UTF-8 on one line: that line is skipped, not repaired.
			name: "invalid UTF-8",
			in:   `{"text":"A."}` + "\n" + `{"text":"B` + "\xff" + `."}` + "\n" + `{"text":"C."}`,
			want: []string{`L1 date="" title="" body="A."`, "L2 error: invalid UTF-8", `L3 date="" title="" body="C."`},
		},
		{
			// A JSON array is not an article.
			name: "array",
			in:   `["text"]`,
			want: []string{"L1 error: malformed JSON line"},
		},
		{
			// Two objects on one line.
			name: "trailing data",
			in:   `{"text":"A."} {"text":"B."}`,
			want: []string{"L1 error: malformed JSON line"},
		},
		{
			// A field of the wrong type.
			name: "wrong type",
			in:   `{"text":"A.","title":7}`,
			want: []string{"L1 error: malformed JSON line"},
		},
		{
			// An object as id.
			name: "object id",
			in:   `{"id":{"a":1},"text":"A."}`,
			want: []string{"L1 error: malformed JSON line"},
		},
		{
			// Language tags: Dari and Iranian Persian set Variant.
			name: "languages",
			in: `{"text":"A.","lang":"fa-AF"}` + "\n" + `{"text":"B.","lang":"prs"}` + "\n" +
				`{"text":"C.","lang":"fa_IR"}` + "\n" + `{"text":"D.","lang":"eng"}` + "\n" + `{"text":"E.","lang":"EN-us"}`,
			want: []string{
				`L1 date="" title="" body="A." lang=fa variant=fa-AF`,
				`L2 date="" title="" body="B." lang=fa variant=fa-AF`,
				`L3 date="" title="" body="C." lang=fa variant=fa-IR`,
				`L4 date="" title="" body="D." lang=en`,
				`L5 date="" title="" body="E." lang=en`,
			},
		},
		{
			// The body is kept exactly, inner line breaks included.
			name: "body kept",
			in:   `{"text":"  سطر اول\nسطر دوم  "}`,
			want: []string{`L1 date="" title="" body="  سطر اول\nسطر دوم  "`},
		},
		{
			// Only blank lines: nothing to read.
			name: "only blank lines",
			in:   "\n\n  \n",
			want: []string{"L1 error: empty file"},
		},
		{
			// Unknown fields are ignored.
			name: "unknown fields",
			in:   `{"text":"A.","source":"x","tags":["a"]}`,
			want: []string{`L1 date="" title="" body="A."`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outcomes(ReadFrom(strings.NewReader(tt.in), "in.jsonl", JSONLines, DefaultOptions()))
			sameOutcomes(t, got, tt.want)
		})
	}
}

func TestSplitLang(t *testing.T) {
	tests := []struct{ tag, lang, variant string }{
		{"fa", "fa", ""},         // bare Persian: variant undecided
		{"fa-AF", "fa", "fa-AF"}, // BCP 47 Dari
		{"prs", "fa", "fa-AF"},   // ISO 639-3 Dari
		{"pes", "fa", "fa-IR"},   // ISO 639-3 Iranian Persian
		{"fas", "fa", ""},        // ISO 639-3 macrolanguage
		{"pus", "ps", ""},        // Pashto, three letters
		{" EN ", "en", ""},       // case and spaces
		{"", "", ""},             // not given
		{"uz-Latn", "uz", ""},    // other tags keep their primary subtag
	}
	for _, tt := range tests {
		if lang, variant := SplitLang(tt.tag); lang != tt.lang || variant != tt.variant {
			t.Errorf("SplitLang(%q) = %q, %q; want %q, %q", tt.tag, lang, variant, tt.lang, tt.variant)
		}
	}
}
