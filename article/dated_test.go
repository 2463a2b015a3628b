package article

import (
	"strings"
	"testing"
)

func TestReadFromText(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		want   []string
	}{
		{
			// The evaluation format: header, first line, more paragraphs.
			name: "dated", format: Auto,
			in:   "date 2025-11-07 طالبان مکتب‌ها را باز نکردند\nوزارت معارف روز پنجشنبه اعلام کرد.\n",
			want: []string{`L1 date="2025-11-07" title="طالبان مکتب‌ها را باز نکردند" body="طالبان مکتب‌ها را باز نکردند\nوزارت معارف روز پنجشنبه اعلام کرد."`},
		},
		{
			// A space before the header, as in the seed file.
			name: "leading space", format: Auto,
			in:   " date 2025-11-07 Headline\nText.",
			want: []string{`L1 date="2025-11-07" title="Headline" body="Headline\nText."`},
		},
		{
			// Blank lines before the header: Line is the header's line.
			name: "leading blank lines", format: Auto,
			in:   "\n\n  \ndate 2025-11-07 Headline\nText.",
			want: []string{`L4 date="2025-11-07" title="Headline" body="Headline\nText."`},
		},
		{
			// A UTF-8 byte order mark before the header.
			name: "BOM", format: Auto,
			in:   "\uFEFFdate 2025-11-07 Headline\nText.",
			want: []string{`L1 date="2025-11-07" title="Headline" body="Headline\nText."`},
		},
		{
			// 0000-00-00 means unknown.
			name: "unknown date", format: Auto,
			in:   "date 0000-00-00 Headline\nText.",
			want: []string{`L1 date="" title="Headline" body="Headline\nText."`},
		},
		{
			// An impossible date keeps the article (Date "") and reports it.
			name: "impossible date", format: Auto,
			in:   "date 2025-13-45 Headline\nText.",
			want: []string{`L1 date="" title="Headline" body="Headline\nText."`, "L1 error: bad date"},
		},
		{
			// February 30th, on the header's line 2.
			name: "February 30", format: Auto,
			in:   "\ndate 2025-02-30 Headline\nText.",
			want: []string{`L2 date="" title="Headline" body="Headline\nText."`, "L2 error: bad date"},
		},
		{
			// A date that is not zero-padded is still a header, and a bad date.
			name: "unpadded date", format: Auto,
			in:   "date 2025-1-7 Headline",
			want: []string{`L1 date="" title="Headline" body="Headline"`, "L1 error: bad date"},
		},
		{
			// Persian digits are a header but refused: the calendar is unclear.
			name: "Persian digits", format: Auto,
			in:   "date ۱۴۰۴-۰۸-۱۶ خبر",
			want: []string{`L1 date="" title="خبر" body="خبر"`, "L1 error: bad date"},
		},
		{
			// CRLF is kept in the body; only trailing line breaks are cut.
			name: "CRLF", format: Auto,
			in:   "date 2025-11-07 Headline\r\nText.\r\n\r\n",
			want: []string{`L1 date="2025-11-07" title="Headline" body="Headline\r\nText."`},
		},
		{
			// The header alone on its line: the body starts on the next line.
			name: "header on its own line", format: Auto,
			in:   "date 2025-11-07\nHeadline\nText.",
			want: []string{`L1 date="2025-11-07" title="Headline" body="Headline\nText."`},
		},
		{
			// Several spaces or a tab after the date are not part of the body.
			name: "tab and spaces", format: Auto,
			in:   "date\t2025-11-07 \t Headline",
			want: []string{`L1 date="2025-11-07" title="Headline" body="Headline"`},
		},
		{
			// A first line that is a sentence is no title, but stays in the body.
			name: "first line is a sentence", format: Auto,
			in:   "date 2025-11-07 طالبان روز پنجشنبه گفتند که مذاکره ادامه دارد.\nمتن.",
			want: []string{`L1 date="2025-11-07" title="" body="طالبان روز پنجشنبه گفتند که مذاکره ادامه دارد.\nمتن."`},
		},
		{
			// A header with no text after it.
			name: "header only", format: Auto,
			in:   "date 2025-11-07\n\n",
			want: []string{"L1 error: no text"},
		},
		{
			// "date" followed by a word is prose: plain text.
			name: "date word in prose", format: Auto,
			in:   "date of the talks is unknown\nText.",
			want: []string{`L1 date="" title="date of the talks is unknown" body="date of the talks is unknown\nText."`},
		},
		{
			// A date glued to text is no header.
			name: "glued date", format: Auto,
			in:   "date 2025-11-07Headline",
			want: []string{`L1 date="" title="date 2025-11-07Headline" body="date 2025-11-07Headline"`},
		},
		{
			// "Date" with a capital is not the header word.
			name: "capitalised Date", format: Auto,
			in:   "Date 2025-11-07 Headline",
			want: []string{`L1 date="" title="Date 2025-11-07 Headline" body="Date 2025-11-07 Headline"`},
		},
		{
			// Plain text: whole file is the body, leading blank line kept.
			name: "plain", format: Auto,
			in:   "\nکابل، ۱۶ عقرب\nمتن خبر.\n",
			want: []string{`L1 date="" title="کابل، ۱۶ عقرب" body="\nکابل، ۱۶ عقرب\nمتن خبر."`},
		},
		{
			// Forced PlainText does not look for a header.
			name: "forced plain", format: PlainText,
			in:   "date 2025-11-07 Headline",
			want: []string{`L1 date="" title="date 2025-11-07 Headline" body="date 2025-11-07 Headline"`},
		},
		{
			// Forced DatedText without a header is an error.
			name: "forced dated without header", format: DatedText,
			in:   "\nHeadline\nText.",
			want: []string{"L2 error: no date header"},
		},
		{
			// Forced DatedText with a header.
			name: "forced dated", format: DatedText,
			in:   "date 2025-11-07 Headline",
			want: []string{`L1 date="2025-11-07" title="Headline" body="Headline"`},
		},
		{
			// Auto on text that starts with '{' reads JSON Lines.
			name: "auto JSON", format: Auto,
			in:   ` {"text": "متن"}`,
			want: []string{`L1 date="" title="" body="متن"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outcomes(ReadFrom(strings.NewReader(tt.in), "in.txt", tt.format, DefaultOptions()))
			sameOutcomes(t, got, tt.want)
		})
	}
}
