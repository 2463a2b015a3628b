package sqlstore

import (
	"context"
	"encoding/json"
	"strings"

	"khabar/pipeline"
	"khabar/store"
	"khabar/store/searchterms"
)

// eventWhere turns the filters of q into conditions on events e.
func (db *DB) eventWhere(q store.EventQuery) *where {
	w := &where{}
	// The unary + keeps SQLite reading events in date order against the
	// set of the actor's events, rather than looking each one up by key
	// and sorting them all before the first page.
	w.addIf(q.Actor, "+e.ev IN (SELECT ev FROM event_actors WHERE code = ? AND side = 'actor')")
	w.addIf(q.Recipient, "+e.ev IN (SELECT ev FROM event_actors WHERE code = ? AND side = 'recipient')")
	w.addIf(q.Type, "e.type = ?")
	w.addIf(q.From, "e.date >= ?")
	w.addIf(q.To, "e.date <= ?")
	// A probe per event (EXISTS) rather than the set of every event
	// reported in the language (IN).
	w.addIf(q.Lang, "EXISTS (SELECT 1 FROM event_reports r WHERE r.ev = e.ev AND r.lang = ?)")
	if groups := searchterms.Query(q.Q); len(groups) > 0 {
		// The matching articles are gathered once (a materialized WITH)
		// and the events read in date order, each probed for a report
		// from one of them: the first page and a capped count cost a few
		// thousand probes, not the set of every event of every match.
		w.with = "WITH matched(art) AS MATERIALIZED (" + db.d.MatchSQL + ") "
		w.withArgs = []any{db.d.MatchArg(groups)}
		w.add("EXISTS (SELECT 1 FROM event_reports r JOIN matched m ON m.art = r.art WHERE r.ev = e.ev)")
	} else if strings.TrimSpace(q.Q) != "" {
		w.add("1 = 0") // punctuation only: nothing matches
	}
	return w
}

// eventColumns are read by scanEvent; the table is aliased e.
func (db *DB) eventColumns() string {
	return `e.ev, e.` + db.d.evKey() + `, e.type, e.mode, e.date, e.date_precision, e.cameo, e.quad_code, e.goldstein,
	e.actor, e.recipient, e.mentions, e.trigger_text, e.event_text, e.lang`
}

func scanEvent(r Rows, e *store.EventRow, ev *int64) error {
	var actor, recipient string
	var key int64
	if err := r.Scan(ev, &key, &e.Type, &e.Mode, &e.Date, &e.DatePrecision, &e.CAMEO, &e.QuadCode, &e.Goldstein,
		&actor, &recipient, &e.Mentions, &e.Trigger, &e.EventText, &e.Lang); err != nil {
		return err
	}
	e.ID = eventID(key)
	e.Actor, e.Recipient = []pipeline.Party{}, []pipeline.Party{}
	if err := json.Unmarshal([]byte(actor), &e.Actor); err != nil {
		return err
	}
	return json.Unmarshal([]byte(recipient), &e.Recipient)
}

