package hunspell

import (
	"fmt"
	"strings"
)

// Condition is a parsed affix condition: a sequence of character classes
// that the end (suffix) or start (prefix) of a word must match. "." is the
// empty condition and matches every word.
type Condition struct {
	classes []charClass
}

// charClass matches one character: any, one of a set, or none of a set.
type charClass struct {
	any    bool
	negate bool
	chars  string
}

func (c charClass) match(r rune) bool {
	if c.any {
		return true
	}
	return strings.ContainsRune(c.chars, r) != c.negate
}

// ParseCondition parses a condition such as ".", "[^aeiou]y" or "ه".
func ParseCondition(s string) (Condition, error) {
	if s == "." || s == "" {
		return Condition{}, nil
	}
	var cond Condition
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			cond.classes = append(cond.classes, charClass{any: true})
		case '[':
			end := i + 1
			for end < len(rs) && rs[end] != ']' {
				end++
			}
			if end == len(rs) {
				return Condition{}, fmt.Errorf("hunspell: condition %q: unclosed [", s)
			}
			set := rs[i+1 : end]
			cc := charClass{}
			if len(set) > 0 && set[0] == '^' {
				cc.negate = true
				set = set[1:]
			}
			cc.chars = string(set)
			cond.classes = append(cond.classes, cc)
			i = end
		default:
			cond.classes = append(cond.classes, charClass{chars: string(rs[i])})
		}
	}
	return cond, nil
}

// Len is the number of characters the condition looks at.
func (c Condition) Len() int { return len(c.classes) }

// MatchEnd reports whether word ends with characters matching the condition.
func (c Condition) MatchEnd(word string) bool {
	if len(c.classes) == 0 {
		return true
	}
	rs := []rune(word)
	if len(rs) < len(c.classes) {
		return false
	}
	rs = rs[len(rs)-len(c.classes):]
	for i, cc := range c.classes {
		if !cc.match(rs[i]) {
			return false
		}
	}
	return true
}

// MatchStart reports whether word begins with characters matching the
// condition.
func (c Condition) MatchStart(word string) bool {
	if len(c.classes) == 0 {
		return true
	}
	rs := []rune(word)
	if len(rs) < len(c.classes) {
		return false
	}
	for i, cc := range c.classes {
		if !cc.match(rs[i]) {
			return false
		}
	}
	return true
}
