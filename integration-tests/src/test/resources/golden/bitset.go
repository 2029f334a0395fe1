// A bit set over []uint64 with methods: set, test, union, intersection, count, and String.
package main

import (
	"fmt"
	"strings"
)

type BitSet struct{ words []uint64 }

func (b *BitSet) Set(i uint) {
	for int(i/64) >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/64] |= 1 << (i % 64)
}

func (b BitSet) Has(i uint) bool {
	return int(i/64) < len(b.words) && b.words[i/64]&(1<<(i%64)) != 0
}

func (b BitSet) Count() (n int) {
	for _, w := range b.words {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return
}

func (b BitSet) Union(o BitSet) BitSet {
	out := BitSet{make([]uint64, max(len(b.words), len(o.words)))}
	copy(out.words, b.words)
	for i, w := range o.words {
		out.words[i] |= w
	}
	return out
}

func (b BitSet) Intersect(o BitSet) BitSet {
	out := BitSet{make([]uint64, min(len(b.words), len(o.words)))}
	for i := range out.words {
		out.words[i] = b.words[i] & o.words[i]
	}
	return out
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func (b BitSet) String() string {
	var parts []string
	for i := uint(0); i < uint(len(b.words))*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var evens, threes BitSet
	for i := uint(0); i < 150; i += 2 {
		evens.Set(i)
	}
	for i := uint(0); i < 100; i += 3 {
		threes.Set(i)
	}
	both := evens.Intersect(threes)
	fmt.Println(both, both.Count())
	fmt.Println(evens.Count(), threes.Count(), evens.Union(threes).Count())
	fmt.Println(evens.Has(148), evens.Has(149), threes.Has(1000))
	fmt.Printf("%x\n", both.words)
}
