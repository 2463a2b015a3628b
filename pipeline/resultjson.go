package pipeline

import (
	"fmt"
	"math"
	"strconv"

	"khabar/article"
	"khabar/internal/jsonstr"
)

// AppendJSON appends r as one line of JSON, exactly as an encoding/json
// Encoder with SetEscapeHTML(false) writes it (newline included), to b.
// It is written out by hand because extract spends a tenth of its time in
// the reflection of encoding/json otherwise; TestAppendJSONIsEncodingJSON
// and FuzzAppendJSON hold the two equal. A value that JSON cannot hold (a
// NaN or infinite number) is an error, as in encoding/json.
func (r *Result) AppendJSON(b []byte) ([]byte, error) {
	w := jsonWriter{b: b}
	w.raw(`{"khabar_version":`)
	w.str(r.KhabarVersion)
	w.raw(`,"coded":`)
	w.bool(r.Coded)
	w.raw(`,"article":`)
	w.article(&r.Article)
	w.raw(`,"sentences":`)
	list(&w, r.Sentences, (*jsonWriter).sentence)
	if len(r.Tokens) > 0 {
		w.raw(`,"tokens":`)
		list(&w, r.Tokens, (*jsonWriter).token)
	}
	w.raw(`,"entities":`)
	list(&w, r.Entities, (*jsonWriter).entity)
	w.raw(`,"amounts":`)
	list(&w, r.Amounts, (*jsonWriter).amount)
	w.raw(`,"events":`)
	list(&w, r.Events, (*jsonWriter).event)
	w.raw(`,"quotes":`)
	list(&w, r.Quotes, (*jsonWriter).quote)
	w.raw("}\n")
	return w.b, w.err
}

// list writes xs as a JSON array, each item with item, or null for a nil
// slice, as encoding/json does.
func list[T any](w *jsonWriter, xs []T, item func(*jsonWriter, *T)) {
	if xs == nil {
		w.raw("null")
		return
	}
	w.raw("[")
	for i := range xs {
		w.comma(i)
		item(w, &xs[i])
	}
	w.raw("]")
}

// jsonWriter appends JSON values to b; the first number JSON cannot hold
// sets err.
type jsonWriter struct {
	b   []byte
	err error
}

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

func (w *jsonWriter) comma(i int) {
	if i > 0 {
		w.b = append(w.b, ',')
	}
}

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// float writes f as encoding/json does: plain digits between 1e-6 and
// 1e21, an exponent without a leading zero outside.
func (w *jsonWriter) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %v", f)
		}
		w.b = append(w.b, '0')
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(w.b); n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

// str writes s as a JSON string (jsonstr.Append).
func (w *jsonWriter) str(s string) { w.b = jsonstr.Append(w.b, s) }

