package sqlstore

import "strings"

// SchemaV1 is version 1 of the tables both dialects share, with these
// words to replace: INT8 (a 64-bit integer column type), KEY8 (a 64-bit
// integer primary key: the rowid on SQLite), FLOAT8 and NOROWID (SQLite's
// WITHOUT ROWID, nothing on PostgreSQL). The search index is the
// dialect's own.
//
// Every table is keyed so that it can be sharded: the per-article tables
// by art (the article key, see articleKey), events and event_actors by ev
// (the event key), simhash_bands by band_key.
const schemaV1 = `
CREATE TABLE articles (
	art KEY8,
	id TEXT NOT NULL,
	source_id TEXT NOT NULL,
	source TEXT NOT NULL,
	line INTEGER NOT NULL,
	url TEXT NOT NULL,
	date TEXT NOT NULL,
	lang TEXT NOT NULL,
	variant TEXT NOT NULL,
	title TEXT NOT NULL,
	body TEXT NOT NULL,
	story TEXT NOT NULL,
	simhash INT8 NOT NULL,
	n_events INTEGER NOT NULL,
	khabar_version TEXT NOT NULL,
	lexicon TEXT NOT NULL,
	stored_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date, art);
CREATE INDEX articles_lang_date ON articles (lang, date, art);
CREATE INDEX articles_story ON articles (story);
CREATE TABLE simhash_bands (
	band_key INT8 NOT NULL,
	art INT8 NOT NULL,
	PRIMARY KEY (band_key, art)
) NOROWID;
CREATE TABLE sentences (
	art INT8 NOT NULL,
	idx INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte INTEGER NOT NULL,
	duplicate_of INTEGER NOT NULL,
	quote INTEGER NOT NULL,
	PRIMARY KEY (art, idx)
) NOROWID;
CREATE TABLE entities (
	art INT8 NOT NULL,
	idx INTEGER NOT NULL,
	eid TEXT NOT NULL,
	type TEXT NOT NULL,
	text TEXT NOT NULL,
	canonical TEXT NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	country TEXT NOT NULL,
	sector TEXT NOT NULL,
	wikidata TEXT NOT NULL,
	entry TEXT NOT NULL,
	role TEXT NOT NULL,
	source TEXT NOT NULL,
	PRIMARY KEY (art, idx)
) NOROWID;
CREATE TABLE amounts (
	art INT8 NOT NULL,
	idx INTEGER NOT NULL,
	aid TEXT NOT NULL,
	kind TEXT NOT NULL,
	value FLOAT8 NOT NULL,
	unit TEXT NOT NULL,
	thing TEXT NOT NULL,
	text TEXT NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	PRIMARY KEY (art, idx)
) NOROWID;
CREATE TABLE quotes (
	art INT8 NOT NULL,
	idx INTEGER NOT NULL,
	speaker TEXT NOT NULL,
	speaker_entity TEXT NOT NULL,
	text TEXT NOT NULL,
	direct INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte INTEGER NOT NULL,
	PRIMARY KEY (art, idx)
) NOROWID;
CREATE TABLE events (
	ev KEY8,
	key TEXT NOT NULL,
	type TEXT NOT NULL,
	mode TEXT NOT NULL,
	date TEXT NOT NULL,
	date_precision TEXT NOT NULL,
	cameo TEXT NOT NULL,
	quad_code INTEGER NOT NULL,
	goldstein FLOAT8 NOT NULL,
	actor TEXT NOT NULL,
	recipient TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	first_art INT8 NOT NULL,
	trigger_text TEXT NOT NULL,
	event_text TEXT NOT NULL,
	lang TEXT NOT NULL
);
CREATE INDEX events_date ON events (date, ev);
CREATE INDEX events_type_date ON events (type, date, ev);
CREATE TABLE event_actors (
	code TEXT NOT NULL,
	side TEXT NOT NULL,
	ev INT8 NOT NULL,
	name TEXT NOT NULL,
	PRIMARY KEY (code, side, ev)
) NOROWID;
CREATE INDEX event_actors_ev ON event_actors (ev);
CREATE TABLE event_reports (
	art INT8 NOT NULL,
	idx INTEGER NOT NULL,
	ev INT8 NOT NULL,
	type TEXT NOT NULL,
	lang TEXT NOT NULL,
	sentence INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte INTEGER NOT NULL,
	report TEXT NOT NULL,
	PRIMARY KEY (art, idx)
) NOROWID;
CREATE INDEX event_reports_ev ON event_reports (ev, art);
CREATE INDEX event_reports_lang ON event_reports (lang, ev);
CREATE INDEX event_reports_type ON event_reports (type, art);
`

