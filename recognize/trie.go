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
}

type trieNode struct {
	edgeFirst, edgeN   int32
	valueFirst, valueN int32
}

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

// trieBuilder collects keys and their values.
type trieBuilder struct {
	syms     map[rune]uint16
	children []map[uint16]int32 // by node
	values   [][]int32          // by node
}

func newTrieBuilder() *trieBuilder {
	return &trieBuilder{syms: map[rune]uint16{}, children: []map[uint16]int32{nil}, values: [][]int32{nil}}
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
		if b.children[n] == nil {
			b.children[n] = map[uint16]int32{}
		}
		c, ok := b.children[n][s]
		if !ok {
			c = int32(len(b.children))
			b.children[n][s] = c
			b.children = append(b.children, nil)
			b.values = append(b.values, nil)
		}
		n = c
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
		nodes:   make([]trieNode, len(b.children)),
	}
	for r, s := range b.syms {
		if r >= 0 && int(r) < len(t.symLow) {
			t.symLow[r] = s
		} else {
			t.symHigh[r] = s
		}
	}
	for s, c := range b.children[0] {
		t.root[s] = c
	}
	var syms []uint16
	for n, ch := range b.children {
		nd := &t.nodes[n]
		if n != 0 {
			syms = syms[:0]
			for s := range ch {
				syms = append(syms, s)
			}
			slices.Sort(syms)
			nd.edgeFirst, nd.edgeN = int32(len(t.edges)), int32(len(syms))
			for _, s := range syms {
				t.edges = append(t.edges, trieEdge{s, ch[s]})
			}
		}
		nd.valueFirst, nd.valueN = int32(len(t.values)), int32(len(b.values[n]))
		t.values = append(t.values, b.values[n]...)
	}
	return t
}
