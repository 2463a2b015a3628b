package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
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
		if db.d.OrderedKeys {
			if err := queryRow(ctx, tx, `SELECT COALESCE(MAX(art), 0) FROM articles`, nil, &w.lastArt); err != nil {
				return wrapErr("reading the last article key", err)
			}
		}
		var (
			fresh []pipeline.Result
			preps []store.Prepared
			fps   []uint64
		)
		for i, r := range b.Results {
			if known[r.Article.ID] {
				sum.Duplicates++
				continue
			}
			known[r.Article.ID] = true
			fresh = append(fresh, r)
			p := b.PreparedOf(i)
			preps = append(preps, p)
			fps = append(fps, p.SimHash)
		}
		if err := w.loadPrints(ctx, fps); err != nil {
			return err
		}
		for i, r := range fresh {
			linked, err := w.article(ctx, r, preps[i])
			if err != nil {
				return fmt.Errorf("storing %s (%s:%d): %w", r.Article.ID, r.Article.Source, r.Article.Line, err)
			}
			sum.Stored++
			if linked {
				sum.Linked++
			}
			sum.StoredIDs = append(sum.StoredIDs, r.Article.ID)
		}
		newEvents, err := w.flush(ctx)
		sum.NewEvents = newEvents
		return err
	})
	if err != nil {
		return store.PutSummary{}, err
	}
	return sum, nil
}

// writer writes the articles of one transaction, gathering the rows of
// the per-article tables into multi-row inserts and the batch's events
// into one upsert per event.
type writer struct {
	db  *DB
	tx  Tx
	lex string
	now string
	// lastArt is the key of the last article stored, when keys are given
	// in order (Dialect.OrderedKeys).
	lastArt int64

	articles, bands, sentences, entities, mentions, amounts, quotes, actors, reports, events *bulk

	// pending maps the SimHash band keys of the batch's articles, not yet
	// in the database, to their fingerprints and stories; stored does the
	// same for the stored articles near one of the batch's (loadPrints).
	pending, stored map[int64][]storyPrint
	// evs are the batch's events by hash (eventKey), in first-seen order.
	evs   map[int64]*batchEvent
	evOrd []int64
	// reportRows are the event_reports rows of the batch, written once
	// the keys of their events are known.
	reportRows [][]any
	// index holds the search index rows of the batch, written last
	// (Dialect.IndexManySQL).
	index indexRows
}

// batchEvent is one merged event of the batch: its row and how many of
// the batch's articles report it.
type batchEvent struct {
	ev       int64 // its key, once merged (flushEvents)
	row      []any // the events columns but mentions, which the upsert adds
	mentions int
	actor    []pipeline.Party
	recip    []pipeline.Party
}

func (db *DB) newWriter(tx Tx, lexicon string) *writer {
	d := db.d
	eventColumns := []string{"ev", "key", "type", "mode", "date", "date_precision", "cameo", "quad_code", "goldstein",
		"actor", "recipient", "first_art", "trigger_text", "event_text", "lang", "mentions"}
	if d.OrderedKeys {
		eventColumns = append(eventColumns, "ev_key")
	}
	articleColumns := []string{"art", "id", "source_id", "source", "line", "url", "date", "lang", "variant",
		"title", "body", "story", "simhash", "n_events", "khabar_version", "lexicon", "stored_at", "coded"}
	if d.OrderedKeys {
		articleColumns = append(articleColumns, "id_key")
	}
	return &writer{
		db: db, tx: tx, lex: lexicon, now: time.Now().UTC().Format(time.RFC3339),
		articles:  newBulk(d, "articles", articleColumns...),
		bands:     newBulk(d, "simhash_bands", "band_key", "art", "simhash"),
		sentences: newBulk(d, "sentences", "art", "idx", "start_byte", "end_byte", "duplicate_of", "quote"),
		entities:  newEntitiesBulk(d, "entities"),
		mentions:  newMentionsBulk(d),
		amounts: newBulk(d, "amounts", "art", "idx", "aid", "kind", "value", "unit", "thing", "text",
			"start_byte", "end_byte", "sentence"),
		quotes: newBulk(d, "quotes", "art", "idx", "speaker", "speaker_entity", "text", "direct", "sentence",
			"start_byte", "end_byte"),
		// Two writers may both take an event for new: the second one's
		// parties are already there.
		actors:  newBulkWith(d, "ON CONFLICT DO NOTHING", "event_actors", "code", "side", "ev", "name"),
		reports: newBulk(d, "event_reports", "art", "idx", "ev", "type", "lang", "sentence", "start_byte", "end_byte", "report"),
		events:  newBulkWith(d, "ON CONFLICT (ev) DO UPDATE SET mentions = events.mentions + excluded.mentions", "events", eventColumns...),
		pending: map[int64][]storyPrint{},
		stored:  map[int64][]storyPrint{},
		evs:     map[int64]*batchEvent{},
	}
}

