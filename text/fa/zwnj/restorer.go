package zwnj

import (
	"fmt"
	"sync"

	"khabar/text"
)

// Restorer restores half-spaces. Safe for concurrent use.
type Restorer struct {
	lx *lexicon
	// suffixes are the Lilak suffix rules with a non-empty affix;
	// suffixesByLast lists, for each last letter, the rules ending in it.
	suffixes       []affixRule
	suffixesByLast [256][]int
	// continued are the suffix rules that other suffixes may follow.
	continued []affixRule
	prefixes  []affixRule
	// cache holds the readings of words and merge decisions; nil disables
	// it. salt is mixed into every cache hash: restorers that share the
	// cache but read words differently (WithWords) keep apart entries.
	cache *wordCache
	salt  uint64
	// words are the words given by WithWords, or nil.
	words *givenWords
}

var (
	defaultOnce     sync.Once
	defaultRestorer *Restorer
)

// Default returns the restorer over the embedded lexicon (loaded once).
func Default() *Restorer {
	defaultOnce.Do(func() {
		r, err := newRestorer(lilakTable, lilakAffixes[:])
		if err != nil {
			// The table is generated and embedded: a failure is a build bug.
			panic(err)
		}
		defaultRestorer = r
	})
	return defaultRestorer
}

// newRestorer loads a table and indexes the affix rules.
func newRestorer(table string, rules []affixRule) (*Restorer, error) {
	lx, err := loadLexicon(table)
	if err != nil {
		return nil, err
	}
	r := &Restorer{lx: lx, cache: new(wordCache)}
	for _, rule := range rules {
		if rule.cond != "." && rule.cond != "" {
			return nil, fmt.Errorf("zwnj: affix %q: condition %q is not supported", rule.add, rule.cond)
		}
		if rule.strip != "" {
			return nil, fmt.Errorf("zwnj: affix %q: strip %q is not supported", rule.add, rule.strip)
		}
		if rule.add == "" || (rule.add == "ی" && rule.zwnj) {
			// Lilak's "‌ی" after ه (خانه‌ی) is an informal spelling; news
			// writes the ezafe as ٔ or not at all, so it is never restored.
			continue
		}
		if !rule.prefix && (hasPrefixStr(rule.add, "ها") || hasPrefixStr(rule.add, "تر")) {
			// Lilak gives many stems the plural and comparative only
			// joined (شخصیتها); standard spelling half-spaces them after
			// every letter that joins forward, so both spellings read alike.
			rule.zwnj = true
		}
		if rule.prefix {
			r.prefixes = append(r.prefixes, rule)
			continue
		}
		if j := r.sameSuffix(rule); j >= 0 {
			// One lookup serves every class with this affix: keep one
			// rule whose flag is the union of theirs.
			r.suffixes[j].flag |= rule.flag
			continue
		}
		i := len(r.suffixes)
		r.suffixes = append(r.suffixes, rule)
		last := lastLetterIndex([]byte(rule.add))
		r.suffixesByLast[last] = append(r.suffixesByLast[last], i)
	}
	for _, rule := range r.suffixes {
		if rule.cont != 0 {
			r.continued = append(r.continued, rule)
		}
	}
	return r, nil
}

// String is Restore into a fresh builder, returning the text.
func (r *Restorer) String(s string) string {
	var b text.Builder
	b.Grow(len(s) + len(s)/16)
	r.Restore(s, &b)
	return b.String()
}

// sameSuffix returns the index of a suffix rule already indexed that
// differs from rule only in its flag, or -1.
func (r *Restorer) sameSuffix(rule affixRule) int {
	for i, o := range r.suffixes {
		if o.add == rule.add && o.zwnj == rule.zwnj && o.cont == rule.cont && o.strip == rule.strip {
			return i
		}
	}
	return -1
}