// SharedSchemaV1 returns schemaV1 with the dialect's types.
func SharedSchemaV1(int8, key8, float8, norowid string) string {
	return strings.NewReplacer("KEY8", key8, "INT8", int8, "FLOAT8", float8, "NOROWID", norowid).Replace(schemaV1)
}

// SchemaV2 marks the articles khabar did not code (a language it does not
// read: Pashto, Arabic, …); those stored before it were all coded.
const SchemaV2 = `ALTER TABLE articles ADD COLUMN coded INTEGER NOT NULL DEFAULT 1`

// schemaV3 keeps what the feed watcher knows (store.FeedStore): one row
// per feed with the validators of its last poll, and one row per item
// seen. Both are keyed by feed, the hash of the feed URL (see feedKey), so
// that a feed's items live with it when the tables are sharded; item is
// the hash of the item key, which is kept beside it and compared on
// look-up.
const schemaV3 = `
CREATE TABLE feeds (
	feed KEY8,
	url TEXT NOT NULL,
	etag TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	status INTEGER NOT NULL,
	polled_at TEXT NOT NULL
);
CREATE TABLE seen_items (
	feed INT8 NOT NULL,
	item INT8 NOT NULL,
	item_key TEXT NOT NULL,
	seen_at TEXT NOT NULL,
	PRIMARY KEY (feed, item)
) NOROWID;
`

// SchemaV3 returns schemaV3 with the dialect's types (as SharedSchemaV1).
func SchemaV3(int8, key8, norowid string) string {
	return strings.NewReplacer("KEY8", key8, "INT8", int8, "NOROWID", norowid).Replace(schemaV3)
}

// schemaV5 cuts what each stored row costs the writer:
//   - the SimHash bands carry the fingerprint, so that the near-duplicate
//     look-up reads the articles of only those within reach, not of every
//     band collision (their number grows with the database);
//   - the event reports keep one index, (ev, art, lang), which serves the
//     sources of an event and the language filter; the article filters
//     probe the reports of an article by the primary key.
const schemaV5 = `
ALTER TABLE simhash_bands ADD COLUMN simhash INT8 NOT NULL DEFAULT 0;
UPDATE simhash_bands SET simhash = (SELECT a.simhash FROM articles a WHERE a.art = simhash_bands.art);
DROP INDEX event_reports_ev;
DROP INDEX event_reports_lang;
DROP INDEX event_reports_type;
CREATE INDEX event_reports_ev ON event_reports (ev, art, lang);
`

// SchemaV5 returns schemaV5 with the dialect's 8-byte integer type.
func SchemaV5(int8 string) string {
	return strings.ReplaceAll(schemaV5, "INT8", int8)
}

// EntitiesSplitAt is the schema version whose migration (schemaV7, then
// splitEntities in Go) turns the one row per mention of entities into a
// row per entity of an article (entities) and a narrow row per mention
// (mentions): the attributes an entity's mentions share are written once,
// and a mention's text is the body's bytes at its offsets. Every
// dialect's migration EntitiesSplitAt must be SchemaV7.
const EntitiesSplitAt = 7

// schemaV7 makes the new tables; the old one is moved over and dropped by
// migrateEntities.
const schemaV7 = `
CREATE TABLE entities_new (
	art INT8 NOT NULL,
	eid TEXT NOT NULL,
	type TEXT NOT NULL,
	canonical TEXT NOT NULL,
	country TEXT NOT NULL,
	sector TEXT NOT NULL,
	wikidata TEXT NOT NULL,
	entry TEXT NOT NULL,
	role TEXT NOT NULL,
	PRIMARY KEY (art, eid)
) NOROWID;
CREATE TABLE mentions (
	art INT8 NOT NULL,
	idx INTEGER NOT NULL,
	eid TEXT NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	source TEXT NOT NULL,
	diff TEXT NOT NULL,
	PRIMARY KEY (art, idx)
) NOROWID;
`

// SchemaV7 returns schemaV7 with the dialect's types (as SharedSchemaV1).
func SchemaV7(int8, norowid string) string {
	return strings.NewReplacer("INT8", int8, "NOROWID", norowid).Replace(schemaV7)
}
