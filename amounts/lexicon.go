package amounts

import (
	"strings"
	"unicode/utf8"
)

// class is one class of words; a word may be in several.
type class uint64

const (
	fNumber       class = 1 << iota // a cardinal number word: پنج, five (value)
	fScale                          // a scale word: هزار, million (value)
	fScaleAbbr                      // a scale only after a currency: m, k, b
	fHalf                           // نیم: a half, in یک و نیم and دو میلیون و نیم
	fArticle                        // English a/an: one, before a scale or dozen
	fPercent                        // درصد, percent, pc
	fCurrency                       // a currency word (currency, factor)
	fCurrencyCode                   // an ISO code written as a word: USD, EUR
	fMonth                          // a month name: the number beside it is a day
	fWeekday                        // a weekday: a known word, so "Friday 300" is not a label
	fDuration                       // a unit of time: the number before it is a span, not an amount
	fAge                            // ساله, year-old: the number before it is an age
	fAgePrev                        // aged, سن: the number after it is an age
	fMeasure                        // a unit of measure: کیلومتر, km, ریشتر, magnitude
	fMeasurePrev                    // magnitude, بزرگی: the number after it is a measure
	fOrdSuffix                      // مین, ام, th: the number before it is an ordinal
	fFraction                       // ثلث, third: the number before it counts parts
	fOrdinalWord                    // سوم, چهارم: after a number word, a fraction (دو سوم)
	fLabelPrev                      // ماده, No, article: the number after it is a label
	fYearPrev                       // سال: the number after it is a year
	fYearCue                        // در, in, since: a bare four-digit number after it is a year
	fYearMark                       // میلادی, هجری, BC: the number before it is a year
	fTimePrev                       // ساعت: the number after it is a clock time
	fTimeMark                       // صبح, am, GMT: the number before it is a clock time
	fQtyCue                         // تنها, حداقل, only, plus: یک/one after it is a number
	fQtyCuePair                     // بیش, more, at: with از/than/least after it, a quantity cue
	fVague                          // چند, several: the number word after it is not a value
	fDeterminer                     // این, هر, the, both: the number word after it refers, it does not count
	fConnector                      // تا, یا, to, or: joins the two ends of a range
	fAnd                            // و, and: joins the parts of a compound number
	fStop                           // a function word: never the counted thing
	fCounter                        // a counter noun: نفر, تن, people
	fNotThing                       // جانبه, برابر, fold: makes the number part of an adjective
	fVaguePlural                    // ها, های: صد ها is "hundreds", not a value
	fCurrencyQual                   // a word that picks the currency: امریکایی, Canadian
	fEnPlural                       // an English plural without -s: people, police
	fRupee                          // a rupee word, whose country comes from the text
	fHundred                        // صد, hundred: multiplies the unit before it (دو صد, two hundred)
	fOneCounter                     // نفر, person: یک/one before it is a count of one
	fParty                          // طرف, کشور: دو before it is "the two sides", a reference
)

// words is the lexicon Find uses, built once.
var words = buildLexicon()

func buildLexicon() lexicon {
	l := lexicon{}
	addPersian(l)
	addEnglish(l)
	addCurrencies(l)
	return l
}

// entry is what the lexicon knows about one word.
type entry struct {
	flags  class
	value  float64 // number or scale value
	code   string  // ISO 4217 code of a currency word or code
	factor float64 // currency factor: 10 for تومان (rials); 0 means 1
}

// lexicon maps the key of a word (see appendKey) to what is known about it.
type lexicon map[string]*entry

// add puts class f on every word of words; value is kept when not 0.
func (l lexicon) add(f class, value float64, words ...string) {
	for _, w := range words {
		k := string(appendKey(nil, w))
		e := l[k]
		if e == nil {
			e = &entry{}
			l[k] = e
		}
		e.flags |= f
		if value != 0 {
			e.value = value
		}
	}
}

// addList puts class f on every space-separated word of list.
func (l lexicon) addList(f class, list string) { l.add(f, 0, strings.Fields(list)...) }

// addCurrency registers currency words with their code and factor.
func (l lexicon) addCurrency(code string, factor float64, words ...string) {
	l.add(fCurrency, 0, words...)
	for _, w := range words {
		e := l[string(appendKey(nil, w))]
		e.code, e.factor = code, factor
	}
}

// appendKey appends the lookup key of word w to b: half-spaces, joiners,
// the ezafe hamza and diacritics dropped, Arabic ي ك as Persian ی ک, آ أ إ
// as ا, ۀ as ه, Latin lower-cased. The lexicon is built with the same keys.
func appendKey(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, w[i]) // an invalid byte stays as it is
			i++
			continue
		}
		i += n
		switch {
		case r == zwnj || r == zwj || r == hamzaAbove || (r >= 0x064B && r <= 0x0653) || r == 0x0670:
			continue
		case r == 'ي' || r == 'ى':
			r = 'ی'
		case r == 'ك':
			r = 'ک'
		case r == 'آ' || r == 'أ' || r == 'إ':
			r = 'ا'
		case r == 'ۀ' || r == 'ة':
			r = 'ه'
		case r == '’':
			r = '\''
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// maxKey is the longest word the lexicon looks up, in bytes.
const maxKey = 64

// lookup returns the entry of word w, or nil; it does not allocate.
func (l lexicon) lookup(w string) *entry {
	if len(w) > maxKey {
		return nil
	}
	if isKey(w) {
		return l[w]
	}
	var buf [maxKey + 8]byte
	k := appendKey(buf[:0], w)
	return l[string(k)]
}

// isKey reports whether w is its own key, as most words of normalized
// text are: no capitals, joiners, hamza above, diacritics, Arabic ي ك ة
// or hamzated alefs.
func isKey(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z', c == 0xE2:
			return false
		case c == 0xD8 && i+1 < len(w):
			if n := w[i+1]; n == 0xA2 || n == 0xA3 || n == 0xA5 || n == 0xA9 {
				return false // آ أ إ ة
			}
		case c == 0xD9 && i+1 < len(w):
			if n := w[i+1]; n == 0x83 || (n >= 0x89 && n <= 0x94) || n == 0xB0 {
				return false // ك ى ي, the diacritics and the hamza above
			}
		case c == 0xDB && i+1 < len(w) && w[i+1] == 0x80:
			return false // ۀ
		}
	}
	return true
}

// unitSuffixes are the endings lookupUnit takes off a Persian unit word:
// the adjective and ezafe ی, ای and ه, the indefinite یی after a vowel
// (یورویی), and the possessive pronouns.
var unitSuffixes = [...]string{
	"\u200cای", "ای", "\u200cیی", "یی", "\u200cی", "ی", "ه", "\u200cاش", "اش", "\u200cشان", "شان", "\u200cمان", "\u200cتان",
}

// lookupUnit is lookup, and failing that the word without a Persian
// adjective, ezafe or possessive ending, for units only: دلاری, درصدی,
// درجه‌ای, متره, سالگی‌اش.
func (l lexicon) lookupUnit(w string, units class) *entry {
	if e := l.lookup(w); e != nil && e.flags&units != 0 {
		return e
	}
	for _, suf := range unitSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			if e := l.lookup(w[:len(w)-len(suf)]); e != nil && e.flags&units != 0 {
				return e
			}
		}
	}
	return nil
}
