// Package triggers holds the event coder's trigger lexicon: Persian and
// English verbs, compound (light-verb) predicates and nouns, each mapped to
// a PLOVER event type, mode and contexts, a CAMEO code and the places of
// its arguments (FORMAT.md). The data is plain text in data/, embedded;
// users add files with Load's directories.
//
// Persian predicates are written once, as their fixed part and the verb's
// past and present stems (توافق کرد|کن); the package generates every
// person, tense, aspect, negation, subjunctive and passive form. English
// verbs are written as lemma, past and participle (meet|met|met); the -s
// and -ing forms are generated.
//
// Match finds the triggers in the tokens of one sentence, given as folded
// keys (khabar/text/fa.FoldKey of each token), leftmost-longest and without
// overlap, and says whether each form is negated, future, subjunctive or
// passive.
//
// A Lexicon is immutable once loaded and safe for concurrent use.
package triggers
