package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"khabar/pipeline"
	"khabar/store"
	"khabar/store/simhash"
)

// Put stores a batch in one transaction.
func (db *DB) Put(ctx context.Context, b store.Batch) (store.PutSummary, error) {
	var sum store.PutSummary
	// Refuse a bad id before touching the database.
	for i, r := range b.Results {
		if _, err := articleKey(r.Article.ID); err != nil {
			return sum, fmt.Errorf("result %d (%s:%d): %w", i, r.Article.Source, r.Article.Line, err)
		}
	}
	err := db.inTx(ctx, func(tx Tx) error {
		sum = store.PutSummary{}
		ids := make([]string, len(b.Results))
		for i, r := range b.Results {
			ids[i] = r.Article.ID
		}
		known, err := db.known(ctx, tx, ids)
		if err != nil {
			return err
		}
		w := db.newWriter(tx, b.Lexicon)
		for _, r := range b.Results {
			if known[r.Article.ID] {
				sum.Duplicates++
				continue
			}
			known[r.Article.ID] = true
			linked, newEvents, err := w.article(ctx, r)
			if err != nil {
				return fmt.Errorf("storing %s (%s:%d): %w", r.Article.ID, r.Article.Source, r.Article.Line, err)
			}
			sum.Stored++
			sum.NewEvents += newEvents
			if linked {
				sum.Linked++
			}
			sum.StoredIDs = append(sum.StoredIDs, r.Article.ID)
		}
		return w.flush(ctx)
	})
	if err != nil {
		return store.PutSummary{}, err
	}
	return sum, nil
}

// writer writes the articles of one transaction, gathering the rows of
// the per-article tables into multi-row inserts.
type writer struct {
	db  *DB
	tx  Tx
	lex string
	now string

	articles, bands, sentences, entities, amounts, quotes, actors, reports *bulk
}

func (db *DB) newWriter(tx Tx, lexicon string) *writer {
	d := db.d
	return &writer{
		db: db, tx: tx, lex: lexicon, now: time.Now().UTC().Format(time.RFC3339),
		articles: newBulk(d, "articles", "art", "id", "source_id", "source", "line", "url", "date", "lang", "variant",
			"title", "body", "story", "simhash", "n_events", "khabar_version", "lexicon", "stored_at"),
		bands:     newBulk(d, "simhash_bands", "band_key", "art"),
		sentences: newBulk(d, "sentences", "art", "idx", "start_byte", "end_byte", "duplicate_of", "quote"),
		entities: newBulk(d, "entities", "art", "idx", "eid", "type", "text", "canonical", "start_byte", "end_byte",
			"sentence", "country", "sector", "wikidata", "entry", "role", "source"),
		amounts: newBulk(d, "amounts", "art", "idx", "aid", "kind", "value", "unit", "thing", "text",
			"start_byte", "end_byte", "sentence"),
		quotes: newBulk(d, "quotes", "art", "idx", "speaker", "speaker_entity", "text", "direct", "sentence",
			"start_byte", "end_byte"),
		actors:  newBulk(d, "event_actors", "code", "side", "ev", "name"),
		reports: newBulk(d, "event_reports", "art", "idx", "ev", "type", "lang", "sentence", "start_byte", "end_byte", "report"),
	}
}

func (w *writer) flush(ctx context.Context) error {
	for _, b := range []*bulk{w.articles, w.bands, w.sentences, w.entities, w.amounts, w.quotes, w.actors, w.reports} {
		if err := b.flush(ctx, w.tx); err != nil {
			return err
		}
	}
	return nil
}

// article queues one new article and writes its events; it reports
// whether the article joined an earlier story and how many events were
// new.
func (w *writer) article(ctx context.Context, r pipeline.Result) (linked bool, newEvents int, err error) {
	a := r.Article
	art, _ := articleKey(a.ID)
	fp := simhash.Of(a.Body)
	story, err := w.story(ctx, fp)
	if err != nil {
		return false, 0, err
	}
	linked = story != ""
	if !linked {
		story = a.ID
	}
	// The article row first: the story look-up of a later article of the
	// batch reads it.
	if err := w.articles.add(ctx, w.tx, art, a.ID, a.SourceID, a.Source, a.Line, a.URL, a.Date, a.Lang, a.Variant,
		a.Title, a.Body, story, int64(fp), len(r.Events), r.KhabarVersion, w.lex, w.now); err != nil {
		return false, 0, err
	}
	for _, k := range simhash.Keys(fp) {
		if err := w.bands.add(ctx, w.tx, k, art); err != nil {
			return false, 0, err
		}
	}
	if err := w.tx.Exec(ctx, w.db.d.rebind(w.db.d.IndexSQL), art, joinTerms(IndexTerms(a.Title+"\n"+a.Body))); err != nil {
		return false, 0, wrapErr("indexing for search", err)
	}
	for _, s := range r.Sentences {
		dup := -1
		if s.DuplicateOf != nil {
			dup = *s.DuplicateOf
		}
		if err := w.sentences.add(ctx, w.tx, art, s.Index, s.Start, s.End, dup, boolInt(s.Quote)); err != nil {
			return false, 0, err
		}
	}
	for i, e := range r.Entities {
		if err := w.entities.add(ctx, w.tx, art, i, e.ID, e.Type, e.Text, e.Canonical, e.Start, e.End, e.Sentence,
			e.Country, e.Sector, e.Wikidata, e.Entry, e.Role, e.Source); err != nil {
			return false, 0, err
		}
	}
	for i, m := range r.Amounts {
		if err := w.amounts.add(ctx, w.tx, art, i, m.ID, m.Kind, m.Value, m.Unit, m.Thing, m.Text, m.Start, m.End, m.Sentence); err != nil {
			return false, 0, err
		}
	}
	for i, q := range r.Quotes {
		if err := w.quotes.add(ctx, w.tx, art, i, q.Speaker, q.SpeakerEntity, q.Text, boolInt(q.Direct), q.Sentence, q.Start, q.End); err != nil {
			return false, 0, err
		}
	}
	newEvents, err = w.events(ctx, art, r)
	return linked, newEvents, err
}

