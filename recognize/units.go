package recognize

import (
	"slices"
	"unicode/utf8"

	"khabar/text"
)

// unit is one word of the text as the matcher sees it: a token, or a part
// of a word token between hyphens (روسیه-ترکیه, Russian-Turkish).
type unit struct {
	start, end int   // span in Doc.Norm
	f0, f1     int32 // folded runes in state.runes
	sent       int32
	kind       text.TokenKind
	flags      uint32 // what the word is, from the one-word cues
	latin      bool   // begins with a Latin letter
	cap        bool   // begins with a capital
	upper      bool   // every letter a capital, two or more
	glued      bool   // joined to the unit before by a hyphen
	ment       int32  // 1 + index of the mention that covers it, or 0
	hash       uint64 // of the folded runes, possessive 's left out
}

func (u *unit) isWord() bool { return u.kind == text.Word || u.kind == text.Number }

// makeUnits splits the tokens into units and folds their text.
func (st *state) makeUnits() {
	norm := st.d.Norm
	st.units = st.units[:0]
	st.runes = st.runes[:0]
	st.latinCaps = 0
	st.opens = st.opens[:0]
	for _, tk := range st.d.Tokens {
		if tk.Start < 0 || tk.End > len(norm) || tk.Start >= tk.End {
			continue
		}
		if tk.Kind != text.Word {
			st.addUnit(tk.Start, tk.End, tk, false)
			continue
		}
		s, glued := tk.Start, false
		for i := tk.Start; i < tk.End; i++ {
			// the hyphens: '-', and U+2010 and U+2011 (E2 80 90, E2 80 91);
			// no other rune's encoding holds these bytes at its start
			w := 0
			switch c := norm[i]; {
			case c == '-':
				w = 1
			case c == 0xE2 && i+2 < tk.End && norm[i+1] == 0x80 && (norm[i+2] == 0x90 || norm[i+2] == 0x91):
				w = 3
			default:
				continue
			}
			if i > s {
				st.addUnit(s, i, tk, glued)
				glued = true
			}
			s = i + w
			i += w - 1
		}
		if s < tk.End {
			st.addUnit(s, tk.End, tk, glued)
		}
	}
}

func (st *state) addUnit(s, e int, tk text.Token, glued bool) {
	txt := st.d.Norm[s:e]
	f0 := int32(len(st.runes))
	st.runes = appendFold(st.runes, txt)
	u := unit{start: s, end: e, f0: f0, f1: int32(len(st.runes)), sent: int32(tk.Sentence), kind: tk.Kind, glued: glued}
	u.hash = hashRunes(trimPossessive(st.runes[f0:u.f1]))
	if c := txt[0]; (c >= 0xD8 && c <= 0xDB) || c >= 0x80 && c < 0xC0 {
		// An Arabic-script word: nothing Latin to note.
	} else if r := firstLetter(txt); isLatin(r) {
		u.latin = true
		u.cap = isUpper(r)
		u.upper = allCaps(txt)
	}
	if u.kind == text.Punct && txt == "(" {
		st.opens = append(st.opens, len(st.units))
	}
	st.units = append(st.units, u)
	if u.latin && u.cap {
		st.latinCaps++
	}
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// key returns the folded text of units [a, b) as a string.
func (st *state) key(a, b int) string {
	if a >= b {
		return ""
	}
	return string(st.runes[st.units[a].f0:st.units[b-1].f1])
}

// appendKey appends the folded text of units [a, b) to buf, as key
// returns it.
func (st *state) appendKey(buf []byte, a, b int) []byte {
	if a >= b {
		return buf
	}
	for _, r := range st.runes[st.units[a].f0:st.units[b-1].f1] {
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// sameKey reports whether units [a, b) and [c, d) have one folded text.
func (st *state) sameKey(a, b, c, d int) bool {
	if a >= b || c >= d {
		return a >= b && c >= d
	}
	return slices.Equal(st.runes[st.units[a].f0:st.units[b-1].f1], st.runes[st.units[c].f0:st.units[d-1].f1])
}

// unitKey returns the folded text of unit i.
func (st *state) unitKey(i int) string { return st.key(i, i+1) }

// text returns the normalized text of units [a, b).
func (st *state) text(a, b int) string { return st.d.Norm[st.units[a].start:st.units[b-1].end] }

// normOffset returns the offset in Doc.Norm where the first n folded runes
// of unit i end.
func (st *state) normOffset(i int, n int) int {
	u := &st.units[i]
	if n >= int(u.f1-u.f0) {
		return u.end
	}
	var buf [8]rune
	got := 0
	for j := u.start; j < u.end; {
		r, w := utf8.DecodeRuneInString(st.d.Norm[j:])
		got += len(appendFoldRune(buf[:0], r))
		j += w
		if got >= n {
			return j
		}
	}
	return u.end
}

// hashRunes is FNV-1a over the runes of a folded word.
func hashRunes(rs []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range rs {
		h ^= uint64(r)
		h *= 1099511628211
	}
	return h
}

// trimPossessive returns a folded Latin word without its possessive 's
// or '.
func trimPossessive(rs []rune) []rune {
	n := len(rs)
	switch {
	case n > 2 && rs[n-2] == '\'' && rs[n-1] == 's':
		return rs[:n-2]
	case n > 1 && rs[n-1] == '\'':
		return rs[:n-1]
	}
	return rs
}

// has reports whether unit i is a word with any of the flags.
func (st *state) has(i int, flags uint32) bool {
	return i >= 0 && i < len(st.units) && st.units[i].flags&flags != 0
}

// latinAt reports whether unit i exists and begins with a Latin letter.
func (st *state) latinAt(i int) bool { return i >= 0 && i < len(st.units) && st.units[i].latin }
