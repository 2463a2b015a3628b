// Package segment splits an article body into sentences and tokens, and
// marks sentences that repeat others.
//
// Every span it returns is a byte span into the string it was given: the
// body itself, or a normalized copy whose spans the caller maps back with a
// text.Alignment.
//
// Sentences ends a sentence at a line break (always: a paragraph is at least
// one sentence) and at the final marks . ؟ ? ! … ۔ with these exceptions: a
// period inside a number (۱.۱, 3.5, ۱۴۰۳.۸), between Latin letters or
// digits (reuters.com, press@example.org), after a listed abbreviation
// (abbreviations.txt: Mr., Inc., Nov., and No. before a number), a capital
// initial (J. Smith) or a letter chain (U.S., e.g.), between Persian initials
// (ه.ش), or before a lower-case Latin word or a comma; an ellipsis (… or
// ...) that runs straight into a word or sits in brackets, "(...)"; and any
// mark before the sentence has a letter (list numbers, "۲."). A period
// between Persian words ends the sentence even without a space (است.او).
// A colon never ends a sentence.
//
// Quotations («…», “…”, "…") are tracked within a paragraph: a sentence
// partly inside one has Quote set, and the closing quote (and any brackets
// or final marks) right after a sentence end stay in that sentence, so
// `گفت: «… است.»` ends after the ». Quotation state is reset at every line
// break, so an unclosed quote cannot swallow the rest of the article; a
// closing mark with nothing open marks the sentences of its paragraph up to
// it as quoted, since the quotation began in an earlier paragraph.
//
// Known limits: a Latin abbreviation at the very end of a sentence ("in the
// U.S. The talks ...") does not end it; an ellipsis followed by a space and
// a Persian word always ends the sentence, because Persian has no case to
// tell a new sentence from an omission.
//
// Tokens splits sentences into words, numbers, punctuation marks and
// symbols (see Tokens). MarkDuplicates finds exact repeats and sentences
// contained in longer ones, such as pull quotes (see MarkDuplicates).
//
// The package holds no mutable state; all functions are safe for
// concurrent use. MarkDuplicates writes to the slice it is given.
package segment