// story returns the story of the nearest stored article within
// simhash.MaxDistance of fp, or "". The articles queued but not yet
// flushed are flushed first so that near-duplicates within one batch are
// found too.
func (w *writer) story(ctx context.Context, fp uint64) (string, error) {
	if err := w.articles.flush(ctx, w.tx); err != nil {
		return "", err
	}
	if err := w.bands.flush(ctx, w.tx); err != nil {
		return "", err
	}
	keys := simhash.Keys(fp)
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	rows, err := w.tx.Query(ctx, w.db.d.rebind(`SELECT a.simhash, a.story FROM simhash_bands b JOIN articles a ON a.art = b.art
		WHERE b.band_key IN (`+placeholders(len(args))+`)`), args...)
	if err != nil {
		return "", wrapErr("looking up near-duplicates", err)
	}
	defer rows.Close()
	best, bestDist := "", simhash.MaxDistance+1
	for rows.Next() {
		var h int64
		var story string
		if err := rows.Scan(&h, &story); err != nil {
			return "", wrapErr("looking up near-duplicates", err)
		}
		if d := simhash.Distance(fp, uint64(h)); d < bestDist || d == bestDist && story < best {
			best, bestDist = story, d
		}
	}
	return best, wrapErr("looking up near-duplicates", rows.Err())
}

// events merges the article's events into the events table: one row per
// event key, its mention count raised once per article.
func (w *writer) events(ctx context.Context, art int64, r pipeline.Result) (newEvents int, err error) {
	seen := map[int64]bool{}
	upsert := w.db.d.rebind(`INSERT INTO events (ev, key, type, mode, date, date_precision, cameo, quad_code, goldstein,
		actor, recipient, mentions, first_art, trigger_text, event_text, lang)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
		ON CONFLICT (ev) DO UPDATE SET mentions = events.mentions + 1 RETURNING mentions`)
	for i, e := range r.Events {
		key, ev := eventKey(e, r.Article.Date)
		if !seen[ev] {
			seen[ev] = true
			date := e.Date
			if date == "" {
				date = r.Article.Date
			}
			var mentions int
			err := queryRow(ctx, w.tx, upsert, []any{ev, key, e.Type, e.Mode, date, e.DatePrecision, e.CAMEO, e.QuadCode,
				e.Goldstein, jsonText(e.Actor), jsonText(e.Recipient), art, e.Trigger, e.EventText, r.Article.Lang}, &mentions)
			if err != nil {
				return 0, wrapErr("merging an event", err)
			}
			if mentions == 1 {
				newEvents++
				if err := w.parties(ctx, ev, "actor", e.Actor); err != nil {
					return 0, err
				}
				if err := w.parties(ctx, ev, "recipient", e.Recipient); err != nil {
					return 0, err
				}
			}
		}
		if err := w.reports.add(ctx, w.tx, art, i, ev, e.Type, r.Article.Lang, e.Sentence, e.Start, e.End, jsonText(e)); err != nil {
			return 0, err
		}
	}
	return newEvents, nil
}

// parties queues the actor codes of a new event, each code once per side.
func (w *writer) parties(ctx context.Context, ev int64, side string, ps []pipeline.Party) error {
	done := map[string]bool{}
	for _, p := range ps {
		if p.Code == "" || done[p.Code] {
			continue
		}
		done[p.Code] = true
		if err := w.actors.add(ctx, w.tx, p.Code, side, ev, p.Name); err != nil {
			return err
		}
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// jsonText marshals v; the values given cannot fail to marshal.
func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func joinTerms(ts []string) string {
	n := 0
	for _, t := range ts {
		n += len(t) + 1
	}
	b := make([]byte, 0, n)
	for i, t := range ts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t...)
	}
	return string(b)
}
