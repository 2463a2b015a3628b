// Package code is the event coder: from an article's sentences, tokens
// and entity mentions it finds events in the PLOVER ontology, with their
// mode and contexts, actors and recipients, the closest CAMEO code with
// its Goldstein score and quad class, the date, the amounts of the
// sentence, and the trigger, every one pointing back into the body by
// byte offsets.
//
// For each sentence the coder matches the trigger lexicon
// (khabar/code/triggers), splits the sentence into clauses and phrases
// (parse.go: prepositions open phrases at the places a trigger's
// arguments stand, را marks a Persian object, که and تا, that and who open
// clauses, a Persian verb ends its clause) and finds each trigger's actor
// and recipient at the places its entry names (args.go): the subject,
// the object, or a preposition (با, به, از, میان, with, to, between, …).
// A list of names gives several parties; a name stands for its state
// (parties.go): Boeing for the USA, شرکت قزاقی for Kazakhstan, an agent
// noun (police, مقام‌ها) for the state named with it, else the place of
// its clause, else the article's home country.
//
// The modes of the verb (modes.go, coder.go): a negated trigger is
// dropped or becomes the type its entry says; a future, a promise, or a
// subjunctive under hope or intention (امیدوار است … بپیوندد, hopes to
// join) becomes AGREE with the original contexts, or THREATEN for force;
// a verbal act (agree, ask, warn, accuse, reject) absorbs the trigger of
// its complement ("agreed to buy", "توافق شد که … خریداری کنند");
// questions, conditionals, modals, purposes and what was averted are not
// coded. Missing sides are completed by rules (sides.go): a plural
// subject that agrees or meets is both sides; a meeting with no partner
// meets the country it takes place in; unnamed targets at home are the
// home country. Each event takes the date expression of its clause, else
// of its sentence, else of an earlier sentence of its paragraph (when.go).
// An event reported in several sentences is one event with several
// Mentions (dedup.go).
//
// The package cameo holds the CAMEO code table. A Coder holds only
// read-only tables and is safe for concurrent use.
package code
