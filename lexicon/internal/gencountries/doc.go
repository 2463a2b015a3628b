// Command gencountries writes lexicon/data/countries.gen.txt: one lexicon
// record per ISO 3166-1 country or territory, with its English name and
// its Persian names in Iranian (fa) and Afghan (fa-AF) usage, all taken
// from the CLDR tables of golang.org/x/text/language/display.
//
// It is run from the lexicon package directory by
//
//	go generate ./lexicon/
//
// (the directive is in lexicon/generate.go). The -o flag names another
// output file. The output depends only on the linked x/text version, so
// running it twice gives the same bytes; a test checks that the committed
// file is what the generator writes.
//
// Forms that news writing uses and CLDR lacks (امریکا, UK, adjectives,
// capitals as metonyms) are not generated: they are hand-written in
// lexicon/data/countries.txt under the same ids and merged by the lexicon.
//
// Nothing here is shared between goroutines.
package main
