// Command gen builds the ZWNJ lexicon of khabar/text/fa/zwnj from the Lilak
// Hunspell dictionary (npm package dictionary-fa) and a hand-written list
// of extra words. It writes the record table (lilak_<version>.bin) and the
// affix rules as Go (affixes_lilak_<version>.go). Run it through
// `go generate ./text/fa/zwnj` after `npm ci` in tools/lexicon.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	dictDir := flag.String("dict", "../../../tools/lexicon/node_modules/dictionary-fa", "directory of the dictionary-fa npm package")
	version := flag.String("version", "2.0.0", "dictionary-fa version the output must be built from")
	extra := flag.String("extra", "extra_words.txt", "hand-written extra words, one a line in .dic syntax")
	outDir := flag.String("out", ".", "directory to write the table and the rules into")
	flag.Parse()
	if err := run(*dictDir, *version, *extra, *outDir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
