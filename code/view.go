package code

import (
	"slices"
	"strings"

	"khabar/amounts"
	"khabar/recognize"
	"khabar/text"
	"khabar/text/fa"
)

// token is one token of a sentence in the normalized text.
type token struct {
	text.Span        // in Doc.Norm
	key       string // fa.FoldKey of the token
	kind      text.TokenKind
}

// mention is one entity mention placed on the tokens of its sentence.
type mention struct {
	ent         *recognize.Entity
	first, last int // token indexes in the sentence, inclusive
}

// sentence is one sentence of the article as the coder reads it.
type sentence struct {
	index     int
	span      text.Span // in Doc.Norm
	paragraph int       // lines of the body are paragraphs
	toks      []token
	keys      []string
	ments     []mention
	inMention []int  // per token: the index into ments of the mention covering it, or -1
	dateEnd   []bool // per token: a date expression ends with it
	norm      string // Doc.Norm
}

// view is the article prepared for coding.
type view struct {
	in    *Input
	lang  *language
	code  string // "fa" or "en"
	sents []sentence
	home  string // the country the article is mostly about: the code of agents and people with none
}

// newView splits the article into sentences of tokens and places every
// entity mention on its tokens.
func newView(in *Input) *view {
	v := &view{in: in, code: in.Doc.Lang}
	switch in.Doc.Lang {
	case "fa":
		v.lang = &persian
	case "en":
		v.lang = &english
	default:
		return v
	}
	d := &in.Doc
	v.sents = make([]sentence, len(d.Sentences))
	para, lastEnd := 0, 0
	for i, s := range d.Sentences {
		if s.Start > lastEnd && s.Start <= len(d.Norm) {
			para += strings.Count(d.Norm[lastEnd:s.Start], "\n")
			lastEnd = s.Start
		}
		v.sents[i] = sentence{index: i, span: s.Span, paragraph: para, norm: d.Norm}
	}
	// One backing array for each per-token table, cut per sentence.
	counts := make([]int, len(v.sents))
	for _, tk := range d.Tokens {
		if tk.Sentence >= 0 && tk.Sentence < len(v.sents) && tk.In(len(d.Norm)) {
			counts[tk.Sentence]++
		}
	}
	toks := make([]token, 0, len(d.Tokens))
	keys := make([]string, 0, len(d.Tokens))
	inMention := make([]int, len(d.Tokens))
	off := 0
	for i := range v.sents {
		s := &v.sents[i]
		s.toks = toks[off : off : off+counts[i]]
		s.keys = keys[off : off : off+counts[i]]
		s.inMention = inMention[off : off+counts[i]]
		off += counts[i]
	}
	for _, tk := range d.Tokens {
		if tk.Sentence < 0 || tk.Sentence >= len(v.sents) || !tk.In(len(d.Norm)) {
			continue
		}
		s := &v.sents[tk.Sentence]
		k := foldKey(d.Norm[tk.Start:tk.End])
		s.toks = append(s.toks, token{Span: tk.Span, key: k, kind: tk.Kind})
		s.keys = append(s.keys, k)
	}
	for i := range inMention {
		inMention[i] = -1
	}
	ents := in.Entities
	if extra := quotePronouns(in); len(extra) > 0 {
		ents = slices.SortedStableFunc(slices.Values(append(slices.Clone(in.Entities), extra...)),
			func(a, b recognize.Entity) int { return a.Start - b.Start })
	}
	for k := range ents {
		e := &ents[k]
		if e.Sentence < 0 || e.Sentence >= len(v.sents) {
			continue
		}
		s := &v.sents[e.Sentence]
		ns, ne := d.Align.Out(e.Start), d.Align.Out(e.End)
		if inMoney(in.Amounts, ns, ne) {
			continue // the US of "US dollars" is a currency, not a party
		}
		first, last := -1, -1
		for j, tk := range s.toks {
			if tk.End > ns && tk.Start < ne {
				if first < 0 {
					first = j
				}
				last = j
			}
		}
		if first < 0 {
			continue
		}
		m := mention{ent: e, first: first, last: last}
		overlap, shared := false, false
		for j := first; j <= last; j++ {
			if mi := s.inMention[j]; mi >= 0 {
				if o := s.ments[mi].ent; o.End <= e.Start && first == last && s.ments[mi].last == first {
					shared = true // two names in one hyphenated word: روسیه-ترکیه, Russian-Turkish
				} else {
					overlap = true
				}
			}
		}
		if overlap {
			continue // the recognizer gives no overlapping mentions; keep the first if it does
		}
		s.ments = append(s.ments, m)
		if shared {
			continue // the token stays with the first name
		}
		for j := first; j <= last; j++ {
			s.inMention[j] = len(s.ments) - 1
		}
	}
	for _, d := range in.Dates {
		for i := range v.sents {
			s := &v.sents[i]
			if d.End <= s.span.Start || d.Start >= s.span.End {
				continue
			}
			if s.dateEnd == nil {
				s.dateEnd = make([]bool, len(s.toks))
			}
			for j := len(s.toks) - 1; j >= 0; j-- {
				if s.toks[j].Start < d.End {
					s.dateEnd[j] = true
					break
				}
			}
		}
	}
	v.home = homeCountry(in.Entities)
	return v
}

