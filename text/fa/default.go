package fa

import "sync"

var (
	defaultOnce sync.Once
	defaultNorm *Normalizer
)

// Default returns the normalizer with DefaultOptions, made once.
func Default() *Normalizer {
	defaultOnce.Do(func() { defaultNorm = New(DefaultOptions()) })
	return defaultNorm
}