// optStr writes ,"name": and then s, or nothing for an empty s
// (omitempty).
func (w *jsonWriter) optStr(name, s string) {
	if s == "" {
		return
	}
	w.b = append(w.b, ',', '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':')
	w.str(s)
}

func (w *jsonWriter) strItem(s *string) { w.str(*s) }

func (w *jsonWriter) intItem(n *int) { w.int(*n) }

func (w *jsonWriter) article(a *article.Article) {
	w.raw(`{"id":`)
	w.str(a.ID)
	w.optStr("source_id", a.SourceID)
	w.raw(`,"source":`)
	w.str(a.Source)
	if a.Line != 0 {
		w.raw(`,"line":`)
		w.int(a.Line)
	}
	if a.Record != 0 {
		w.raw(`,"record":`)
		w.int(a.Record)
	}
	w.optStr("url", a.URL)
	w.raw(`,"date":`)
	w.str(a.Date)
	w.raw(`,"lang":`)
	w.str(a.Lang)
	w.raw(`,"variant":`)
	w.str(a.Variant)
	w.raw(`,"title":`)
	w.str(a.Title)
	w.optStr("author", a.Author)
	w.optStr("fetched", a.Fetched)
	if a.Summary {
		w.raw(`,"summary":true`)
	}
	w.raw(`,"body":`)
	w.str(a.Body)
	w.raw("}")
}

func (w *jsonWriter) token(t *Token) {
	w.raw(`{"start":`)
	w.int(t.Start)
	w.raw(`,"end":`)
	w.int(t.End)
	w.raw(`,"kind":`)
	w.str(t.Kind)
	w.raw(`,"sentence":`)
	w.int(t.Sentence)
	w.raw("}")
}

func (w *jsonWriter) sentence(s *Sentence) {
	w.raw(`{"index":`)
	w.int(s.Index)
	w.raw(`,"start":`)
	w.int(s.Start)
	w.raw(`,"end":`)
	w.int(s.End)
	w.raw(`,"duplicate_of":`)
	if s.DuplicateOf == nil {
		w.raw("null")
	} else {
		w.int(*s.DuplicateOf)
	}
	if s.Quote {
		w.raw(`,"quote":true`)
	}
	w.raw("}")
}

func (w *jsonWriter) entity(e *Entity) {
	w.raw(`{"id":`)
	w.str(e.ID)
	w.raw(`,"type":`)
	w.str(e.Type)
	w.raw(`,"text":`)
	w.str(e.Text)
	w.raw(`,"canonical":`)
	w.str(e.Canonical)
	w.raw(`,"start":`)
	w.int(e.Start)
	w.raw(`,"end":`)
	w.int(e.End)
	w.raw(`,"sentence":`)
	w.int(e.Sentence)
	w.optStr("country", e.Country)
	w.optStr("sector", e.Sector)
	w.optStr("wikidata", e.Wikidata)
	w.optStr("entry", e.Entry)
	w.optStr("role", e.Role)
	w.optStr("source", e.Source)
	w.raw("}")
}

func (w *jsonWriter) amount(a *Amount) {
	w.raw(`{"id":`)
	w.str(a.ID)
	w.raw(`,"kind":`)
	w.str(a.Kind)
	w.raw(`,"value":`)
	w.float(a.Value)
	w.optStr("unit", a.Unit)
	w.optStr("thing", a.Thing)
	w.raw(`,"text":`)
	w.str(a.Text)
	w.raw(`,"start":`)
	w.int(a.Start)
	w.raw(`,"end":`)
	w.int(a.End)
	w.raw(`,"sentence":`)
	w.int(a.Sentence)
	w.raw("}")
}

func (w *jsonWriter) party(p *Party) {
	w.raw(`{"code":`)
	w.str(p.Code)
	w.raw(`,"name":`)
	w.str(p.Name)
	w.optStr("sector", p.Sector)
	w.optStr("entity", p.Entity)
	w.raw("}")
}

func (w *jsonWriter) event(e *Event) {
	w.raw(`{"id":`)
	w.str(e.ID)
	w.raw(`,"type":`)
	w.str(e.Type)
	w.optStr("mode", e.Mode)
	w.raw(`,"context":`)
	list(w, e.Context, (*jsonWriter).strItem)
	w.optStr("date", e.Date)
	w.optStr("date_precision", e.DatePrecision)
	w.raw(`,"actor":`)
	list(w, e.Actor, (*jsonWriter).party)
	w.raw(`,"recipient":`)
	list(w, e.Recipient, (*jsonWriter).party)
	w.raw(`,"cameo":`)
	w.str(e.CAMEO)
	w.raw(`,"quad_code":`)
	w.int(e.QuadCode)
	w.raw(`,"goldstein":`)
	w.float(e.Goldstein)
	w.raw(`,"sentence":`)
	w.int(e.Sentence)
	w.raw(`,"trigger":`)
	w.str(e.Trigger)
	w.raw(`,"start":`)
	w.int(e.Start)
	w.raw(`,"end":`)
	w.int(e.End)
	w.raw(`,"event_text":`)
	w.str(e.EventText)
	w.raw(`,"amounts":`)
	list(w, e.Amounts, (*jsonWriter).strItem)
	w.raw(`,"negated":`)
	w.bool(e.Negated)
	w.raw(`,"confidence":`)
	w.float(e.Confidence)
	w.raw(`,"mentions":`)
	list(w, e.Mentions, (*jsonWriter).intItem)
	w.raw("}")
}

func (w *jsonWriter) quote(q *Quote) {
	w.raw(`{"speaker":`)
	w.str(q.Speaker)
	w.raw(`,"speaker_entity":`)
	w.str(q.SpeakerEntity)
	w.raw(`,"text":`)
	w.str(q.Text)
	w.raw(`,"direct":`)
	w.bool(q.Direct)
	w.raw(`,"sentence":`)
	w.int(q.Sentence)
	w.raw(`,"start":`)
	w.int(q.Start)
	w.raw(`,"end":`)
	w.int(q.End)
	w.raw("}")
}
