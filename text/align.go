package text

import (
	"sort"
	"strings"
	"unsafe"
)

// edit is one place where the output of a Builder differs from its input:
// out[OutStart:OutStart+OutLen] stands for in[InStart:InStart+InLen].
// Between edits, output and input agree byte for byte.
type edit struct {
	OutStart, OutLen int32
	InStart, InLen   int32
}

// Alignment maps byte offsets of a normalized text back to the text it was
// made from. The zero value (and nil) is the identity.
type Alignment struct {
	edits  []edit
	inLen  int
	outLen int
	// prev, when set, maps this alignment's input further back: the
	// alignment was made by Then.
	prev *Alignment
}

// Identity returns the alignment of a text of n bytes with itself.
func Identity(n int) *Alignment { return &Alignment{inLen: n, outLen: n} }

// InputLen is the length of the text the alignment maps into.
func (a *Alignment) InputLen() int { return a.inLen }

// OutputLen is the length of the text the alignment maps from.
func (a *Alignment) OutputLen() int { return a.outLen }

// Edits reports how many places the output differs from the input.
func (a *Alignment) Edits() int {
	if a == nil {
		return 0
	}
	return len(a.edits) + a.prev.Edits()
}

// find returns the index of the last edit that starts at or before off, or -1.
func (a *Alignment) find(off int) int {
	return sort.Search(len(a.edits), func(i int) bool { return int(a.edits[i].OutStart) > off }) - 1
}

// Start maps an output offset that begins a span to the input offset where
// that span begins. An offset inside an edited stretch maps to the start of
// the input the stretch replaced.
func (a *Alignment) Start(off int) int {
	if a == nil {
		return off
	}
	if a.prev != nil {
		own := *a
		own.prev = nil
		own.inLen = a.prev.outLen
		return a.prev.Start(own.Start(off))
	}
	i := a.find(off)
	if i < 0 {
		return clamp(off, a.inLen)
	}
	e := a.edits[i]
	if off < int(e.OutStart+e.OutLen) {
		return int(e.InStart)
	}
	return clamp(int(e.InStart+e.InLen)+off-int(e.OutStart+e.OutLen), a.inLen)
}

// End maps an output offset that ends a span to the input offset where that
// span ends. An offset inside an edited stretch maps to the end of the input
// the stretch replaced.
func (a *Alignment) End(off int) int {
	if a == nil {
		return off
	}
	if a.prev != nil {
		own := *a
		own.prev = nil
		own.inLen = a.prev.outLen
		return a.prev.End(own.End(off))
	}
	if off <= 0 {
		return 0
	}
	// The span's last byte is off-1: find the edit that holds it.
	i := a.find(off - 1)
	if i < 0 {
		return clamp(off, a.inLen)
	}
	e := a.edits[i]
	if off-1 < int(e.OutStart+e.OutLen) {
		return int(e.InStart + e.InLen)
	}
	return clamp(int(e.InStart+e.InLen)+off-int(e.OutStart+e.OutLen), a.inLen)
}

// Span maps an output span to the input span it came from.
func (a *Alignment) Span(s Span) Span {
	st, en := a.Start(s.Start), a.End(s.End)
	if en < st {
		en = st
	}
	return Span{Start: st, End: en}
}

func clamp(v, n int) int {
	if v < 0 {
		return 0
	}
	if v > n {
		return n
	}
	return v
}

// Then returns the alignment of a text made in two steps: a maps the middle
// text to the input, b maps the output to the middle text. The result maps
// the output straight to the input, exactly, by looking up through both.
func (a *Alignment) Then(b *Alignment) *Alignment {
	if b == nil {
		return a
	}
	if a == nil {
		return b
	}
	if len(a.edits) == 0 && a.prev == nil {
		c := *b
		c.inLen = a.inLen
		return &c
	}
	c := *b
	c.prev = a
	c.inLen = a.inLen
	return &c
}

// Builder writes an output text while recording how it aligns with an input
// text. Copy passes input through unchanged; Replace and Insert record edits.
// The zero value is ready to use; pass the input length to Alignment.
//
// A builder told its input with From writes nothing while it only copies:
// the output is then a prefix of the input, and String returns it without
// a copy. The first Replace writes the copied prefix and goes on as usual.
type Builder struct {
	out   strings.Builder
	edits []edit
	in    int // input offset consumed so far
	// src is the input given to From; lazy is set while the output is
	// still src[:in] and nothing has been written to out.
	src  string
	lazy bool
	grow int // room asked for by Grow while lazy
}

// From tells an empty builder that its input is s, so that copies of s
// cost nothing until the first edit. Every Copy must then pass the next
// bytes of s itself (a substring of s), as the Copy contract says.
func (b *Builder) From(s string) {
	if b.out.Len() == 0 && b.in == 0 && len(b.edits) == 0 {
		b.src, b.lazy = s, true
	}
}

