package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"khabar/amounts"
	"khabar/article"
	"khabar/code"
	"khabar/code/triggers"
	"khabar/dates"
	"khabar/lexicon"
	"khabar/quotes"
	"khabar/recognize"
	"khabar/text"
	"khabar/text/fa"
	"khabar/text/fa/zwnj"
	"khabar/text/langid"
	"khabar/text/segment"
)

// Pipeline runs the stages over articles.
type Pipeline struct {
	cfg        Config
	persian    *fa.Normalizer
	plain      *fa.Normalizer
	lexicon    *lexicon.Lexicon
	recognizer *recognize.Recognizer
	coder      *code.Coder
	ministries ministries // for Tag, built on first use
}

// New returns a pipeline for cfg, or an error naming the bad field.
func New(cfg Config) (*Pipeline, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	// The trigger lexicon, the larger load, does not depend on the actor
	// lexicon: it is built alongside, so that start-up takes the longer of
	// the two where there is a second core.
	type loaded struct {
		trig *triggers.Lexicon
		err  error
	}
	trigDone := make(chan loaded, 1)
	go func() {
		trig, err := triggers.Load(cfg.LexiconDirs...)
		trigDone <- loaded{trig, err}
	}()
	lex, err := lexicon.Load(cfg.LexiconDirs...)
	var rec *recognize.Recognizer
	var persian *fa.Normalizer
	if err == nil {
		rec, err = recognize.New(lex)
		persian = PersianNormalizer(cfg.Persian, lex)
	}
	t := <-trigDone
	if err != nil {
		return nil, err
	}
	if t.err != nil {
		return nil, t.err
	}
	trig := t.trig
	return &Pipeline{
		cfg:     cfg,
		persian: persian,
		// Text that is not Persian gets white space and invisible marks
		// cleaned, never Persian letter or half-space rules.
		plain:      fa.New(fa.Options{KeepDiacritics: true, Spacing: true}),
		lexicon:    lex,
		recognizer: rec,
		coder:      code.New(trig),
	}, nil
}

// Lexicon returns the actor lexicon the pipeline loaded.
func (p *Pipeline) Lexicon() *lexicon.Lexicon { return p.lexicon }

// Normalized is an article body in its normalized form, with the alignment
// that maps it back to the body.
type Normalized struct {
	Text  string
	Align *text.Alignment
}

// Normalize returns the normalized form of an article body in lang.
func (p *Pipeline) Normalize(body, lang string) Normalized {
	n := p.plain
	if lang == "fa" {
		n = p.persian
	}
	s, al := n.Normalize(body)
	return Normalized{Text: s, Align: al}
}

