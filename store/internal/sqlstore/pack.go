package sqlstore

import (
	"context"
	"math"

	"khabar/pipeline"
)

// packChunk is how many articles packDetails reads at a time.
const packChunk = 500

// packDetails is the data step of migration DetailsVersion: it writes
// one article_details row for every stored article from the rows of the
// sentences, entities, amounts and quotes tables, then drops them.
func (db *DB) packDetails(ctx context.Context, tx Tx) error {
	from, cmp := int64(math.MinInt64), ">=" // keys made from hashes may be negative
	ins := newBulk(db.d, "article_details", "art", "n_sentences", "n_entities", "n_amounts", "n_quotes", "detail")
	for {
		arts, err := int64Column(ctx, tx, db.d.rebind(`SELECT art FROM articles WHERE art `+cmp+` ? ORDER BY art LIMIT ?`), from, packChunk)
		if err != nil {
			return wrapErr("reading articles to pack", err)
		}
		if len(arts) == 0 {
			break
		}
		ds, err := db.oldDetails(ctx, tx, arts)
		if err != nil {
			return wrapErr("reading details to pack", err)
		}
		for _, art := range arts {
			d, ok := ds[art]
			if !ok {
				d = &details{}
			}
			if err := ins.add(ctx, tx, append([]any{art}, d.row()...)...); err != nil {
				return err
			}
		}
		from, cmp = arts[len(arts)-1], ">"
	}
	if err := ins.flush(ctx, tx); err != nil {
		return err
	}
	for _, t := range []string{"sentences", "entities", "amounts", "quotes"} {
		if err := tx.Exec(ctx, "DROP TABLE "+t); err != nil {
			return wrapErr("dropping "+t, err)
		}
	}
	return nil
}

// oldDetails reads the details of arts from the tables of schema
// versions before DetailsVersion.
func (db *DB) oldDetails(ctx context.Context, c Conn, arts []int64) (map[int64]*details, error) {
	out := map[int64]*details{}
	get := func(art int64) *details {
		d := out[art]
		if d == nil {
			d = &details{}
			out[art] = d
		}
		return d
	}
	args := make([]any, len(arts))
	for i, a := range arts {
		args[i] = a
	}
	in := ` WHERE art IN (` + placeholders(len(args)) + `) ORDER BY art, idx`
	reads := []struct {
		q    string
		scan func(r Rows, art *int64) error
	}{
		{`SELECT art, idx, start_byte, end_byte, duplicate_of, quote FROM sentences`, func(r Rows, art *int64) error {
			var s pipeline.Sentence
			var dup, quote int
			if err := r.Scan(art, &s.Index, &s.Start, &s.End, &dup, &quote); err != nil {
				return err
			}
			if dup >= 0 {
				s.DuplicateOf = &dup
			}
			s.Quote = quote != 0
			d := get(*art)
			d.Sentences = append(d.Sentences, s)
			return nil
		}},
		{`SELECT art, eid, type, text, canonical, start_byte, end_byte, sentence, country, sector, wikidata, entry, role, source FROM entities`, func(r Rows, art *int64) error {
			var e pipeline.Entity
			if err := r.Scan(art, &e.ID, &e.Type, &e.Text, &e.Canonical, &e.Start, &e.End, &e.Sentence, &e.Country, &e.Sector, &e.Wikidata, &e.Entry, &e.Role, &e.Source); err != nil {
				return err
			}
			d := get(*art)
			d.Entities = append(d.Entities, e)
			return nil
		}},
		{`SELECT art, aid, kind, value, unit, thing, text, start_byte, end_byte, sentence FROM amounts`, func(r Rows, art *int64) error {
			var m pipeline.Amount
			if err := r.Scan(art, &m.ID, &m.Kind, &m.Value, &m.Unit, &m.Thing, &m.Text, &m.Start, &m.End, &m.Sentence); err != nil {
				return err
			}
			d := get(*art)
			d.Amounts = append(d.Amounts, m)
			return nil
		}},
		{`SELECT art, speaker, speaker_entity, text, direct, sentence, start_byte, end_byte FROM quotes`, func(r Rows, art *int64) error {
			var q pipeline.Quote
			var direct int
			if err := r.Scan(art, &q.Speaker, &q.SpeakerEntity, &q.Text, &direct, &q.Sentence, &q.Start, &q.End); err != nil {
				return err
			}
			q.Direct = direct != 0
			d := get(*art)
			d.Quotes = append(d.Quotes, q)
			return nil
		}},
	}
	for _, rd := range reads {
		rows, err := c.Query(ctx, db.d.rebind(rd.q+in), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var art int64
			if err := rd.scan(rows, &art); err != nil {
				rows.Close()
				return nil, err
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// int64Column runs a query of one integer column and returns its values.
func int64Column(ctx context.Context, c Conn, q string, args ...any) ([]int64, error) {
	rows, err := c.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
