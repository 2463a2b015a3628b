package hunspell

import "strings"

// maxDepth bounds how many suffixes a chain of continuation flags may add.
const maxDepth = 3

// Expand calls emit for every form of the entry: the word itself, each
// prefixed and suffixed form, suffixes continued through their
// continuation flags, and prefix+suffix combinations where both classes
// allow cross products. A form may be emitted more than once.
func (a *Aff) Expand(e Entry, emit func(form string)) {
	emit(e.Word)
	var suffixed []string
	a.expandSuffixes(e.Word, e.Flags, 0, func(form string) {
		emit(form)
		suffixed = append(suffixed, form)
	})
	for _, f := range e.Flags {
		c := a.ByFlag[f]
		if c == nil || !c.Prefix {
			continue
		}
		for _, r := range c.Rules {
			if p, ok := applyPrefix(e.Word, r); ok {
				emit(p)
			}
		}
		if !c.Cross {
			continue
		}
		a.expandSuffixes(e.Word, crossFlags(a, e.Flags), 0, func(form string) {
			for _, r := range c.Rules {
				if p, ok := applyPrefix(form, r); ok {
					emit(p)
				}
			}
		})
	}
}

// crossFlags keeps the suffix flags whose classes allow cross products.
func crossFlags(a *Aff, flags []string) []string {
	var out []string
	for _, f := range flags {
		if c := a.ByFlag[f]; c != nil && !c.Prefix && c.Cross {
			out = append(out, f)
		}
	}
	return out
}

func (a *Aff) expandSuffixes(word string, flags []string, depth int, emit func(string)) {
	if depth >= maxDepth {
		return
	}
	for _, f := range flags {
		c := a.ByFlag[f]
		if c == nil || c.Prefix {
			continue
		}
		for _, r := range c.Rules {
			form, ok := applySuffix(word, r)
			if !ok {
				continue
			}
			emit(form)
			if len(r.Cont) > 0 {
				a.expandSuffixes(form, r.Cont, depth+1, emit)
			}
		}
	}
}

func applySuffix(word string, r Rule) (string, bool) {
	if !r.Cond.MatchEnd(word) || !strings.HasSuffix(word, r.Strip) {
		return "", false
	}
	return word[:len(word)-len(r.Strip)] + r.Add, true
}

func applyPrefix(word string, r Rule) (string, bool) {
	if !r.Cond.MatchStart(word) || !strings.HasPrefix(word, r.Strip) {
		return "", false
	}
	return r.Add + word[len(r.Strip):], true
}