// materialize ends lazy mode: it writes the input copied so far.
func (b *Builder) materialize() {
	b.lazy = false
	n := b.grow
	if n < len(b.src)+len(b.src)/16 {
		n = len(b.src) + len(b.src)/16
	}
	b.out.Grow(n)
	b.out.WriteString(b.src[:b.in])
	b.src = ""
}

// isNextInput reports whether s is the next len(s) bytes of the lazy
// builder's input, the same memory.
func (b *Builder) isNextInput(s string) bool {
	if len(s) == 0 {
		return true
	}
	if b.in+len(s) > len(b.src) {
		return false
	}
	return unsafe.StringData(s) == unsafe.StringData(b.src[b.in:])
}

// Grow reserves room for n more output bytes.
func (b *Builder) Grow(n int) {
	if b.lazy {
		b.grow = n
		return
	}
	b.out.Grow(n)
}

// Len is the number of output bytes written so far.
func (b *Builder) Len() int {
	if b.lazy {
		return b.in
	}
	return b.out.Len()
}

// InPos is the input offset consumed so far.
func (b *Builder) InPos() int { return b.in }

// Copy writes s, which is the input's next len(s) bytes, unchanged.
func (b *Builder) Copy(s string) {
	if b.lazy {
		if b.isNextInput(s) {
			b.in += len(s)
			return
		}
		b.materialize()
	}
	b.out.WriteString(s)
	b.in += len(s)
}

// CopyByte writes c, which is the input's next byte, unchanged.
func (b *Builder) CopyByte(c byte) {
	if b.lazy {
		if b.in < len(b.src) && b.src[b.in] == c {
			b.in++
			return
		}
		b.materialize()
	}
	b.out.WriteByte(c)
	b.in++
}

// Replace consumes the input's next inLen bytes and writes out in their place.
// A replacement of the same length needs no record: offsets still agree.
func (b *Builder) Replace(inLen int, out string) {
	if b.lazy {
		b.materialize()
	}
	if inLen != len(out) {
		b.push(edit{OutStart: int32(b.out.Len()), OutLen: int32(len(out)), InStart: int32(b.in), InLen: int32(inLen)})
	}
	b.out.WriteString(out)
	b.in += inLen
}

// push appends an edit, merging it with the previous one when they touch.
func (b *Builder) push(e edit) {
	if n := len(b.edits); n > 0 {
		p := &b.edits[n-1]
		if p.OutStart+p.OutLen == e.OutStart && p.InStart+p.InLen == e.InStart {
			p.OutLen += e.OutLen
			p.InLen += e.InLen
			return
		}
	}
	if b.edits == nil {
		b.edits = make([]edit, 0, 32)
	}
	b.edits = append(b.edits, e)
}

// String returns the output written so far.
func (b *Builder) String() string {
	if b.lazy {
		return b.src[:b.in]
	}
	return b.out.String()
}

// Alignment returns the alignment of the output with an input of inLen bytes.
func (b *Builder) Alignment(inLen int) *Alignment {
	return &Alignment{edits: b.edits, inLen: inLen, outLen: b.Len()}
}

// Reset empties the builder for reuse.
func (b *Builder) Reset() {
	b.out.Reset()
	b.edits = nil
	b.in = 0
	b.src, b.lazy, b.grow = "", false, 0
}

// Out maps an input offset to the first output offset whose span would
// begin there or after: the inverse of Start, found by binary search. Use
// it to find, in the normalized text, what an input span points at.
func (a *Alignment) Out(in int) int {
	if a == nil {
		return in
	}
	if a.prev != nil {
		// Start goes through both steps, each non-decreasing: the first
		// output offset past in is this step's for the middle offset
		// that the earlier step finds.
		own := *a
		own.prev = nil
		own.inLen = a.prev.outLen
		return own.Out(a.prev.Out(in))
	}
	if in <= 0 {
		return 0
	}
	// Start is non-decreasing in its offset. k is the first edit where it
	// reaches in; the answer lies between the edit before it and k.
	k := sort.Search(len(a.edits), func(k int) bool { return a.Start(int(a.edits[k].OutStart)) >= in })
	hi := a.outLen + 1 // none reaches in
	if k < len(a.edits) {
		hi = int(a.edits[k].OutStart)
	}
	// From lo on, Start is level (inside the edit before k) and then
	// grows by one per byte from base at outBase.
	outBase, base := 0, 0
	if k > 0 {
		e := a.edits[k-1]
		outBase, base = int(e.OutStart+e.OutLen), int(e.InStart+e.InLen)
	}
	if in > a.inLen {
		return hi // clamped: the linear stretch never passes inLen
	}
	if o := outBase + max(0, in-base); o < hi {
		return o
	}
	return hi
}
