package langid

import "sync"

// textScan is one pass over a text (see scan): the counts its language is
// decided from, and its folded words and numbers, in which its variant
// markers are then matched. Scans are pooled so that their buffers serve
// text after text; a scan is used by one goroutine at a time.
type textScan struct {
	features langFeatures
	folded   foldedText
	light    []byte     // the light form of the word being counted, when it differs from its fold
	evidence []Evidence // the evidence being gathered by matchVariant
}

var scanPool = sync.Pool{New: func() any { return new(textScan) }}

// Bounds on the buffers a pooled scan keeps, so that one huge text does not
// pin its memory: news articles need a few KB.
const (
	maxPooledBytes  = 1 << 19
	maxPooledTokens = 1 << 16
)

// newScan takes a scan from the pool; release gives it back.
func newScan() *textScan { return scanPool.Get().(*textScan) }

func (ts *textScan) release() {
	if cap(ts.folded.buf) > maxPooledBytes || cap(ts.folded.tokens) > maxPooledTokens {
		return
	}
	scanPool.Put(ts)
}
