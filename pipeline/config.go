package pipeline

import (
	"fmt"

	"khabar/text/fa"
)

// Config says how the pipeline runs. Start from DefaultConfig.
type Config struct {
	// Persian is the Persian normalizer's configuration.
	Persian fa.Options
	// Tokens includes the tokens of each sentence in the result.
	Tokens bool
	// LexiconDirs are directories of user lexicon files (*.txt, the format
	// of lexicon/FORMAT.md) read after the built-in lexicon.
	LexiconDirs []string
	// MinDuplicateWords is the fewest words a sentence must have to be marked
	// as contained in another one; shorter ones are marked only when
	// repeated exactly.
	MinDuplicateWords int
}

// DefaultConfig is what khabar runs unless told otherwise.
func DefaultConfig() Config {
	return Config{Persian: fa.DefaultOptions(), MinDuplicateWords: 4}
}

// Validate reports the first field that holds an impossible value.
func (c Config) Validate() error {
	if c.MinDuplicateWords < 1 {
		return fmt.Errorf("pipeline: config: MinDuplicateWords is %d, must be at least 1", c.MinDuplicateWords)
	}
	return nil
}
