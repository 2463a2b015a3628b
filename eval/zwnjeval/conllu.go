package zwnjeval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadSentences returns the "# text =" lines of a CoNLL-U file.
func ReadSentences(r io.Reader) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	var out []string
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if rest, ok := strings.CutPrefix(t, "# text ="); ok {
			out = append(out, strings.TrimSpace(rest))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("zwnjeval: reading CoNLL-U at line %d: %w", line, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("zwnjeval: no \"# text =\" lines in %d lines of CoNLL-U", line)
	}
	return out, nil
}
