package pipeline

import (
	"strings"
	"unicode"

	"khabar/text/fa"
)

// More span conventions of the Persian NER sets, for the bodies and places
// the recognizer names differently: a government or regime named by its
// country or leader is an organisation (دولت آمریکا, دولت اوباما, رژیم
// بحرین), a team head joins the club after it (تیم مس کرمان), and the
// world (جهان, دنیا) is a place.

// govHeads are the words that, right before a country or a person, make
// with it the name of that country's or person's government.
var govHeads = foldedSet("دولت", "رژیم")

// teamHeads are the heads that the sets keep inside a club's or team's
// name when the club is known without them.
var teamHeads = foldedSet("تیم", "باشگاه")

// worldWords name the world as a place.
var worldWords = foldedSet("جهان", "دنیا")

// tagBodies applies these conventions to BIO tags, in place. Tags change
// only where the tokens they take are untagged.
func tagBodies(tokens, tags []string) {
	key := func(i int) string { return foldToken(tokens[i]) }
	for i := 0; i+1 < len(tags); i++ {
		if tags[i] != "O" {
			continue
		}
		next := tags[i+1]
		switch {
		case govHeads[key(i)] && (next == "B-LOC" || next == "B-PER"):
			retype(tags, i, spanEnd(tags, i+1), "ORG")
		case teamHeads[key(i)] && next == "B-ORG":
			retype(tags, i, spanEnd(tags, i+1), "ORG")
		}
	}
	for i := range tags {
		if tags[i] == "O" && worldWords[key(i)] {
			tags[i] = "B-LOC"
		}
	}
	tagTitledBodies(tokens, tags)
	trimPersonTitles(tokens, tags)
}

// foldToken is the key of one token for the word sets.
func foldToken(tok string) string { return fa.FoldKey(strings.ToLower(tok)) }

// spanEnd returns the end (exclusive) of the span that begins at token i.
func spanEnd(tags []string, i int) int {
	j := i + 1
	for j < len(tags) && strings.HasPrefix(tags[j], "I-") {
		j++
	}
	return j
}

// retype tags tokens [a, b) as one span of type typ.
func retype(tags []string, a, b int, typ string) {
	tags[a] = "B-" + typ
	for k := a + 1; k < b; k++ {
		tags[k] = "I-" + typ
	}
}

// bodyTitles are the offices whose holder's body follows them, named by
// its field and place: مدیرکل [محیط زیست استان البرز], رئیس [اتاق بازرگانی
// ایران].
var bodyTitles = foldedSet("مدیرکل", "رئیس", "رییس", "مدیرعامل", "دبیر", "سخنگوی", "وزیر")

// fieldStops are the words that cannot stand inside a body's field: a
// title's body ends, or never begins, at them.
var fieldStops = foldedSet("در", "از", "به", "با", "که", "را", "برای", "این", "آن", "تا", "هم", "نیز", "گفت", "کرد", "شد",
	"است", "بود", "جمهور", "جمهوری", "کل", "سابق", "پیشین", "اسبق", "وقت", "جدید")

// maxFieldWords is the most words of a body's field between its title and
// its place.
const maxFieldWords = 5

// tagTitledBodies tags, after an office title, the words of a body's
// field and the place that ends them as one organisation (مدیرکل محیط
// زیست استان البرز, رییس محیط زیست اسلامشهر): the place is the body's,
// not a place of its own. The words must be untagged and not function
// words, and the place not the first of a list.
func tagTitledBodies(tokens, tags []string) {
	for i := 0; i+2 < len(tokens); i++ {
		if tags[i] != "O" || !bodyTitles[foldToken(tokens[i])] {
			continue
		}
		j := i + 1
		for j < len(tokens) && j-i-1 < maxFieldWords && tags[j] == "O" && isFieldWord(tokens[j]) {
			j++
		}
		if j == i+1 || j >= len(tokens) || tags[j] != "B-LOC" {
			continue
		}
		end := spanEnd(tags, j)
		if end < len(tokens) && (tokens[end] == "،" || tokens[end] == "," || foldToken(tokens[end]) == "و") {
			continue // a list of places: رئیس محیط زیست تهران و البرز
		}
		retype(tags, i+1, end, "ORG")
		i = end - 1
	}
}

// isFieldWord reports whether a token may stand in a body's field: a word
// (not punctuation or a number) that is not a function word.
func isFieldWord(tok string) bool {
	if fieldStops[foldToken(tok)] {
		return false
	}
	for _, r := range tok {
		if !unicode.IsLetter(r) && r != '\u200c' && r != ' ' {
			return false
		}
	}
	return tok != ""
}

// personTitles are the titles the sets leave out of a person's full name
// (سردار قاسم سلیمانی, آیت‌الله شیخ عیسی قاسم), though a title with a
// single name stays in (شیخ سلمان).
var personTitles = foldedSet("شیخ", "سردار")

// trimPersonTitles drops such a title from the start of a person's span
// of three tokens or more.
func trimPersonTitles(tokens, tags []string) {
	for i := range tags {
		if tags[i] != "B-PER" || !personTitles[foldToken(tokens[i])] {
			continue
		}
		if end := spanEnd(tags, i); end-i >= 3 {
			tags[i] = "O"
			tags[i+1] = "B-PER"
		}
	}
}