// flush writes everything queued and returns how many of the batch's
// events were new to the database.
func (w *writer) flush(ctx context.Context) (int, error) {
	newEvents, err := w.flushEvents(ctx)
	if err != nil {
		return 0, err
	}
	for _, b := range []*bulk{w.articles, w.bands, w.sentences, w.entities, w.mentions, w.amounts, w.quotes, w.actors, w.reports} {
		if err := b.flush(ctx, w.tx); err != nil {
			return 0, err
		}
	}
	return newEvents, w.index.flush(ctx, w.db.d, w.tx)
}

// flushEvents upserts the batch's events, each once with the number of
// the batch's articles that report it, and queues the parties of those
// new to the database.
func (w *writer) flushEvents(ctx context.Context) (int, error) {
	if len(w.evOrd) == 0 {
		return 0, nil
	}
	// Every transaction touches event rows in key order, so that two
	// writers merging the same events wait for each other instead of
	// deadlocking.
	slices.Sort(w.evOrd)
	known, err := w.knownEvents(ctx)
	if err != nil {
		return 0, err
	}
	var lastEv int64
	if w.db.d.OrderedKeys {
		if err := queryRow(ctx, w.tx, `SELECT COALESCE(MAX(ev), 0) FROM events`, nil, &lastEv); err != nil {
			return 0, wrapErr("reading the last event key", err)
		}
	}
	newEvents := 0
	for _, evKey := range w.evOrd {
		be := w.evs[evKey]
		ev, old := known[evKey]
		if !old {
			ev = evKey
			if w.db.d.OrderedKeys {
				lastEv++
				ev = lastEv
			}
		}
		be.ev = ev
		row := append(append([]any{ev}, be.row[1:]...), be.mentions)
		if w.db.d.OrderedKeys {
			row = append(row, evKey)
		}
		if err := w.events.add(ctx, w.tx, row...); err != nil {
			return 0, wrapErr("merging events", err)
		}
		if old {
			continue
		}
		newEvents++
		if err := w.parties(ctx, ev, "actor", be.actor); err != nil {
			return 0, err
		}
		if err := w.parties(ctx, ev, "recipient", be.recip); err != nil {
			return 0, err
		}
	}
	if err := w.events.flush(ctx, w.tx); err != nil {
		return 0, wrapErr("merging events", err)
	}
	for _, row := range w.reportRows {
		row[2] = w.evs[row[2].(int64)].ev
		if err := w.reports.add(ctx, w.tx, row...); err != nil {
			return 0, err
		}
	}
	return newEvents, nil
}

// knownEvents returns the keys (ev) of the batch's events the database
// holds, by their hash (eventKey).
func (w *writer) knownEvents(ctx context.Context) (map[int64]int64, error) {
	known := map[int64]int64{}
	col := w.db.d.evKey()
	const chunk = 500
	for i := 0; i < len(w.evOrd); i += chunk {
		part := w.evOrd[i:min(i+chunk, len(w.evOrd))]
		args := make([]any, len(part))
		for j, ev := range part {
			args[j] = ev
		}
		rows, err := w.tx.Query(ctx, w.db.d.rebind(`SELECT `+col+`, ev FROM events WHERE `+col+` IN (`+placeholders(len(args))+`)`), args...)
		if err != nil {
			return nil, wrapErr("looking up events", err)
		}
		for rows.Next() {
			var key, ev int64
			if err := rows.Scan(&key, &ev); err != nil {
				rows.Close()
				return nil, wrapErr("looking up events", err)
			}
			known[key] = ev
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, wrapErr("looking up events", err)
		}
	}
	return known, nil
}

