package sqlite

// searchTable is the FTS5 index of pre-folded terms as the first
// versions made it: contentless (the terms are not stored again), no
// column sizes, no positions (a match is on terms alone).
const searchTable = `
CREATE VIRTUAL TABLE search USING fts5 (terms, content = '', columnsize = 0, detail = none,
	tokenize = 'unicode61 remove_diacritics 0');
`

// searchV6 makes the index again, cheaper to write: the terms are
// already folded words of letters and digits between single spaces, so
// the ascii tokenizer (spaces and ASCII punctuation split, every other
// character is a letter) reads them as unicode61 did, without its
// Unicode tables; and segments are merged sixteen at a time rather than
// four (automerge), which halves the merging an insert does for a few
// more segments a query reads. It is filled again by sqlstore
// (Dialect.SearchRebuiltAt).
const searchV6 = `
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5 (terms, content = '', columnsize = 0, detail = none, tokenize = 'ascii');
INSERT INTO search (search, rank) VALUES ('automerge', 16);
`

// orderedKeysV4 gives the stored articles and events keys in the order
// they were stored (1, 2, 3, …) in place of the hash of their id or
// event key, which moves to id_key or ev_key, so that new rows append to
// the tables and indexes keyed by them instead of landing at random
// places in them (sqlstore.Dialect.OrderedKeys). The search index, keyed
// by article, is emptied here and filled again by sqlstore from the
// articles (Dialect.SearchRebuiltAt).
//
// A new key equal to an old hash key of another row would fail the
// migration (and leave the database as it was); with keys 1…n that takes
// a hash below n, as unlikely as two ids sharing the hash.
const orderedKeysV4 = `
ALTER TABLE articles ADD COLUMN id_key INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET id_key = art;
CREATE UNIQUE INDEX articles_id_key ON articles (id_key);
CREATE TEMP TABLE rekey (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
INSERT INTO rekey (old, new) SELECT art, ROW_NUMBER() OVER (ORDER BY stored_at, art) FROM articles;
UPDATE articles SET art = (SELECT new FROM rekey WHERE old = articles.art);
UPDATE simhash_bands SET art = (SELECT new FROM rekey WHERE old = simhash_bands.art);
UPDATE sentences SET art = (SELECT new FROM rekey WHERE old = sentences.art);
UPDATE entities SET art = (SELECT new FROM rekey WHERE old = entities.art);
UPDATE amounts SET art = (SELECT new FROM rekey WHERE old = amounts.art);
UPDATE quotes SET art = (SELECT new FROM rekey WHERE old = quotes.art);
UPDATE event_reports SET art = (SELECT new FROM rekey WHERE old = event_reports.art);
UPDATE events SET first_art = COALESCE((SELECT new FROM rekey WHERE old = events.first_art), first_art);
DROP TABLE rekey;
ALTER TABLE events ADD COLUMN ev_key INTEGER NOT NULL DEFAULT 0;
UPDATE events SET ev_key = ev;
CREATE UNIQUE INDEX events_ev_key ON events (ev_key);
CREATE TEMP TABLE rekey (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
INSERT INTO rekey (old, new) SELECT ev, ROW_NUMBER() OVER (ORDER BY first_art, ev) FROM events;
UPDATE events SET ev = (SELECT new FROM rekey WHERE old = events.ev);
UPDATE event_reports SET ev = (SELECT new FROM rekey WHERE old = event_reports.ev);
UPDATE event_actors SET ev = (SELECT new FROM rekey WHERE old = event_actors.ev);
DROP TABLE rekey;
DROP TABLE search;
` + searchTable
