package recognize

import "strings"

// Persian suffixes, folded (no half-space): what may follow a name inside
// the same word. The span of the entity ends before them, except for a
// demonym ی, which makes the word an adjective and stays in the span.
var (
	faDemonyms = []string{"یی", "ای", "ی"}
	faPlurals  = []string{"هایی", "های", "ها", "یان", "ان"}
	faClitics  = []string{"اش", "شان", "مان", "تان", "ش", "را", "ی", "ای", "یی"}
)

// persianSuffix reads rest, the folded letters after a name inside one
// word. It reports whether rest is a suffix a name may take, and how many
// of its runes form a demonym (ایرانی, امریکایی, روسیه‌ای) when place is
// true, i.e. the name is a place.
func persianSuffix(name []rune, rest string, place bool) (ok bool, demonym int) {
	last := rune(0)
	if len(name) > 0 {
		last = name[len(name)-1]
	}
	p := rest
	if place {
		for _, d := range faDemonyms {
			if !strings.HasPrefix(p, d) {
				continue
			}
			if d == "ی" && (last == 'ا' || last == 'و' || last == 'ه') {
				break // after a vowel, ی is the ezafe: آسیای میانه
			}
			p = p[len(d):]
			demonym = len([]rune(d))
			break
		}
	}
	if !place && (strings.HasPrefix(p, "ی") || strings.HasPrefix(p, "ای")) && last != 'ا' && last != 'و' && last != 'ه' {
		return false, 0 // نوروزی is a word of its own, not نوروز + ی
	}
	for _, s := range faPlurals {
		if strings.HasPrefix(p, s) {
			if (s == "ان" || s == "یان") && demonym == 0 {
				continue // ایرانیان, but not ایران + ان
			}
			p = p[len(s):]
			break
		}
	}
	if p == "" {
		return rest != "", demonym
	}
	for _, s := range faClitics {
		if p == s {
			return true, demonym
		}
	}
	return false, 0
}

// latinSuffix reports whether rest may follow a Latin name inside a word:
// the possessive 's or ', or a plural s after an adjective (Syrians).
func latinSuffix(rest string, adjective bool) bool {
	switch rest {
	case "'s", "'":
		return true
	case "s", "s'":
		return adjective
	}
	return false
}
