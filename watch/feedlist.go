package watch

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// ReadFeedList reads a list of feed URLs, one a line; blank lines and
// lines starting with # are skipped. source names the list in errors
// ("FILE:LINE: …"). Repeated URLs are kept once.
func ReadFeedList(r io.Reader, source string) ([]string, error) {
	var out []string
	have := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := CheckFeedURL(line); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", source, n, err)
		}
		if !have[line] {
			have[line] = true
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	return out, nil
}

// CheckFeedURL returns an error wrapping ErrBadURL unless s is an absolute
// http or https URL with a host.
func CheckFeedURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: %q", ErrBadURL, s)
	}
	return nil
}