// Events lists merged events, newest first.
func (db *DB) Events(ctx context.Context, q store.EventQuery) (store.Page[store.EventRow], error) {
	page := store.Page[store.EventRow]{Items: []store.EventRow{}}
	if err := q.Validate(); err != nil {
		return page, err
	}
	c, err := parseCursor(q.Cursor)
	if err != nil {
		return page, err
	}
	w := db.eventWhere(q)
	n := store.ClampLimit(q.Limit)
	var listQ string
	var listArgs []any
	if !c.set {
		// The first page: one ordered scan of up to MaxTotal+1 keys
		// gives both the total and the page's keys.
		keysQ, keysArgs := w.bind(`SELECT e.ev FROM events e`+w.sql()+` ORDER BY e.date DESC, e.ev DESC LIMIT ?`, append(w.args, store.MaxTotal+1)...)
		var all []any
		err := db.each(ctx, keysQ, keysArgs, func(r Rows) error {
			var ev int64
			if err := r.Scan(&ev); err != nil {
				return err
			}
			all = append(all, ev)
			return nil
		})
		if err != nil {
			return page, wrapErr("listing events", err)
		}
		page.Total, page.TotalCapped = min(len(all), store.MaxTotal), len(all) > store.MaxTotal
		if len(all) == 0 {
			return page, nil
		}
		all = all[:min(len(all), n+1)]
		listQ = `SELECT ` + db.eventColumns() + ` FROM events e WHERE e.ev IN (` + placeholders(len(all)) + `) ORDER BY e.date DESC, e.ev DESC`
		listArgs = all
	} else {
		countQ, countArgs := w.bind(cappedCount(`SELECT 1 FROM events e`+w.sql()), w.args...)
		if err := queryRow(ctx, db.b, db.d.rebind(countQ), countArgs, &page.Total); err != nil {
			return page, wrapErr("counting events", err)
		}
		page.Total, page.TotalCapped = min(page.Total, store.MaxTotal), page.Total > store.MaxTotal
		w.add("(e.date < ? OR (e.date = ? AND e.ev < ?))", c.Date, c.Date, c.Key)
		listQ, listArgs = w.bind(`SELECT `+db.eventColumns()+` FROM events e`+w.sql()+` ORDER BY e.date DESC, e.ev DESC LIMIT ?`, append(w.args, n+1)...)
	}
	var keys []int64
	err = db.each(ctx, listQ, listArgs, func(r Rows) error {
		var e store.EventRow
		var ev int64
		if err := scanEvent(r, &e, &ev); err != nil {
			return err
		}
		page.Items = append(page.Items, e)
		keys = append(keys, ev)
		return nil
	})
	if err != nil {
		return page, wrapErr("listing events", err)
	}
	if len(page.Items) > n {
		page.Items, keys = page.Items[:n], keys[:n]
		page.Next = cursor{Date: page.Items[n-1].Date, Key: keys[n-1]}.String()
	}
	if err := db.sourcesOf(ctx, page.Items, keys); err != nil {
		return page, err
	}
	return page, nil
}

// sourcesOf fills in the sources of a page of events: those reported by
// at most store.MaxSources articles (most) in one statement, the others
// one by one.
func (db *DB) sourcesOf(ctx context.Context, items []store.EventRow, keys []int64) error {
	at := map[int64]int{}
	var few []any
	for i := range items {
		if items[i].Mentions > store.MaxSources {
			if err := db.sources(ctx, &items[i], keys[i]); err != nil {
				return err
			}
			continue
		}
		items[i].Sources = []store.EventSource{}
		at[keys[i]] = i
		few = append(few, keys[i])
	}
	if len(few) == 0 {
		return nil
	}
	err := db.each(ctx, `SELECT r.ev, a.id, a.date, a.url, r.sentence, r.start_byte, r.end_byte
		FROM event_reports r JOIN articles a ON a.art = r.art WHERE r.ev IN (`+placeholders(len(few))+`)
		ORDER BY r.ev, r.art, r.idx`, few, func(r Rows) error {
		var ev int64
		var s store.EventSource
		if err := r.Scan(&ev, &s.Article, &s.Date, &s.URL, &s.Sentence, &s.Start, &s.End); err != nil {
			return err
		}
		if i, ok := at[ev]; ok && len(items[i].Sources) < store.MaxSources {
			items[i].Sources = append(items[i].Sources, s)
		}
		return nil
	})
	return wrapErr("listing the sources of events", err)
}

// sources fills in store.MaxSources reports of an event, in the order of
// the index on (ev, art): an event reported by thousands of articles costs
// no more than one reported by a few. (One statement for the whole page,
// a UNION ALL of limited parts, measured slower than this.)
func (db *DB) sources(ctx context.Context, e *store.EventRow, ev int64) error {
	e.Sources = []store.EventSource{}
	err := db.each(ctx, `SELECT a.id, a.date, a.url, r.sentence, r.start_byte, r.end_byte
		FROM (SELECT art, idx, sentence, start_byte, end_byte FROM event_reports WHERE ev = ? ORDER BY ev, art LIMIT ?) r
		JOIN articles a ON a.art = r.art ORDER BY r.art, r.idx`,
		[]any{ev, store.MaxSources}, func(r Rows) error {
			var s store.EventSource
			if err := r.Scan(&s.Article, &s.Date, &s.URL, &s.Sentence, &s.Start, &s.End); err != nil {
				return err
			}
			e.Sources = append(e.Sources, s)
			return nil
		})
	return wrapErr("listing the sources of "+e.ID, err)
}

