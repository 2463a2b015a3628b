package fa

import "khabar/text/fa/zwnj"

// defaultRestorer is the half-space restorer New uses when opts.ZWNJ is set:
// the Lilak lexicon with prefix and suffix rules (package zwnj).
func defaultRestorer() Restorer { return zwnj.Default() }
