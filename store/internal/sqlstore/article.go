package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"khabar/pipeline"
	"khabar/store"
)

// Article returns one article with everything extracted from it.
func (db *DB) Article(ctx context.Context, id string) (store.Article, error) {
	var a store.Article
	idKey, err := articleKey(id)
	if err != nil {
		return a, err
	}
	q := db.d.rebind(`SELECT ` + summaryColumns + `, a.source_id, a.body, a.khabar_version, a.lexicon FROM articles a WHERE a.` + db.d.idKey() + ` = ?`)
	var art int64
	dest := append(summaryDest(&a.ArticleSummary, &art), &a.SourceID, &a.Body, &a.KhabarVersion, &a.Lexicon)
	if err := queryRow(ctx, db.b, q, []any{idKey}, dest...); err != nil {
		return a, fmt.Errorf("article %s: %w", id, err)
	}
	if a.ID != id {
		return store.Article{}, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	steps := []func() error{
		func() error {
			a.Sentences = []pipeline.Sentence{}
			return db.each(ctx, `SELECT idx, start_byte, end_byte, duplicate_of, quote FROM sentences WHERE art = ? ORDER BY idx`, []any{art}, func(r Rows) error {
				var s pipeline.Sentence
				var dup, quote int
				if err := r.Scan(&s.Index, &s.Start, &s.End, &dup, &quote); err != nil {
					return err
				}
				if dup >= 0 {
					s.DuplicateOf = &dup
				}
				s.Quote = quote != 0
				a.Sentences = append(a.Sentences, s)
				return nil
			})
		},
		func() error {
			attrs := map[string][7]string{}
			err := db.each(ctx, `SELECT eid, type, canonical, country, sector, wikidata, entry, role FROM entities WHERE art = ?`, []any{art}, func(r Rows) error {
				var eid string
				var at [7]string
				if err := r.Scan(&eid, &at[0], &at[1], &at[2], &at[3], &at[4], &at[5], &at[6]); err != nil {
					return err
				}
				attrs[eid] = at
				return nil
			})
			if err != nil {
				return err
			}
			a.Entities = []pipeline.Entity{}
			return db.each(ctx, `SELECT eid, start_byte, end_byte, sentence, source, diff FROM mentions WHERE art = ? ORDER BY idx`, []any{art}, func(r Rows) error {
				var e pipeline.Entity
				var diff string
				if err := r.Scan(&e.ID, &e.Start, &e.End, &e.Sentence, &e.Source, &diff); err != nil {
					return err
				}
				if err := joinMention(a.Body, attrs[e.ID], &e, diff); err != nil {
					return err
				}
				a.Entities = append(a.Entities, e)
				return nil
			})
		},
		func() error {
			a.Amounts = []pipeline.Amount{}
			return db.each(ctx, `SELECT aid, kind, value, unit, thing, text, start_byte, end_byte, sentence FROM amounts WHERE art = ? ORDER BY idx`, []any{art}, func(r Rows) error {
				var m pipeline.Amount
				if err := r.Scan(&m.ID, &m.Kind, &m.Value, &m.Unit, &m.Thing, &m.Text, &m.Start, &m.End, &m.Sentence); err != nil {
					return err
				}
				a.Amounts = append(a.Amounts, m)
				return nil
			})
		},
		func() error {
			a.Quotes = []pipeline.Quote{}
			return db.each(ctx, `SELECT speaker, speaker_entity, text, direct, sentence, start_byte, end_byte FROM quotes WHERE art = ? ORDER BY idx`, []any{art}, func(r Rows) error {
				var q pipeline.Quote
				var direct int
				if err := r.Scan(&q.Speaker, &q.SpeakerEntity, &q.Text, &direct, &q.Sentence, &q.Start, &q.End); err != nil {
					return err
				}
				q.Direct = direct != 0
				a.Quotes = append(a.Quotes, q)
				return nil
			})
		},
		func() error {
			a.Events = []store.ArticleEvent{}
			return db.each(ctx, `SELECT e.`+db.d.evKey()+`, r.report FROM event_reports r JOIN events e ON e.ev = r.ev WHERE r.art = ? ORDER BY r.idx`, []any{art}, func(r Rows) error {
				var ev int64
				var report string
				if err := r.Scan(&ev, &report); err != nil {
					return err
				}
				var e store.ArticleEvent
				if err := json.Unmarshal([]byte(report), &e.Event); err != nil {
					return fmt.Errorf("event report of %s: %w", id, err)
				}
				e.EventID = eventID(ev)
				a.Events = append(a.Events, e)
				return nil
			})
		},
		func() error {
			a.StoryArticles = []string{}
			return db.each(ctx, `SELECT id FROM articles WHERE story = ? AND art <> ? ORDER BY date, art LIMIT 100`, []any{a.Story, art}, func(r Rows) error {
				var other string
				if err := r.Scan(&other); err != nil {
					return err
				}
				a.StoryArticles = append(a.StoryArticles, other)
				return nil
			})
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return store.Article{}, wrapErr("reading article "+id, err)
		}
	}
	for i := range a.Events {
		e := &a.Events[i]
		if e.EventText == "" && e.Sentence >= 0 && e.Sentence < len(a.Sentences) {
			s := a.Sentences[e.Sentence]
			if 0 <= s.Start && s.Start <= s.End && s.End <= len(a.Body) {
				e.EventText = a.Body[s.Start:s.End]
			}
		}
	}
	return a, nil
}

// each runs q (with ? placeholders) and calls f for every row.
func (db *DB) each(ctx context.Context, q string, args []any, f func(Rows) error) error {
	return db.eachIn(ctx, db.b, q, args, f)
}

// eachIn is each on c (a transaction, or the backend), closing the rows
// before it returns.
func (db *DB) eachIn(ctx context.Context, c Conn, q string, args []any, f func(Rows) error) error {
	rows, err := c.Query(ctx, db.d.rebind(q), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// summaryColumns are the columns of a store.ArticleSummary, read by
// summaryDest; the table is aliased a.
const summaryColumns = `a.id, a.source, a.url, a.date, a.lang, a.variant, a.title, a.story, a.n_events, a.coded, a.art`

func summaryDest(s *store.ArticleSummary, key *int64) []any {
	return []any{&s.ID, &s.Source, &s.URL, &s.Date, &s.Lang, &s.Variant, &s.Title, &s.Story, &s.Events, intBool{&s.Coded}, key}
}

// intBool scans an integer column (0 or not) into a bool, alike on every
// database.
type intBool struct{ b *bool }

func (ib intBool) Scan(src any) error {
	switch v := src.(type) {
	case int64:
		*ib.b = v != 0
	case int32:
		*ib.b = v != 0
	case bool:
		*ib.b = v
	case nil:
		*ib.b = false
	default:
		return fmt.Errorf("scanning a flag: unexpected %T", src)
	}
	return nil
}