// article queues one new article, prepared as p, and its events; it
// reports whether the article joined an earlier story.
func (w *writer) article(ctx context.Context, r pipeline.Result, p store.Prepared) (linked bool, err error) {
	a := r.Article
	fp := p.SimHash
	idKey, _ := articleKey(a.ID)
	art := idKey
	if w.db.d.OrderedKeys {
		w.lastArt++
		art = w.lastArt
	}
	story := w.story(fp)
	linked = story != ""
	if !linked {
		story = a.ID
	}
	row := []any{art, a.ID, a.SourceID, a.Source, a.Line, a.URL, a.Date, a.Lang, a.Variant,
		a.Title, a.Body, story, int64(fp), len(r.Events), r.KhabarVersion, w.lex, w.now, boolInt(r.Coded)}
	if w.db.d.OrderedKeys {
		row = append(row, idKey)
	}
	if err := w.articles.add(ctx, w.tx, row...); err != nil {
		return false, err
	}
	// The story look-up of a later article of the batch finds this one
	// here, before its rows are written.
	for _, k := range simhash.Keys(fp) {
		w.pending[k] = append(w.pending[k], storyPrint{fp: fp, story: story})
		if err := w.bands.add(ctx, w.tx, k, art, int64(fp)); err != nil {
			return false, err
		}
	}
	if err := w.index.add(ctx, w.db.d, w.tx, art, p.Terms); err != nil {
		return false, err
	}
	for _, s := range r.Sentences {
		dup := -1
		if s.DuplicateOf != nil {
			dup = *s.DuplicateOf
		}
		if err := w.sentences.add(ctx, w.tx, art, s.Index, s.Start, s.End, dup, boolInt(s.Quote)); err != nil {
			return false, err
		}
	}
	if err := w.entityRows(ctx, art, a.Body, r.Entities); err != nil {
		return false, err
	}
	for i, m := range r.Amounts {
		if err := w.amounts.add(ctx, w.tx, art, i, m.ID, m.Kind, m.Value, m.Unit, m.Thing, m.Text, m.Start, m.End, m.Sentence); err != nil {
			return false, err
		}
	}
	for i, q := range r.Quotes {
		if err := w.quotes.add(ctx, w.tx, art, i, q.Speaker, q.SpeakerEntity, q.Text, boolInt(q.Direct), q.Sentence, q.Start, q.End); err != nil {
			return false, err
		}
	}
	return linked, w.queueEvents(ctx, art, r)
}

// queueEvents adds the article's events to the batch's merged events,
// each raised once for the article, and queues its reports.
func (w *writer) queueEvents(ctx context.Context, art int64, r pipeline.Result) error {
	seen := map[int64]bool{}
	for i, e := range r.Events {
		key, ev := eventKey(e, r.Article.Date)
		if !seen[ev] {
			seen[ev] = true
			be := w.evs[ev]
			if be == nil {
				date := e.Date
				if date == "" {
					date = r.Article.Date
				}
				be = &batchEvent{
					row: []any{ev, key, e.Type, e.Mode, date, e.DatePrecision, e.CAMEO, e.QuadCode, e.Goldstein,
						jsonText(e.Actor), jsonText(e.Recipient), art, e.Trigger, e.EventText, r.Article.Lang},
					actor: e.Actor, recip: e.Recipient,
				}
				w.evs[ev] = be
				w.evOrd = append(w.evOrd, ev)
			}
			be.mentions++
		}
		// The report leaves out the text of the event's sentence, which the
		// article's body and sentence offsets give back (Article does).
		short := e
		if e.Sentence >= 0 && e.Sentence < len(r.Sentences) {
			if s := r.Sentences[e.Sentence]; 0 <= s.Start && s.Start <= s.End && s.End <= len(r.Article.Body) && r.Article.Body[s.Start:s.End] == e.EventText {
				short.EventText = ""
			}
		}
		// The event's key is known when the batch's events are merged
		// (flushEvents); until then the row holds its hash.
		w.reportRows = append(w.reportRows, []any{art, i, ev, e.Type, r.Article.Lang, e.Sentence, e.Start, e.End, jsonText(short)})
	}
	return nil
}

// parties queues the actor codes of a new event, each code once per side,
// in code order (see flushEvents on the order of locks).
func (w *writer) parties(ctx context.Context, ev int64, side string, ps []pipeline.Party) error {
	done := map[string]bool{}
	ps = slices.SortedFunc(slices.Values(ps), func(a, b pipeline.Party) int { return strings.Compare(a.Code, b.Code) })
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

// newEntitiesBulk and newMentionsBulk gather the rows of the entity
// tables; table is where entities go (entities, or entities_new while
// migrating).
func newEntitiesBulk(d *Dialect, table string) *bulk {
	return newBulk(d, table, "art", "eid", "type", "canonical", "country", "sector", "wikidata", "entry", "role")
}

func newMentionsBulk(d *Dialect) *bulk {
	return newBulk(d, "mentions", "art", "idx", "eid", "start_byte", "end_byte", "sentence", "source", "diff")
}

// entityRows queues the entity and mention rows of an article.
func (w *writer) entityRows(ctx context.Context, art int64, body string, es []pipeline.Entity) error {
	return addEntityRows(ctx, w.tx, w.entities, w.mentions, art, body, es)
}

func addEntityRows(ctx context.Context, tx Tx, entities, mentions *bulk, art int64, body string, es []pipeline.Entity) error {
	return splitEntities(body, es,
		func(e *pipeline.Entity) error {
			a := entityAttrs(e)
			return entities.add(ctx, tx, art, e.ID, a[0], a[1], a[2], a[3], a[4], a[5], a[6])
		},
		func(i int, e *pipeline.Entity, diff string) error {
			return mentions.add(ctx, tx, art, i, e.ID, e.Start, e.End, e.Sentence, e.Source, diff)
		})
}
