package article

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// TestLineScanner uses a 16-byte read buffer so that lines cross buffer
// boundaries, and a cap of 8 bytes.
func TestLineScanner(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "n:text" or "n:too long"
	}{
		{"short lines", "ab\ncd\n", []string{"1:ab", "2:cd"}},                                          // fit in the buffer
		{"no final newline", "ab\ncd", []string{"1:ab", "2:cd"}},                                       // last line unterminated
		{"exactly the cap", "12345678\nx", []string{"1:12345678", "2:x"}},                              // 8 bytes is allowed
		{"one over the cap", "123456789\nx", []string{"1:too long", "2:x"}},                            // 9 bytes is not
		{"CRLF at the cap", "12345678\r\nx", []string{"1:12345678", "2:x"}},                            // \r is not counted
		{"long line across buffers", strings.Repeat("z", 40) + "\nx\n", []string{"1:too long", "2:x"}}, // skipped while streaming
		{"long last line", "x\n" + strings.Repeat("z", 40), []string{"1:x", "2:too long"}},             // at end of input
		{"empty lines", "\n\n", []string{"1:", "2:"}},                                                  // blank lines are lines
		{"empty input", "", nil}, // nothing
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := lineScanner{br: bufio.NewReaderSize(strings.NewReader(tt.in), 16), max: 8}
			var got []string
			for {
				text, line, tooLong, err := s.next()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				if tooLong {
					got = append(got, fmt.Sprintf("%d:too long", line))
				} else {
					got = append(got, fmt.Sprintf("%d:%s", line, text))
				}
			}
			sameOutcomes(t, got, tt.want)
		})
	}
}
