package hunspell

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Rule is one line of a PFX or SFX class: remove Strip from the word's edge,
// add Add, when the word matches Cond. Cont lists the continuation flags the
// affixed word gets (the part after "/" in the add field).
type Rule struct {
	Strip, Add string
	Cond       Condition
	CondText   string
	Cont       []string
}

// Class is one affix class: all rules under one PFX or SFX flag.
type Class struct {
	Flag   string
	Prefix bool
	// Cross says whether the class combines with classes of the other kind
	// (the Y/N field of the header).
	Cross bool
	Rules []Rule
}

// Aff is the affix part of a dictionary.
type Aff struct {
	// LongFlags is set by "FLAG long": flags are two characters each.
	LongFlags bool
	// Classes in file order; ByFlag indexes them.
	Classes []*Class
	ByFlag  map[string]*Class
}

// SplitFlags splits a flag field into flags.
func (a *Aff) SplitFlags(s string) []string {
	if s == "" {
		return nil
	}
	rs := []rune(s)
	step := 1
	if a.LongFlags {
		step = 2
	}
	out := make([]string, 0, len(rs)/step)
	for i := 0; i+step <= len(rs); i += step {
		out = append(out, string(rs[i:i+step]))
	}
	return out
}

// ParseAff reads an .aff file. name is used in error messages.
func ParseAff(r io.Reader, name string) (*Aff, error) {
	aff := &Aff{ByFlag: map[string]*Class{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	var cur *Class
	remaining := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if i := strings.Index(text, "#"); i == 0 {
			continue
		}
		f := strings.Fields(text)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "FLAG":
			if len(f) < 2 {
				return nil, fmt.Errorf("hunspell: %s:%d: FLAG without value", name, line)
			}
			switch f[1] {
			case "long":
				aff.LongFlags = true
			case "UTF-8":
			default:
				return nil, fmt.Errorf("hunspell: %s:%d: unsupported FLAG %s", name, line, f[1])
			}
		case "PFX", "SFX":
			if remaining == 0 {
				// Header: PFX flag cross count
				if len(f) < 4 {
					return nil, fmt.Errorf("hunspell: %s:%d: short %s header", name, line, f[0])
				}
				n, err := strconv.Atoi(f[3])
				if err != nil {
					return nil, fmt.Errorf("hunspell: %s:%d: %s count %q: %v", name, line, f[0], f[3], err)
				}
				if _, dup := aff.ByFlag[f[1]]; dup {
					return nil, fmt.Errorf("hunspell: %s:%d: affix flag %s defined twice", name, line, f[1])
				}
				cur = &Class{Flag: f[1], Prefix: f[0] == "PFX", Cross: f[2] == "Y"}
				aff.Classes = append(aff.Classes, cur)
				aff.ByFlag[cur.Flag] = cur
				remaining = n
				continue
			}
			if len(f) < 4 || f[1] != cur.Flag || (f[0] == "PFX") != cur.Prefix {
				return nil, fmt.Errorf("hunspell: %s:%d: expected %d more rules of %s", name, line, remaining, cur.Flag)
			}
			rule := Rule{Strip: f[2], CondText: "."}
			if rule.Strip == "0" {
				rule.Strip = ""
			}
			add := f[3]
			if i := strings.Index(add, "/"); i >= 0 {
				rule.Cont = aff.SplitFlags(add[i+1:])
				add = add[:i]
			}
			if add == "0" {
				add = ""
			}
			rule.Add = add
			if len(f) >= 5 {
				rule.CondText = f[4]
			}
			cond, err := ParseCondition(rule.CondText)
			if err != nil {
				return nil, fmt.Errorf("hunspell: %s:%d: %v", name, line, err)
			}
			rule.Cond = cond
			cur.Rules = append(cur.Rules, rule)
			remaining--
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("hunspell: reading %s: %v", name, err)
	}
	if remaining != 0 {
		return nil, fmt.Errorf("hunspell: %s: class %s is missing %d rules", name, cur.Flag, remaining)
	}
	return aff, nil
}
