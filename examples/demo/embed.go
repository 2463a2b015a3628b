// Package demo holds the sample articles that khabar demo loads: short,
// invented news reports in Dari, Iranian Persian and English, one dated
// text file each (the format of package article).
package demo

import "embed"

// Articles holds the sample articles, *.txt at its root.
//
//go:embed *.txt
var Articles embed.FS