// Actors lists actor codes, the most active first.
func (db *DB) Actors(ctx context.Context, q store.ActorQuery) (store.Page[store.ActorRow], error) {
	page := store.Page[store.ActorRow]{Items: []store.ActorRow{}}
	if err := q.Validate(); err != nil {
		return page, err
	}
	c, err := parseCursor(q.Cursor)
	if err != nil {
		return page, err
	}
	w := &where{}
	if q.Q != "" {
		p := likePrefix(strings.ToLower(q.Q))
		w.add(`(LOWER(x.code) LIKE ? ESCAPE '\' OR LOWER(x.name) LIKE ? ESCAPE '\')`, p, p)
	}
	if err := queryRow(ctx, db.b, db.d.rebind(`SELECT COUNT(DISTINCT x.code) FROM event_actors x`+w.sql()), w.args, &page.Total); err != nil {
		return page, wrapErr("counting actors", err)
	}
	n := store.ClampLimit(q.Limit)
	err = db.each(ctx, `SELECT x.code, MAX(x.name),
			SUM(CASE WHEN x.side = 'actor' THEN 1 ELSE 0 END),
			SUM(CASE WHEN x.side = 'recipient' THEN 1 ELSE 0 END),
			SUM(e.mentions)
		FROM event_actors x JOIN events e ON e.ev = x.ev`+w.sql()+`
		GROUP BY x.code ORDER BY COUNT(*) DESC, x.code LIMIT ? OFFSET ?`, append(w.args, n+1, c.Offset), func(r Rows) error {
		var a store.ActorRow
		if err := r.Scan(&a.Code, &a.Name, &a.AsActor, &a.AsRecipient, &a.Mentions); err != nil {
			return err
		}
		page.Items = append(page.Items, a)
		return nil
	})
	if err != nil {
		return page, wrapErr("listing actors", err)
	}
	if len(page.Items) > n {
		page.Items = page.Items[:n]
		page.Next = cursor{Offset: c.Offset + n}.String()
	}
	return page, nil
}

// likePrefix escapes the LIKE wildcards of s and appends %.
func likePrefix(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s) + "%"
}

// Dyads lists actor–recipient pairs, the most frequent first.
func (db *DB) Dyads(ctx context.Context, q store.EventQuery) ([]store.Dyad, error) {
	out := []store.Dyad{}
	if err := q.Validate(); err != nil {
		return out, err
	}
	w := db.eventWhere(q)
	dq, dargs := w.bind(`SELECT x.code, y.code, COUNT(*), SUM(e.mentions), AVG(e.goldstein)
		FROM events e JOIN event_actors x ON x.ev = e.ev AND x.side = 'actor'
		JOIN event_actors y ON y.ev = e.ev AND y.side = 'recipient'`+w.sql()+`
		GROUP BY x.code, y.code ORDER BY COUNT(*) DESC, x.code, y.code LIMIT ?`, append(w.args, store.ClampLimit(q.Limit))...)
	err := db.each(ctx, dq, dargs, func(r Rows) error {
		var d store.Dyad
		if err := r.Scan(&d.Actor, &d.Recipient, &d.Events, &d.Mentions, &d.Goldstein); err != nil {
			return err
		}
		out = append(out, d)
		return nil
	})
	return out, wrapErr("listing dyads", err)
}

// Timeline counts events per day, month or year.
func (db *DB) Timeline(ctx context.Context, q store.TimelineQuery) ([]store.Bucket, error) {
	out := []store.Bucket{}
	if err := q.Validate(); err != nil {
		return out, err
	}
	width := map[store.Interval]int{store.Day: 10, store.Month: 7, store.Year: 4, "": 7}[q.Interval]
	w := db.eventWhere(q.Filter)
	w.add("LENGTH(e.date) >= ?", width)
	tq, targs := w.bind(`SELECT SUBSTR(e.date, 1, ?) AS bucket, COUNT(*), SUM(e.mentions) FROM events e`+w.sql()+`
		GROUP BY bucket ORDER BY bucket`, append([]any{width}, w.args...)...)
	err := db.each(ctx, tq, targs, func(r Rows) error {
		var b store.Bucket
		if err := r.Scan(&b.Start, &b.Events, &b.Mentions); err != nil {
			return err
		}
		out = append(out, b)
		return nil
	})
	return out, wrapErr("counting events over time", err)
}
