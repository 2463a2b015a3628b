package fa

import (
	"khabar/text"
)

// Restorer restores half-spaces in letter-unified text, writing through b
// so that offsets stay aligned. Package zwnj provides the default one.
type Restorer interface {
	Restore(s string, b *text.Builder)
}

// Normalizer normalizes Persian text. It is safe for concurrent use.
type Normalizer struct {
	opts     Options
	restorer Restorer
}

// New returns a normalizer with the given options. The half-space step, when
// opts.ZWNJ is set, uses the embedded lexicon; WithRestorer replaces it.
func New(opts Options) *Normalizer {
	n := &Normalizer{opts: opts}
	if opts.ZWNJ {
		n.restorer = defaultRestorer()
	}
	return n
}

// WithRestorer returns a copy of n whose half-space step uses r (nil turns
// the step off).
func (n *Normalizer) WithRestorer(r Restorer) *Normalizer {
	c := *n
	c.restorer = r
	c.opts.ZWNJ = r != nil
	return &c
}

// Options returns the options n was made with.
func (n *Normalizer) Options() Options { return n.opts }

// Normalize returns the normalized form of s and the alignment that maps
// offsets in it back to s.
func (n *Normalizer) Normalize(s string) (string, *text.Alignment) {
	// Each step writes through a builder told its input (From), so a step
	// that changes nothing returns its input without copying it.
	var b text.Builder
	b.From(s)
	unifyLetters(s, n.opts.KeepDiacritics, &b)
	out, align := b.String(), b.Alignment(len(s))
	if n.opts.Spacing {
		var sb text.Builder
		sb.From(out)
		fixSpacing(out, &sb)
		if a := sb.Alignment(len(out)); a.Edits() > 0 {
			align = align.Then(a)
		}
		out = sb.String()
	}
	if n.restorer != nil {
		var zb text.Builder
		zb.From(out)
		n.restorer.Restore(out, &zb)
		if a := zb.Alignment(len(out)); a.Edits() > 0 {
			align = align.Then(a)
		}
		out = zb.String()
	}
	return out, align
}

// String returns the normalized form of s.
func (n *Normalizer) String(s string) string {
	out, _ := n.Normalize(s)
	return out
}
