package amounts

import (
	"strings"
	"unicode/utf8"
)

// isNoun guesses whether word n can be what a number counts: not a
// function word, not a unit of the rules above, not a verb in می‌/نمی‌.
func (f *finder) isNoun(n int) bool {
	if !f.isWord(n) {
		return false
	}
	if e := f.ent(n); e != nil && e.flags&(fStop|fConnector|fAnd|fDeterminer|fQtyCue|fYearMark|fMonth|fVaguePlural|fNumber|fScale) != 0 {
		return false
	}
	w := f.text(n)
	return !strings.HasPrefix(w, "می\u200c") && !strings.HasPrefix(w, "نمی\u200c")
}

// numberWord decides a number written in words, without a scale: پنج
// کشور counts, but یک شرکت is "a company", نه is also "no", این دو دولت
// and دو طرف (Persian has no article: "the two sides", "the two
// countries" of a bilateral story) refer back, چند صد is vague, and a lone
// word counts nothing.
func (f *finder) numberWord(c *cand) reason {
	p, n := f.prev(c.num), f.next(c.numEnd)
	if f.has(p, fVague) {
		return rVague
	}
	if f.has(p, fDeterminer) {
		return rRefer
	}
	if c.value == 2 && !c.compound && f.has(n, fParty) && !f.quantityCue(p) {
		return rRefer // دو طرف, تجارت دو کشور: the two sides, the two countries
	}
	if c.one {
		if f.quantityCue(p) || f.has(n, fOneCounter) {
			return rOK
		}
		return rArticle
	}
	if f.en {
		return rOK // killing nine.
	}
	if c.value == 9 && !c.compound {
		if f.has(n, fCounter) {
			return rOK // نه تن
		}
		return rBareWord // نه: no
	}
	if c.compound || f.isNoun(n) {
		return rOK
	}
	return rBareWord
}

// quantityCue reports a word before یک/one that makes it a number: تنها
// یک, به علاوه یک, بیش از یک, only one, plus one, at least one.
func (f *finder) quantityCue(p int) bool {
	if f.has(p, fQtyCue) {
		return true
	}
	return f.text(p) == "از" && f.has(f.prev(p), fQtyCuePair)
}

// thingAt returns the noun a count counts, as written without the ezafe
// hamza, when token n is one.
func (f *finder) thingAt(n int) string {
	n = f.next(n)
	if n < 0 || !f.isNoun(n) {
		return ""
	}
	if e := f.ent(n); e != nil && e.flags&(fPercent|fCurrency|fScale|fNumber) != 0 {
		return ""
	}
	w := f.text(n)
	if strings.ContainsRune(w, hamzaAbove) {
		w = strings.ReplaceAll(w, string(hamzaAbove), "")
	}
	if !utf8.ValidString(w) {
		return ""
	}
	return w
}
