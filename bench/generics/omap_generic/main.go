// Benchmark: a generic ordered map (unbalanced BST keyed by an Ordered type parameter) with int keys,
// filled with pseudo-random keys and queried. Twin of ../omap_plain (hand-written for int keys).
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type OMap[K Ordered, V any] struct{ root *node[K, V] }

func (m *OMap[K, V]) Put(k K, v V) {
	p := &m.root
	for *p != nil {
		if k < (*p).key {
			p = &(*p).left
		} else if k > (*p).key {
			p = &(*p).right
		} else {
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
}

func (m *OMap[K, V]) Get(k K) (V, bool) {
	n := m.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func main() {
	rounds := 10
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	const n = 100000
	start := time.Now()
	hits := 0
	for r := 0; r < rounds; r++ {
		var m OMap[int, int]
		x := uint32(r + 1)
		for i := 0; i < n; i++ {
			x = x*1664525 + 1013904223
			m.Put(int(x>>8), i)
		}
		for i := 0; i < n; i++ {
			if v, ok := m.Get(i << 8); ok {
				hits += v
			}
			x = x*1664525 + 1013904223
			if _, ok := m.Get(int(x >> 8)); ok {
				hits++
			}
		}
	}
	el := time.Since(start)
	fmt.Println(hits)
	fmt.Fprintf(os.Stderr, "%.2f ns/op\n", float64(el.Nanoseconds())/float64(rounds*n*3))
}
