package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"khabar/article"
	"khabar/pipeline"
	"khabar/store"
	"khabar/store/internal/sqlstore"
)

// TestMigrateToOrderedKeys writes a database of schema version 3 (keys
// that are hashes, one row per sentence and entity) by hand, opens it,
// and reads everything back through the migrated schema: the article and
// its details, its story, search, the merged event under its old public
// id, and the counts.
func TestMigrateToOrderedKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	v3 := *dialect
	v3.Migrations, v3.OrderedKeys, v3.SearchRebuiltAt = dialect.Migrations[:3], false, nil
	if _, err := sqlstore.New(ctx, backend{db: db, cache: &stmtCache{stmts: map[string]*sql.Stmt{}}}, &v3); err != nil {
		t.Fatal(err)
	}
	bodyA, bodyB := "قزاقستان و چین قرارداد امضا کردند.", "Kazakhstan and China signed a deal."
	idA, idB := pipeline.ID(bodyA), pipeline.ID(bodyB)
	artA, artB := hashKey(idA), hashKey(idB)
	sum := sha256.Sum256([]byte("AGREE|2025-01-02|KAZ|CHN|057|false")) // the event key, as sqlstore makes it
	ev := int64(binary.BigEndian.Uint64(sum[:8]))
	stmts := []string{
		fmt.Sprintf(`INSERT INTO articles VALUES (%d, '%s', 's', 'src', 1, '', '2025-01-02', 'fa', 'fa-IR', 't', '%s', '%s', 5, 1, 'v', 'lex', 'now', 1)`, artA, idA, bodyA, idA),
		fmt.Sprintf(`INSERT INTO articles VALUES (%d, '%s', 's', 'src', 2, '', '2025-01-03', 'en', '', 't', '%s', '%s', 5, 1, 'v', 'lex', 'now', 1)`, artB, idB, bodyB, idA),
		fmt.Sprintf(`INSERT INTO simhash_bands VALUES (77, %d), (77, %d)`, artA, artB),
		fmt.Sprintf(`INSERT INTO sentences VALUES (%d, 0, 0, %d, -1, 0)`, artA, len(bodyA)),
		fmt.Sprintf(`INSERT INTO entities VALUES (%d, 0, 'e1', 'LOC', 'قزاقستان', 'Kazakhstan', 0, 16, 0, 'KAZ', '', '', 'country/kaz', '', 'lexicon'),
			(%d, 1, 'e2', 'LOC', 'چین', 'China', 19, 25, 0, 'CHN', '', '', 'country/chn', '', 'lexicon')`, artA, artA),
		fmt.Sprintf(`INSERT INTO amounts VALUES (%d, 0, 'a1', 'count', 2, '', 'countries', 'two countries', 0, 5, 0)`, artB),
		fmt.Sprintf(`INSERT INTO events VALUES (%d, 'AGREE|2025-01-02|KAZ|CHN|057|false', 'AGREE', '', '2025-01-02', 'day', '057', 1, 3, '[{"code":"KAZ","name":"Kazakhstan"}]', '[{"code":"CHN","name":"China"}]', 2, %d, 'signed', 'x', 'fa')`, ev, artA),
		fmt.Sprintf(`INSERT INTO event_actors VALUES ('KAZ', 'actor', %d, 'Kazakhstan'), ('CHN', 'recipient', %d, 'China')`, ev, ev),
		fmt.Sprintf(`INSERT INTO event_reports VALUES (%d, 0, %d, 'AGREE', 'fa', 0, 0, 5, '{"id":"v1","type":"AGREE","sentence":0}'), (%d, 0, %d, 'AGREE', 'en', 0, 0, 5, '{"id":"v1","type":"AGREE","sentence":0}')`, artA, ev, artB, ev),
		fmt.Sprintf(`INSERT INTO search (rowid, terms) VALUES (%d, 'stale')`, artA),
	}
	for _, q := range stmts {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := IntegrityCheck(ctx, s); err != nil {
		t.Error(err)
	}
	if err := s.CheckConsistency(ctx); err != nil {
		t.Error(err)
	}
	a, err := s.Article(ctx, idA)
	if err != nil {
		t.Fatal(err)
	}
	wantEv := fmt.Sprintf("ev:%016x", uint64(ev))
	if len(a.Entities) != 2 || a.Entities[1].Canonical != "China" || len(a.Sentences) != 1 || a.Sentences[0].DuplicateOf != nil {
		t.Errorf("details of A: %+v %+v", a.Entities, a.Sentences)
	}
	if len(a.Events) != 1 || a.Events[0].EventID != wantEv || a.Events[0].EventText != bodyA {
		t.Errorf("events of A: %+v", a.Events)
	}
	if strings.Join(a.StoryArticles, ",") != idB {
		t.Errorf("story of A: %v, want %s", a.StoryArticles, idB)
	}
	b, err := s.Article(ctx, idB)
	if err != nil || len(b.Amounts) != 1 || b.Amounts[0].Thing != "countries" || len(b.Entities) != 0 {
		t.Errorf("B: %+v, %v", b.Amounts, err)
	}
	hits, err := s.Search(ctx, store.SearchQuery{Q: "قزاقستان"})
	if err != nil || hits.Total != 1 || hits.Items[0].ID != idA {
		t.Errorf("search: %+v, %v", hits, err)
	}
	if stale, _ := s.Search(ctx, store.SearchQuery{Q: "stale"}); stale.Total != 0 {
		t.Errorf("the old search index survived: %+v", stale)
	}
	evs, err := s.Events(ctx, store.EventQuery{Actor: "KAZ", Lang: "en"})
	if err != nil || len(evs.Items) != 1 || evs.Items[0].ID != wantEv || evs.Items[0].Mentions != 2 || len(evs.Items[0].Sources) != 2 {
		t.Errorf("events: %+v, %v", evs, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.SchemaVersion != len(dialect.Migrations) || st.Entities != 2 || st.Sentences != 1 || st.Amounts != 1 || st.Stories != 1 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
	// A new article takes the next key in order and merges into the
	// migrated event.
	bodyC := "Kazakhstan and China signed it again."
	r := pipeline.Result{Article: article.Article{ID: pipeline.ID(bodyC), Source: "src", Date: "2025-01-04", Lang: "en", Body: bodyC}, Coded: true,
		Events: []pipeline.Event{{Type: "AGREE", Date: "2025-01-02", CAMEO: "057", Actor: []pipeline.Party{{Code: "KAZ"}}, Recipient: []pipeline.Party{{Code: "CHN"}}}}}
	if _, err := s.Put(ctx, store.Batch{Results: []pipeline.Result{r}}); err != nil {
		t.Fatal(err)
	}
	evs, _ = s.Events(ctx, store.EventQuery{Actor: "KAZ"})
	if len(evs.Items) != 1 || evs.Items[0].Mentions != 3 {
		t.Errorf("after a new report: %+v", evs.Items)
	}
	c, err := s.Article(ctx, r.Article.ID)
	if err != nil || len(c.Events) != 1 || c.Events[0].EventID != wantEv {
		t.Errorf("C: %+v, %v", c.Events, err)
	}
}

// hashKey is the key schema version 3 gave an article: the first 8
// bytes of its hash.
func hashKey(id string) int64 {
	b, _ := hex.DecodeString(id[len("sha256:") : len("sha256:")+16])
	return int64(binary.BigEndian.Uint64(b))
}