// ID returns the article id of a normalized body: the SHA-256 of its
// matching form (fa.Fold), so that the id does not depend on where the
// restorer put half-spaces, on the lexicon loaded, or on white space.
func ID(normalized string) string {
	sum := sha256.Sum256([]byte(fa.Fold(normalized)))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// PersianNormalizer returns the Persian normalizer for opts whose
// half-space restorer keeps the lexicon's names whole (بلینکن, امیرخان)
// and writes their half-spaces (جین‌پینگ).
func PersianNormalizer(opts fa.Options, lex *lexicon.Lexicon) *fa.Normalizer {
	n := fa.New(opts)
	if opts.ZWNJ && lex != nil {
		n = n.WithRestorer(zwnj.Default().WithWords(persianNames(lex)))
	}
	return n
}

// idOf hashes the matching forms of a body's sentences, joined by spaces:
// ID of the body, without folding it a second time.
func idOf(keys []string) string {
	h := sha256.New()
	for i, k := range keys {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(k))
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// persianNames returns every Arabic-script name, adjective and metonym of
// the lexicon.
func persianNames(lex *lexicon.Lexicon) []string {
	var out []string
	for _, e := range lex.Entries() {
		for _, n := range append(append(e.AllNames(), e.Adj...), e.Metonym...) {
			for _, r := range n {
				if r >= 0x0600 && r <= 0x06FF {
					out = append(out, n)
					break
				}
			}
		}
	}
	return out
}

// Text is an article after the text layer: its language found, its body
// normalized and hashed, split into sentences and tokens (spans in the
// normalized text), repeated sentences marked.
type Text struct {
	Article   article.Article
	Norm      Normalized
	Sentences []text.Sentence
	Tokens    []text.Token
}

// Doc is the text as the recognizer, the quote finder and the coder read it.
func (t Text) Doc() recognize.Doc {
	return recognize.Doc{
		Body: t.Article.Body, Norm: t.Norm.Text, Align: t.Norm.Align, Sentences: t.Sentences, Tokens: t.Tokens,
		Lang: t.Article.Lang, Variant: t.Article.Variant, Date: t.Article.Date,
	}
}

// TextLayer runs the text layer over a, filling in its id, language and
// variant.
func (p *Pipeline) TextLayer(a article.Article) Text {
	if a.Lang == "" || (a.Lang == "fa" && a.Variant == "") {
		id := langid.Detect(a.Body)
		if a.Lang == "" {
			a.Lang = id.Lang
		}
		if a.Lang == "fa" && a.Variant == "" {
			a.Variant = id.Variant
		}
	}
	norm := p.Normalize(a.Body, a.Lang)
	sents := segment.Sentences(norm.Text)
	// Every non-space character lies in a sentence, so the sentences'
	// matching forms joined by spaces are the matching form of the whole
	// body: they serve both the duplicate marks and the id.
	keys := make([]string, len(sents))
	for i, s := range sents {
		keys[i] = fa.Fold(norm.Text[s.Start:s.End])
	}
	a.ID = idOf(keys)
	segment.MarkDuplicates(sents, func(i int) string { return keys[i] })
	return Text{Article: a, Norm: norm, Sentences: sents, Tokens: segment.Tokens(norm.Text, sents)}
}

// Extract runs every stage over a, filling in its id, language and variant.
func (p *Pipeline) Extract(ctx context.Context, a article.Article) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	return p.ExtractText(ctx, p.TextLayer(a))
}

// Codes reports whether khabar codes articles in lang (an ISO 639-1
// code): Persian and English.
func Codes(lang string) bool { return lang == "fa" || lang == "en" }

// ExtractText runs the stages after the text layer on t, which must come
// from this pipeline's TextLayer: a caller that needed the article's id
// first (to skip articles already stored) does not pay for the text layer
// twice.
func (p *Pipeline) ExtractText(ctx context.Context, t Text) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	a, norm, sents, tokens := t.Article, t.Norm, t.Sentences, t.Tokens
	res := Result{KhabarVersion: Version, Article: a, Sentences: make([]Sentence, len(sents))}
	for i, s := range sents {
		sp := norm.Align.Span(s.Span)
		out := Sentence{Index: i, Start: sp.Start, End: sp.End, Quote: s.Quote}
		if s.DuplicateOf >= 0 {
			d := s.DuplicateOf
			out.DuplicateOf = &d
		}
		res.Sentences[i] = out
	}
	if p.cfg.Tokens {
		res.Tokens = make([]Token, len(tokens))
		for i, tk := range tokens {
			sp := norm.Align.Span(tk.Span)
			res.Tokens[i] = Token{Start: sp.Start, End: sp.End, Kind: tk.Kind.String(), Sentence: tk.Sentence}
		}
	}
	if !Codes(a.Lang) {
		// Never run the Persian or English rules on another language.
		res.Entities, res.Amounts, res.Events, res.Quotes = []Entity{}, []Amount{}, []Event{}, []Quote{}
		return res, nil
	}
	res.Coded = true
	doc := t.Doc()
	mentions := p.recognizer.Recognize(doc)
	var ids map[string]string
	res.Entities, ids = entitiesOf(mentions)
	found := amounts.Find(norm.Text, a.Lang)
	res.Amounts = amountsOf(a.Body, norm, sents, found)
	qs := quotes.Find(doc, mentions)
	res.Quotes = quotesOf(qs, ids)
	events := p.coder.Code(code.Input{
		Doc: doc, Entities: mentions, Amounts: found,
		Dates:  dates.Find(norm.Text, a.Lang, a.Date),
		Quotes: qs,
	})
	res.Events = eventsOf(events, ids)
	return res, nil
}

