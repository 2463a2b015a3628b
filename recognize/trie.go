package recognize

import (
	"slices"
)

// trie is a read-only trie over folded runes, built once by a trieBuilder.
// Runes are first mapped to small symbol numbers; the root's children are
// a dense table by symbol. Every other node is a record in one array of
// words, its header and its edges side by side, so that a step of the walk
// reads one cache line: the walk over every word of a text is bound by
// memory, not by instructions. A node's number is the offset of its
// record; 0 is the root (and "no node").
type trie struct {
	symLow  []uint16        // symbol of each rune below len(symLow); 0 is "no symbol"
	symHigh map[rune]uint16 // symbol of the other runes
	root    []int32         // child of the root by symbol; 0 is none
	// data holds the node records: a header word (nodeEdges, nodeDense,
	// nodePos, nodeNeg and the value count above nodeValueShift), the
	// offset of the node's values in values, then either the offset of
	// its child table in dense (nodeDense set) or its edges sorted by
	// symbol, each one word (symbol above edgeSymShift, child below), or
	// two words (symbol, child) when the trie is wide.
	data []uint32
	// values holds the terminal values of every node, back to back.
	values []int32
	// dense holds the child tables of the nodes with many children.
	dense []int32
	nsyms int
	wide  bool
}

// The bits of a node's header word.
const (
	nodeEdges      = 0xff // the number of edges, below denseFanout unless nodeDense
	nodeDense      = 1 << 8
	nodePos        = 1 << 9  // the values hold a value >= 0 (a lexicon name)
	nodeNeg        = 1 << 10 // the values hold a value < 0 (a cue)
	nodeValueShift = 16
	nodeMaxValues  = 1<<16 - 1
)

// An edge word holds its symbol above edgeSymShift and the child's offset
// below, when both fit; otherwise the trie is wide.
const (
	edgeSymShift = 22
	edgeChild    = 1<<edgeSymShift - 1
)

// denseFanout is the number of children from which a node gets a table.
const denseFanout = 12

// sym returns the symbol of r, or 0 when no key holds r.
func (t *trie) sym(r rune) uint16 {
	if r >= 0 && int(r) < len(t.symLow) {
		return t.symLow[r]
	}
	return t.symHigh[r]
}

// next returns the child of node n by rune r, or 0 when there is none.
func (t *trie) next(n int32, r rune) int32 { return t.nextSym(n, t.sym(r)) }

// nextSym is next for a rune already mapped to its symbol s.
func (t *trie) nextSym(n int32, s uint16) int32 {
	if s == 0 {
		return 0
	}
	if n == 0 {
		return t.root[s]
	}
	h := t.data[n]
	if h&nodeDense != 0 {
		return t.dense[int(t.data[n+2])+int(s)]
	}
	k := int32(h & nodeEdges)
	if !t.wide {
		for _, e := range t.data[n+2 : n+2+k] {
			if e>>edgeSymShift == uint32(s) {
				return int32(e & edgeChild)
			}
		}
		return 0
	}
	es := t.data[n+2 : n+2+2*k]
	for i := 0; i < len(es); i += 2 {
		if es[i] == uint32(s) {
			return int32(es[i+1])
		}
	}
	return 0
}

// walk returns the node reached by the whole key syms from the root, or 0
// when no key begins so.
func (t *trie) walk(syms []uint16) int32 {
	n := int32(0)
	for _, s := range syms {
		if n = t.nextSym(n, s); n == 0 {
			return 0
		}
	}
	return n
}

// appendSyms appends the symbols of runes to dst.
func (t *trie) appendSyms(dst []uint16, runes []rune) []uint16 {
	for _, r := range runes {
		dst = append(dst, t.sym(r))
	}
	return dst
}

// terminal reports whether node n ends a key; hasPos and hasNeg whether
// its values hold a lexicon name and a cue.
func (t *trie) terminal(n int32) bool { return t.data[n]>>nodeValueShift != 0 }
func (t *trie) hasPos(n int32) bool   { return t.data[n]&nodePos != 0 }
func (t *trie) hasNeg(n int32) bool   { return t.data[n]&nodeNeg != 0 }

// valuesOf returns the terminal values of node n.
func (t *trie) valuesOf(n int32) []int32 {
	first, k := t.data[n+1], t.data[n]>>nodeValueShift
	return t.values[first : first+k]
}

// trieBuilder collects keys and their values. Children are kept as
// sibling lists (the root's as a table by symbol), which is cheap to grow.
type trieBuilder struct {
	syms   map[rune]uint16
	root   []int32 // child of the root by symbol
	nodes  []builderNode
	values map[int32][]int32
	wide   bool // build two-word edges
}

type builderNode struct {
	sym                     uint16
	firstChild, nextSibling int32
}

func newTrieBuilder() *trieBuilder {
	return &trieBuilder{syms: map[rune]uint16{}, root: []int32{0}, nodes: []builderNode{{}}, values: map[int32][]int32{}}
}

