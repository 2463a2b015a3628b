package recognize

import (
	"slices"
	"strconv"

	"khabar/text"
)

// Recognize returns the entity mentions of d, sorted by Start. Articles in
// languages other than fa and en get none.
func (r *Recognizer) Recognize(d Doc) []Entity {
	if d.Lang != "fa" && d.Lang != "en" || d.Norm == "" {
		return nil
	}
	st := r.newState(&d)
	defer st.release()
	st.makeUnits()
	st.matchLexicon()
	st.findPatterns()
	st.placeAgents()
	st.link()
	return st.entities()
}

// entities turns the mentions into the result: body offsets, ids in order
// of first mention.
func (st *state) entities() []Entity {
	d := st.d
	order := make([]int, 0, len(st.mentions))
	for k := range st.mentions {
		if !st.mentions[k].dropped {
			order = append(order, k)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return st.mentions[a].start - st.mentions[b].start
	})
	ids := map[string]string{}
	out := make([]Entity, 0, len(order))
	prevEnd := 0
	for _, k := range order {
		m := &st.mentions[k]
		sp := d.Align.Span(text.Span{Start: m.start, End: m.end})
		if !sp.In(len(d.Body)) || sp.Start == sp.End || sp.Start < prevEnd {
			continue // empty, or sharing body bytes with the one before
		}
		prevEnd = sp.End
		id, ok := ids[m.key]
		if !ok {
			id = "e" + strconv.Itoa(len(ids)+1)
			ids[m.key] = id
		}
		e := Entity{
			ID: id, Type: m.typ, Text: d.Body[sp.Start:sp.End], Canonical: m.canonical,
			Start: sp.Start, End: sp.End, Sentence: int(st.units[m.u0].sent),
			Country: m.country, Sector: m.sector, Role: m.role, Adjective: m.adjective, Source: m.source,
		}
		if m.entry != nil {
			e.Entry, e.Wikidata = m.entry.ID, m.entry.Wikidata
		}
		out = append(out, e)
	}
	return out
}
