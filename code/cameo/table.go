package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/cameo.txt
var tableText string

// Code is one CAMEO event code.
type Code struct {
	Code      string   // "0311"
	Name      string   // "Express intent to cooperate economically"
	Goldstein float64  // conflict-cooperation weight, -10 to +10
	Quad      int      // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Type      string   // PLOVER type, or "" for public statements (01)
	Mode      string   // PLOVER mode, or ""
	Context   []string // PLOVER contexts
}

// table is the parsed data file.
type table struct {
	byCode map[string]*Code
	all    []Code // in code order
}

var load = sync.OnceValue(func() *table {
	t, err := parse(tableText, "code/cameo/data/cameo.txt")
	if err != nil {
		panic(err) // the file is embedded: a bad line is a build defect, caught by the tests
	}
	return t
})

// parse reads the table format of data/cameo.txt.
func parse(text, source string) (*table, error) {
	seen := map[string]Code{}
	var all []Code
	sc := bufio.NewScanner(strings.NewReader(text))
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "|")
		if len(f) != 6 {
			return nil, fmt.Errorf("cameo: %s:%d: want 6 fields separated by |, got %d", source, line, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		c := Code{Code: f[0], Name: f[5]}
		if n := len(c.Code); n < 2 || n > 4 || strings.Trim(c.Code, "0123456789") != "" {
			return nil, fmt.Errorf("cameo: %s:%d: code %q is not 2 to 4 digits", source, line, c.Code)
		}
		root, err := strconv.Atoi(c.Code[:2])
		if err != nil || root < 1 || root > 20 {
			return nil, fmt.Errorf("cameo: %s:%d: code %q has no root 01-20", source, line, c.Code)
		}
		c.Quad = quadOf(root)
		if _, dup := seen[c.Code]; dup {
			return nil, fmt.Errorf("cameo: %s:%d: code %s given twice", source, line, c.Code)
		}
		up, hasParent := seen[parent(c.Code)]
		if len(c.Code) > 2 && !hasParent {
			return nil, fmt.Errorf("cameo: %s:%d: code %s comes before its parent %s", source, line, c.Code, parent(c.Code))
		}
		if f[1] != "-" {
			if c.Goldstein, err = strconv.ParseFloat(f[1], 64); err != nil || c.Goldstein < -10 || c.Goldstein > 10 {
				return nil, fmt.Errorf("cameo: %s:%d: Goldstein score %q is not a number from -10 to 10", source, line, f[1])
			}
		} else if len(c.Code) == 2 {
			return nil, fmt.Errorf("cameo: %s:%d: root %s needs a Goldstein score of its own", source, line, c.Code)
		} else {
			c.Goldstein = up.Goldstein
		}
		c.Type, c.Mode = dash(f[2]), dash(f[3])
		if ctx := dash(f[4]); ctx != "" {
			c.Context = strings.Split(ctx, ";")
		}
		seen[c.Code] = c
		all = append(all, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cameo: %s: %w", source, err)
	}
	t := &table{byCode: make(map[string]*Code, len(all)), all: all}
	sort.Slice(t.all, func(i, j int) bool { return t.all[i].Code < t.all[j].Code })
	for i := range t.all {
		t.byCode[t.all[i].Code] = &t.all[i]
	}
	return t, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// parent returns the code one level up: 0311 → 031, 031 → 03.
func parent(code string) string { return code[:len(code)-1] }

// quadOf gives the quad class of a root.
func quadOf(root int) int {
	switch {
	case root <= 5:
		return 1
	case root <= 8:
		return 2
	case root <= 13:
		return 3
	}
	return 4
}

// Lookup returns the code, if the table has it.
func Lookup(code string) (Code, bool) {
	c, ok := load().byCode[code]
	if !ok {
		return Code{}, false
	}
	return *c, true
}

// All returns every code, in code order.
func All() []Code { return append([]Code(nil), load().all...) }

// Goldstein returns the Goldstein score of code, or of its nearest known
// ancestor; 0 for an unknown code.
func Goldstein(code string) float64 {
	if c := nearest(code); c != nil {
		return c.Goldstein
	}
	return 0
}

// Quad returns the quad class of code (1 to 4), or 0 for an unknown root.
func Quad(code string) int {
	if c := nearest(code); c != nil {
		return c.Quad
	}
	return 0
}

// nearest returns code or its nearest ancestor in the table.
func nearest(code string) *Code {
	t := load()
	for len(code) >= 2 {
		if c, ok := t.byCode[code]; ok {
			return c
		}
		code = parent(code)
	}
	return nil
}