// child returns the child of node n by symbol s, adding it when add is
// set; 0 when there is none.
func (b *trieBuilder) child(n int32, s uint16) int32 {
	if n == 0 {
		for int(s) >= len(b.root) {
			b.root = append(b.root, 0)
		}
		if b.root[s] == 0 {
			b.root[s] = b.newNode(s)
		}
		return b.root[s]
	}
	last := int32(0)
	for c := b.nodes[n].firstChild; c != 0; c = b.nodes[c].nextSibling {
		if b.nodes[c].sym == s {
			return c
		}
		last = c
	}
	c := b.newNode(s)
	if last == 0 {
		b.nodes[n].firstChild = c
	} else {
		b.nodes[last].nextSibling = c
	}
	return c
}

func (b *trieBuilder) newNode(s uint16) int32 {
	b.nodes = append(b.nodes, builderNode{sym: s})
	return int32(len(b.nodes) - 1)
}

// add records value v under key (folded runes, no spaces). An empty key
// is ignored; a value added twice under one key is kept once.
func (b *trieBuilder) add(key []rune, v int32) {
	if len(key) == 0 {
		return
	}
	n := int32(0)
	for _, r := range key {
		s, ok := b.syms[r]
		if !ok {
			s = uint16(len(b.syms) + 1)
			b.syms[r] = s
		}
		n = b.child(n, s)
	}
	if !slices.Contains(b.values[n], v) {
		b.values[n] = append(b.values[n], v)
	}
}

// build freezes the builder into a trie. Nodes are laid out breadth
// first, so that the few nodes near the root, which every walk visits,
// lie together.
func (b *trieBuilder) build() *trie {
	t := &trie{
		symLow:  make([]uint16, 0x800),
		symHigh: map[rune]uint16{},
		root:    make([]int32, len(b.syms)+1),
		nsyms:   len(b.syms) + 1,
		wide:    b.wide,
	}
	for r, s := range b.syms {
		if r >= 0 && int(r) < len(t.symLow) {
			t.symLow[r] = s
		} else {
			t.symHigh[r] = s
		}
	}
	// order lists the builder's nodes breadth first, each one's children
	// together and sorted by symbol: those of node n are
	// order[first[n] : first[n]+count[n]].
	order := make([]int32, 0, len(b.nodes))
	first := make([]int32, len(b.nodes))
	count := make([]int32, len(b.nodes))
	for _, c := range b.root {
		if c != 0 {
			order = append(order, c)
		}
	}
	bySym := func(x, y int32) int { return int(b.nodes[x].sym) - int(b.nodes[y].sym) }
	for q := 0; q < len(order); q++ {
		n := order[q]
		start := len(order)
		for c := b.nodes[n].firstChild; c != 0; c = b.nodes[c].nextSibling {
			order = append(order, c)
		}
		slices.SortFunc(order[start:], bySym)
		first[n], count[n] = int32(start), int32(len(order)-start)
	}
	kids := func(n int32) []int32 { return order[first[n] : first[n]+count[n]] }
	// at is each builder node's offset in data; offset 0 is kept free, as
	// the root's number.
	at := make([]int32, len(b.nodes))
	size := 1
	for _, n := range order {
		at[n] = int32(size)
		size += 2
		switch {
		case count[n] >= denseFanout:
			size++
		case t.wide:
			size += 2 * int(count[n])
		default:
			size += int(count[n])
		}
		if !t.wide && (t.nsyms > 1<<(32-edgeSymShift) || size > edgeChild) {
			return b.buildWide()
		}
	}
	t.data = make([]uint32, 1, size)
	for s, c := range b.root {
		t.root[s] = at[c]
	}
	for _, n := range order {
		var h uint32
		vs := b.values[n]
		if len(vs) > nodeMaxValues {
			vs = vs[:nodeMaxValues] // more names under one key than any lexicon holds
		}
		for _, v := range vs {
			if v >= 0 {
				h |= nodePos
			} else {
				h |= nodeNeg
			}
		}
		h |= uint32(len(vs)) << nodeValueShift
		first := uint32(len(t.values))
		t.values = append(t.values, vs...)
		ks := kids(n)
		if len(ks) >= denseFanout {
			t.data = append(t.data, h|nodeDense, first, uint32(len(t.dense)))
			table := make([]int32, t.nsyms)
			for _, c := range ks {
				table[b.nodes[c].sym] = at[c]
			}
			t.dense = append(t.dense, table...)
			continue
		}
		t.data = append(t.data, h|uint32(len(ks)), first)
		for _, c := range ks {
			if t.wide {
				t.data = append(t.data, uint32(b.nodes[c].sym), uint32(at[c]))
			} else {
				t.data = append(t.data, uint32(b.nodes[c].sym)<<edgeSymShift|uint32(at[c]))
			}
		}
	}
	return t
}

// buildWide builds the trie with two words per edge, for a lexicon whose
// symbols or nodes do not fit in one.
func (b *trieBuilder) buildWide() *trie {
	b.wide = true
	defer func() { b.wide = false }()
	return b.build()
}