// entitiesOf turns the recognizer's mentions into the contract's entities:
// agents (common nouns such as "police") are left out, since they name no
// one; they still serve the event coder. The ids are renumbered e1, e2, …
// in order of first mention; ids maps the recognizer's ids to them.
func entitiesOf(ms []recognize.Entity) (out []Entity, ids map[string]string) {
	out = make([]Entity, 0, len(ms))
	ids = map[string]string{}
	for _, m := range ms {
		if !m.Named() {
			continue
		}
		id, ok := ids[m.ID]
		if !ok {
			id = fmt.Sprintf("e%d", len(ids)+1)
			ids[m.ID] = id
		}
		out = append(out, Entity{
			ID: id, Type: m.Type, Text: m.Text, Canonical: m.Canonical, Start: m.Start, End: m.End,
			Sentence: m.Sentence, Country: m.Country, Sector: m.Sector, Wikidata: m.Wikidata,
			Entry: m.Entry, Role: m.Role, Source: m.Source,
		})
	}
	return out, ids
}

// amountsOf maps amounts found in the normalized text to the body.
func amountsOf(body string, norm Normalized, sents []text.Sentence, found []amounts.Amount) []Amount {
	out := make([]Amount, len(found))
	for i, f := range found {
		sp := norm.Align.Span(text.Span{Start: f.Start, End: f.End})
		out[i] = Amount{
			ID: fmt.Sprintf("a%d", i+1), Kind: f.Kind, Value: f.Value, Unit: f.Unit, Thing: f.Thing,
			Text: body[sp.Start:sp.End], Start: sp.Start, End: sp.End, Sentence: sentenceAt(sents, f.Start),
		}
	}
	return out
}

// sentenceAt returns the index of the sentence that holds offset off of the
// text the sentences were split from, or the last one before it.
func sentenceAt(sents []text.Sentence, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Start > off }) - 1
	return max(i, 0)
}

// quotesOf turns the quotes found into the contract's, with speaker
// entities renumbered as entitiesOf did.
func quotesOf(found []quotes.Quote, ids map[string]string) []Quote {
	out := make([]Quote, len(found))
	for i, q := range found {
		out[i] = Quote{
			Speaker: q.Speaker, SpeakerEntity: ids[q.SpeakerEntity], Text: q.Text, Direct: q.Direct,
			Sentence: q.Sentence, Start: q.Start, End: q.End,
		}
	}
	return out
}

// eventsOf turns coded events into the contract's, with entity ids
// renumbered as entitiesOf did and amounts named by their ids.
func eventsOf(evs []code.Event, ids map[string]string) []Event {
	out := make([]Event, len(evs))
	parties := func(ps []code.Party) []Party {
		r := make([]Party, len(ps))
		for i, p := range ps {
			r[i] = Party{Code: p.Code, Name: p.Name, Sector: p.Sector, Entity: ids[p.Entity]}
		}
		return r
	}
	for i, e := range evs {
		am := make([]string, len(e.Amounts))
		for j, k := range e.Amounts {
			am[j] = fmt.Sprintf("a%d", k+1)
		}
		ctx := e.Context
		if ctx == nil {
			ctx = []string{}
		}
		out[i] = Event{
			ID: fmt.Sprintf("v%d", i+1), Type: e.Type, Mode: e.Mode, Context: ctx,
			Date: e.Date, DatePrecision: e.DatePrecision,
			Actor: parties(e.Actor), Recipient: parties(e.Recipient),
			CAMEO: e.CAMEO, QuadCode: e.QuadCode, Goldstein: e.Goldstein,
			Sentence: e.Sentence, Trigger: e.Trigger, Start: e.Start, End: e.End, EventText: e.EventText,
			Amounts: am, Negated: e.Negated, Confidence: e.Confidence, Mentions: e.Mentions,
		}
	}
	return out
}