// foldKey is fa.FoldKey with a fast path for tokens it leaves as they
// are: lower-case ASCII letters, digits and punctuation.
func foldKey(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' || c == ' ' {
			return fa.FoldKey(w)
		}
	}
	return w
}

// Norm returns the normalized text of a token of the sentence.
func (s *sentence) Norm(tk token) string { return s.norm[tk.Start:tk.End] }

// bodySpan maps a token range of a sentence to its span in Doc.Body.
func (v *view) bodySpan(s *sentence, first, last int) text.Span {
	return v.in.Doc.Align.Span(text.Span{Start: s.toks[first].Start, End: s.toks[last].End})
}

// homeCountry is the state named most often in the article (countries,
// and the countries of people, companies and adjectives; not
// international organisations), the first named on a tie: agents and
// people without a country of their own are taken to act in it.
func homeCountry(es []recognize.Entity) string {
	count := map[string]int{}
	first := map[string]int{}
	best := ""
	for i, e := range es {
		if e.Country == "" || e.Sector == "IGO" || strings.HasPrefix(e.Entry, "igo/") || e.IsAgent() {
			continue
		}
		if _, ok := first[e.Country]; !ok {
			first[e.Country] = i
		}
		count[e.Country]++
		c := e.Country
		if best == "" || count[c] > count[best] || count[c] == count[best] && first[c] < first[best] {
			best = c
		}
	}
	return best
}

// firstPerson are the pronouns by which a speaker names their own side.
var firstPerson = words("we", "i", "ما", "من")

// quotePronouns returns a mention of its speaker for every "we", "I", ما
// and من inside a direct quote whose speaker is a named entity: in "We
// call on the Iranian authorities to release them," Kallas said, "we" is
// Kallas.
func quotePronouns(in *Input) []recognize.Entity {
	var out []recognize.Entity
	for _, q := range in.Quotes {
		if !q.Direct || q.SpeakerEntity == "" {
			continue
		}
		var speaker *recognize.Entity
		for k := range in.Entities {
			if e := &in.Entities[k]; e.ID == q.SpeakerEntity && e.Country != "" && !e.IsAgent() {
				speaker = e
				break
			}
		}
		if speaker == nil {
			continue
		}
		d := &in.Doc
		for _, tk := range d.Tokens {
			if tk.Kind != text.Word || !tk.In(len(d.Norm)) || !firstPerson[foldKey(d.Norm[tk.Start:tk.End])] {
				continue
			}
			bs := d.Align.Span(tk.Span)
			if bs.Start < q.Start || bs.End > q.End {
				continue
			}
			e := *speaker
			e.Start, e.End, e.Sentence, e.Source = bs.Start, bs.End, tk.Sentence, "coref"
			e.Text = d.Body[bs.Start:bs.End]
			out = append(out, e)
		}
	}
	return out
}

// inMoney reports whether the span [start, end) of Doc.Norm lies inside
// an amount of money.
func inMoney(as []amounts.Amount, start, end int) bool {
	for _, a := range as {
		if a.Kind == amounts.Money && a.Start <= start && end <= a.End {
			return true
		}
	}
	return false
}
