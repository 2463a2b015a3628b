package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"khabar/pipeline"
)

// The entities of an article are stored as a row per entity id, holding
// the attributes of its first mention, and a row per mention, holding
// where it stands and how it was found. A mention whose attributes differ
// from its entity's (a role named in one apposition only), or whose text
// is not the body's bytes at its offsets, keeps the difference in diff, a
// JSON object of the fields that differ: the split loses nothing.

// entityAttrs are the attributes an entity row holds, in column order.
func entityAttrs(e *pipeline.Entity) [7]string {
	return [7]string{e.Type, e.Canonical, e.Country, e.Sector, e.Wikidata, e.Entry, e.Role}
}

// attrNames name entityAttrs in a mention's diff.
var attrNames = [7]string{"type", "canonical", "country", "sector", "wikidata", "entry", "role"}

// splitEntities calls entity for the first mention of each entity id and
// mention for every mention, with its diff ("" when none).
func splitEntities(body string, es []pipeline.Entity, entity func(e *pipeline.Entity) error, mention func(i int, e *pipeline.Entity, diff string) error) error {
	first := make(map[string]int, len(es))
	for i := range es {
		e := &es[i]
		f, seen := first[e.ID]
		if !seen {
			first[e.ID] = i
			f = i
			if err := entity(e); err != nil {
				return err
			}
		}
		var d map[string]string
		if f != i {
			own, shared := entityAttrs(e), entityAttrs(&es[f])
			for k := range own {
				if own[k] != shared[k] {
					if d == nil {
						d = map[string]string{}
					}
					d[attrNames[k]] = own[k]
				}
			}
		}
		if e.Start < 0 || e.End > len(body) || e.Start > e.End || body[e.Start:e.End] != e.Text {
			if d == nil {
				d = map[string]string{}
			}
			d["text"] = e.Text
		}
		diff := ""
		if d != nil {
			b, err := json.Marshal(d)
			if err != nil {
				return err
			}
			diff = string(b)
		}
		if err := mention(i, e, diff); err != nil {
			return err
		}
	}
	return nil
}

// joinMention makes mention m of entity row attrs whole again: its text
// from the body, and the attributes of its diff.
func joinMention(body string, attrs [7]string, m *pipeline.Entity, diff string) error {
	m.Type, m.Canonical, m.Country, m.Sector, m.Wikidata, m.Entry, m.Role = attrs[0], attrs[1], attrs[2], attrs[3], attrs[4], attrs[5], attrs[6]
	if m.Start >= 0 && m.Start <= m.End && m.End <= len(body) {
		m.Text = body[m.Start:m.End]
	}
	if diff == "" {
		return nil
	}
	var d map[string]string
	if err := json.Unmarshal([]byte(diff), &d); err != nil {
		return fmt.Errorf("reading the mention %s at %d: %w", m.ID, m.Start, err)
	}
	for k, v := range d {
		switch k {
		case "type":
			m.Type = v
		case "canonical":
			m.Canonical = v
		case "country":
			m.Country = v
		case "sector":
			m.Sector = v
		case "wikidata":
			m.Wikidata = v
		case "entry":
			m.Entry = v
		case "role":
			m.Role = v
		case "text":
			m.Text = v
		}
	}
	return nil
}

// migrateEntities moves the rows of the old entities table (a row per
// mention) into entities_new and mentions, article by article, then drops
// the old table and gives the new one its name.
func (db *DB) migrateEntities(ctx context.Context, tx Tx) error {
	entities, mentions := newEntitiesBulk(db.d, "entities_new"), newMentionsBulk(db.d)
	err := articleChunks(ctx, db, tx, func(arts []any) error {
		type old struct {
			body string
			es   []pipeline.Entity
		}
		byArt := map[int64]*old{}
		err := db.eachIn(ctx, tx, `SELECT e.art, a.body, e.eid, e.type, e.text, e.canonical, e.start_byte, e.end_byte, e.sentence,
	e.country, e.sector, e.wikidata, e.entry, e.role, e.source
FROM entities e JOIN articles a ON a.art = e.art WHERE e.art IN (`+placeholders(len(arts))+`) ORDER BY e.art, e.idx`, arts, func(r Rows) error {
			var art int64
			var body string
			var e pipeline.Entity
			if err := r.Scan(&art, &body, &e.ID, &e.Type, &e.Text, &e.Canonical, &e.Start, &e.End, &e.Sentence,
				&e.Country, &e.Sector, &e.Wikidata, &e.Entry, &e.Role, &e.Source); err != nil {
				return err
			}
			o := byArt[art]
			if o == nil {
				o = &old{body: body}
				byArt[art] = o
			}
			o.es = append(o.es, e)
			return nil
		})
		if err != nil {
			return wrapErr("reading the entities to move", err)
		}
		for _, a := range arts {
			art := a.(int64)
			if o := byArt[art]; o != nil {
				if err := addEntityRows(ctx, tx, entities, mentions, art, o.body, o.es); err != nil {
					return wrapErr("moving entities", err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, b := range []*bulk{entities, mentions} {
		if err := b.flush(ctx, tx); err != nil {
			return wrapErr("moving entities", err)
		}
	}
	if err := tx.Exec(ctx, `DROP TABLE entities`); err != nil {
		return wrapErr("dropping the old entities", err)
	}
	return wrapErr("renaming entities_new", tx.Exec(ctx, `ALTER TABLE entities_new RENAME TO entities`))
}
