// Package langid finds the language of a news text and, for Persian, whether
// it is written in Dari (fa-AF) or Iranian Persian (fa-IR).
//
// Language: texts in Arabic script are decided by this package's own rules,
// because trigram models confuse Persian and Arabic. The rules count, over
// the words of the text, letters that only one language uses (Pashto ټ ډ ړ
// ښ ګ ځ څ ې ۍ ڼ; Urdu ں ے ٹ ڈ ڑ ہ; Persian پ چ ژ گ against Arabic ة and
// the article ال-) and each language's function words (Persian است این که
// را از در, Pashto د په چې کې, Arabic في على التي, Urdu کے کی ہے). Texts in
// other scripts, and Arabic-script texts the rules cannot place, go to
// github.com/abadojack/whatlanggo (over at most the first 4 KB), with an
// English function-word check on top for Latin script.
//
// Variant: Persian texts are matched, whole word by whole word, against a
// list of words that Afghan and Iranian writers spell or choose differently
// (دالر/دلار, پولیس/پلیس, ولسوالی/شهرستان, month names, …). The list is
// two embedded files: variant_markers.txt, written by hand, and
// cldr_names_xtext_v0.44.0.txt, the country and language names on which
// CLDR's fa and fa-AF locales differ, generated from golang.org/x/text by
// `go generate` (see internal/gen). Both files document their format. Words
// are folded before matching (Arabic ي ك to Persian ی ک, ۀ and هٔ to ه,
// diacritics and tatweel dropped, half-spaces treated like spaces) so the
// same word is found however it was typed. A variant is decided only when
// one side's weighted evidence clearly outweighs the other's; the evidence
// is returned for explanation.
//
// Speed: Detect reads a text once (scan.go), classifying each rune by a
// table of rune properties (runeprops.go), folding each word into a reused
// buffer and looking it up once in a hash table of every spelling the rules
// ask about, marker first words and function words alike (wordtable.go,
// vocabulary.go). Markers are then matched over the folded words, and only
// if the text is Persian. Apart from the evidence it returns, Detect
// allocates nothing.
//
// Detect is safe for concurrent use: the marker lexicon and its tables are
// built once, when the package is initialised, and never changed, and each
// call takes its own scratch buffers from a sync.Pool.
package langid
