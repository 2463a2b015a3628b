package recognize

import (
	"slices"
)

// trie is a read-only trie over folded runes, built once by a trieBuilder.
// Runes are first mapped to small symbol numbers; the root's children are
// a dense table, every other node's children a sorted run of edges.
type trie struct {
	symLow  []uint16        // symbol of each rune below len(symLow); 0 is "no symbol"
	symHigh map[rune]uint16 // symbol of the other runes
	root    []int32         // child of the root by symbol; 0 is none
	nodes   []trieNode
	edges   []trieEdge
	// values holds the terminal values of every node, back to back.
	values []int32
	// dense holds the child tables of the nodes with many children.
	dense []int32
	nsyms int
}

type trieNode struct {
	edgeFirst, edgeN   int32
	valueFirst, valueN int32
	// dense, when >= 0, is the offset in trie.dense of a table of the
	// node's children by symbol, kept for nodes with many children.
	dense int32
	// hasPos and hasNeg say whether the node's values hold any value >= 0
	// (a lexicon name) and any < 0 (a cue).
	hasPos, hasNeg bool
}

// denseFanout is the number of children from which a node gets a table.
const denseFanout = 12

type trieEdge struct {
	sym   uint16
	child int32
}

// sym returns the symbol of r, or 0 when no key holds r.
func (t *trie) sym(r rune) uint16 {
	if r >= 0 && int(r) < len(t.symLow) {
		return t.symLow[r]
	}
	return t.symHigh[r]
}

// next returns the child of node n by rune r, or 0 (the root, never a
// child) when there is none. Node 0 is the root.
func (t *trie) next(n int32, r rune) int32 {
	s := t.sym(r)
	if s == 0 {
		return 0
	}
	if n == 0 {
		return t.root[s]
	}
	nd := &t.nodes[n]
	if nd.dense >= 0 {
		return t.dense[int(nd.dense)+int(s)]
	}
	es := t.edges[nd.edgeFirst : nd.edgeFirst+nd.edgeN]
	if len(es) <= 8 {
		for _, e := range es {
			if e.sym == s {
				return e.child
			}
		}
		return 0
	}
	i, ok := slices.BinarySearchFunc(es, s, func(e trieEdge, s uint16) int { return int(e.sym) - int(s) })
	if !ok {
		return 0
	}
	return es[i].child
}

// valuesOf returns the terminal values of node n.
func (t *trie) valuesOf(n int32) []int32 {
	nd := &t.nodes[n]
	return t.values[nd.valueFirst : nd.valueFirst+nd.valueN]
}

// trieBuilder collects keys and their values. Children are kept as
// sibling lists (the root's as a table by symbol), which is cheap to grow.
type trieBuilder struct {
	syms   map[rune]uint16
	root   []int32 // child of the root by symbol
	nodes  []builderNode
	values map[int32][]int32
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

// build freezes the builder into a trie.
func (b *trieBuilder) build() *trie {
	t := &trie{
		symLow:  make([]uint16, 0x800),
		symHigh: map[rune]uint16{},
		root:    make([]int32, len(b.syms)+1),
		nodes:   make([]trieNode, len(b.nodes)),
		edges:   make([]trieEdge, 0, len(b.nodes)),
		nsyms:   len(b.syms) + 1,
	}
	t.nodes[0].dense = -1
	for r, s := range b.syms {
		if r >= 0 && int(r) < len(t.symLow) {
			t.symLow[r] = s
		} else {
			t.symHigh[r] = s
		}
	}
	copy(t.root, b.root)
	for n := 1; n < len(b.nodes); n++ {
		nd := &t.nodes[n]
		nd.edgeFirst = int32(len(t.edges))
		for c := b.nodes[n].firstChild; c != 0; c = b.nodes[c].nextSibling {
			t.edges = append(t.edges, trieEdge{b.nodes[c].sym, c})
		}
		nd.edgeN = int32(len(t.edges)) - nd.edgeFirst
		es := t.edges[nd.edgeFirst:]
		slices.SortFunc(es, func(x, y trieEdge) int { return int(x.sym) - int(y.sym) })
		nd.dense = -1
		if len(es) >= denseFanout {
			nd.dense = int32(len(t.dense))
			t.dense = append(t.dense, make([]int32, t.nsyms)...)
			for _, e := range es {
				t.dense[int(nd.dense)+int(e.sym)] = e.child
			}
		}
		if vs := b.values[int32(n)]; len(vs) > 0 {
			nd.valueFirst, nd.valueN = int32(len(t.values)), int32(len(vs))
			t.values = append(t.values, vs...)
			for _, v := range vs {
				nd.hasPos = nd.hasPos || v >= 0
				nd.hasNeg = nd.hasNeg || v < 0
			}
		}
	}
	return t
}
