package zwnj

// affixRule is one Lilak PFX or SFX rule, as generated into
// affixes_lilak_*.go. add is the affix without its ZWNJ; zwnj says the
// written affix is joined to the stem by a half-space ("‌ها" rather than
// "ها"). Only the empty condition "." is used by Lilak 2.0.0; the loader
// refuses other conditions so a new release cannot be misread silently.
type affixRule struct {
	flag   uint32
	prefix bool
	cross  bool
	strip  string
	add    string
	zwnj   bool
	cond   string
	cont   uint32
}
