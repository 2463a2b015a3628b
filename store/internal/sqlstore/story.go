package sqlstore

import (
	"context"

	"khabar/store/simhash"
)

// storyPrint is an article as the story look-up sees it: its SimHash and its
// story.
type storyPrint struct {
	fp    uint64
	story string
}

// loadPrints reads, for the SimHashes of a batch's new articles, the
// stored articles that share a band with one of them and lie within
// simhash.MaxDistance of it, with their stories, into w.stored. Two
// look-ups for the whole batch: the bands, which carry the fingerprints,
// then the stories of the few within reach; a band collision costs no
// read of the article.
func (w *writer) loadPrints(ctx context.Context, fps []uint64) error {
	var keys []any
	seen := map[int64]bool{}
	for _, fp := range fps {
		for _, k := range simhash.Keys(fp) {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	type band struct {
		key, art int64
		fp       uint64
	}
	var near []band
	wanted := map[int64]bool{}
	for start := 0; start < len(keys); start += w.db.d.MaxParams {
		part := keys[start:min(len(keys), start+w.db.d.MaxParams)]
		rows, err := w.tx.Query(ctx, w.db.d.rebind(`SELECT band_key, art, simhash FROM simhash_bands WHERE band_key IN (`+placeholders(len(part))+`)`), part...)
		if err != nil {
			return wrapErr("looking up near-duplicates", err)
		}
		for rows.Next() {
			var b band
			var h int64
			if err := rows.Scan(&b.key, &b.art, &h); err != nil {
				rows.Close()
				return wrapErr("looking up near-duplicates", err)
			}
			b.fp = uint64(h)
			near = append(near, b)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return wrapErr("looking up near-duplicates", err)
		}
	}
	// Keep the bands within reach of an article of the batch that has
	// that band.
	byKey := map[int64][]uint64{}
	for _, fp := range fps {
		for _, k := range simhash.Keys(fp) {
			byKey[k] = append(byKey[k], fp)
		}
	}
	kept := near[:0]
	for _, b := range near {
		for _, fp := range byKey[b.key] {
			if simhash.Distance(fp, b.fp) <= simhash.MaxDistance {
				kept = append(kept, b)
				wanted[b.art] = true
				break
			}
		}
	}
	if len(wanted) == 0 {
		return nil
	}
	args := make([]any, 0, len(wanted))
	for art := range wanted {
		args = append(args, art)
	}
	stories := map[int64]string{}
	for start := 0; start < len(args); start += w.db.d.MaxParams {
		part := args[start:min(len(args), start+w.db.d.MaxParams)]
		rows, err := w.tx.Query(ctx, w.db.d.rebind(`SELECT art, story FROM articles WHERE art IN (`+placeholders(len(part))+`)`), part...)
		if err != nil {
			return wrapErr("looking up near-duplicates", err)
		}
		for rows.Next() {
			var art int64
			var story string
			if err := rows.Scan(&art, &story); err != nil {
				rows.Close()
				return wrapErr("looking up near-duplicates", err)
			}
			stories[art] = story
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return wrapErr("looking up near-duplicates", err)
		}
	}
	for _, b := range kept {
		if story, ok := stories[b.art]; ok {
			w.stored[b.key] = append(w.stored[b.key], storyPrint{fp: b.fp, story: story})
		}
	}
	return nil
}

// story returns the story of the nearest article within
// simhash.MaxDistance of fp, stored or earlier in the batch, or "";
// between articles as near, the least story.
func (w *writer) story(fp uint64) string {
	best, bestDist := "", simhash.MaxDistance+1
	for _, k := range simhash.Keys(fp) {
		for _, ps := range [][]storyPrint{w.pending[k], w.stored[k]} {
			for _, p := range ps {
				if d := simhash.Distance(fp, p.fp); d < bestDist || d == bestDist && p.story < best {
					best, bestDist = p.story, d
				}
			}
		}
	}
	return best
}
