package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"khabar/pipeline"
)

// Counts are the running totals of a Run.
type Counts struct {
	// Read is the number of articles read; Failed the records that could
	// not be read or extracted.
	Read   int `json:"read"`
	Failed int `json:"failed"`
	// Stored counts new articles committed; Duplicates articles already
	// stored (or repeated in the input), found before or at writing.
	Stored     int `json:"stored"`
	Duplicates int `json:"duplicates"`
	// Linked counts new articles joined to an earlier story; NewEvents the
	// events not seen before.
	Linked    int `json:"linked"`
	NewEvents int `json:"new_events"`
	// Bytes is the size of the article bodies read.
	Bytes int64 `json:"bytes"`
}

// Summary is what a Run did.
type Summary struct {
	Counts
	// Failures are the reasons, "FILE:LINE: reason", of the first
	// Options.MaxFailures failures.
	Failures []string      `json:"failures"`
	Elapsed  time.Duration `json:"elapsed_ns"`
	// Interrupted says the context ended the run early; what was
	// committed stays.
	Interrupted bool `json:"interrupted"`
}

// String sums the run up in one line.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d read, %d stored, %d duplicates, %d failed, %d linked to earlier stories, %d new events",
		s.Read, s.Stored, s.Duplicates, s.Failed, s.Linked, s.NewEvents)
	if secs := s.Elapsed.Seconds(); secs > 0 {
		fmt.Fprintf(&b, " in %.1fs (%.0f articles/s)", secs, float64(s.Read)/secs)
	}
	if s.Interrupted {
		b.WriteString("; interrupted, committed batches kept")
	}
	return b.String()
}

// LexiconVersion names the actor lexicon p loaded: "lex:" and the first 16
// hex digits of a hash over its entries.
func LexiconVersion(p *pipeline.Pipeline) string {
	h := sha256.New()
	for _, e := range p.Lexicon().Entries() {
		fmt.Fprintf(h, "%+v\n", *e)
	}
	return "lex:" + hex.EncodeToString(h.Sum(nil))[:16]
}
