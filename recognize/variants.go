package recognize

import "khabar/lexicon"

// linkVariants gives a name found from context that is spelled one letter
// off another name of the same type in the article (سالاوسی, سالاواسی)
// that name's key.
func (st *state) linkVariants() {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.dropped || m.entry != nil || m.source == SourceCoref || m.adjective {
			continue
		}
		mk := st.runes[st.units[m.u0].f0:st.units[m.u1-1].f1]
		if len(mk) < 5 {
			continue
		}
		for j := range st.mentions {
			o := &st.mentions[j]
			if j == k || o.dropped || o.key == m.key || o.source == SourceCoref || o.adjective {
				continue
			}
			if o.u0 >= o.u1 {
				continue
			}
			ok := st.runes[st.units[o.u0].f0:st.units[o.u1-1].f1]
			same := o.typ == m.typ && (o.entry != nil || j < k) && st.closeSpelling(mk, ok)
			if !same && m.u1-m.u0 == 1 && o.typ == lexicon.PER && o.u1-o.u0 >= 2 {
				// A surname spelled a little off: Kavadarkov, Kavardarkov.
				last := &st.units[o.u1-1]
				same = st.closeSpelling(mk, st.runes[last.f0:last.f1])
			}
			if same {
				st.copyActor(m, o)
				break
			}
		}
	}
}

// closeSpelling reports whether two names of five or more letters are one
// edit apart, or two when both have nine or more.
func (st *state) closeSpelling(a, b []rune) bool {
	if len(a) < 5 || len(b) < 5 || len(a)-len(b) > 2 || len(b)-len(a) > 2 {
		return false
	}
	limit := 1
	if len(a) >= 9 && len(b) >= 9 {
		limit = 2
	}
	return st.editDistance(a, b, limit) <= limit
}

// editDistance returns the Levenshtein distance of a and b, or limit+1
// when it is greater than limit.
func (st *state) editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	for k := range st.ed {
		if cap(st.ed[k]) < len(b)+1 {
			st.ed[k] = make([]int, len(b)+1)
		}
	}
	prev, cur := st.ed[0][:len(b)+1], st.ed[1][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
