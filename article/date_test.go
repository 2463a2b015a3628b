package article

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "2025-11-07", want: "2025-11-07"},                    // plain ISO date
		{in: "0000-00-00", want: ""},                              // the format's "unknown"
		{in: "2024-02-29", want: "2024-02-29"},                    // leap day in a leap year
		{in: "2000-02-29", want: "2000-02-29"},                    // leap day, divisible by 400
		{in: "1900-02-29", bad: true},                             // no leap day, divisible by 100
		{in: "2025-02-29", bad: true},                             // no leap day in a common year
		{in: "2025-02-30", bad: true},                             // February never has 30 days
		{in: "2025-04-31", bad: true},                             // 30-day month
		{in: "2025-13-45", bad: true},                             // month 13
		{in: "2025-00-10", bad: true},                             // month 00
		{in: "2025-01-00", bad: true},                             // day 00
		{in: "0000-05-01", bad: true},                             // year 0 with a real month and day
		{in: "2025-1-7", bad: true},                               // not zero-padded
		{in: "۲۰۲۵-۱۱-۰۷", bad: true},                             // Persian digits: could be a Solar Hijri date, so refused
		{in: "", bad: true},                                       // empty
		{in: "2025/11/07", bad: true},                             // wrong separator
		{in: "2025-11-07T09:30:00Z", want: "2025-11-07"},          // RFC 3339 in UTC
		{in: "2025-11-07T23:30:00-05:00", want: "2025-11-07"},     // date as written, not moved to UTC
		{in: "2025-11-07T09:30:00.123+04:30", want: "2025-11-07"}, // fractional seconds, Kabul offset
		{in: "2025-11-07T25:00:00Z", bad: true},                   // hour 25
		{in: "2025-02-30T10:00:00Z", bad: true},                   // impossible day inside a timestamp
		{in: "2025-11-07 garbage", bad: true},                     // date followed by junk
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.bad {
			if !errors.Is(err, ErrBadDate) {
				t.Errorf("ParseDate(%q) = %q, %v; want ErrBadDate", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
