package fa

// defaultRestorer is the half-space restorer New uses when opts.ZWNJ is set.
func defaultRestorer() Restorer { return nil }
