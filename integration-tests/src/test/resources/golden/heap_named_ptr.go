// A pointer to a named non-struct type in an interface keeps the pointer method set:
// container/heap's IntHeap and PriorityQueue examples, sort.Interface, %T/%v, assertions and fmt.Sscan.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool { return pq[i].priority > pq[j].priority }

func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PriorityQueue) Push(x any) {
	n := len(*pq)
	item := x.(*Item)
	item.index = n
	*pq = append(*pq, item)
}

func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

type Celsius float64

func main() {
	h := &IntHeap{2, 1, 5}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	var n IntHeap
	n = append(n, 4, 9)
	var x sort.Interface = &n
	fmt.Printf("%T %v %d\n", x, x, x.Len())
	if p, ok := x.(*IntHeap); ok {
		fmt.Println("assert ok", len(*p), p == &n)
	}
	if _, ok := x.(IntHeap); !ok {
		fmt.Println("not a value")
	}
	switch v := x.(type) {
	case IntHeap:
		fmt.Println("value", v)
	case *IntHeap:
		fmt.Println("pointer", *v)
	}
	ps, pn := fmt.Sprintf("%p", x), fmt.Sprintf("%p", &n)
	var y any = &n
	fmt.Println(ps[:2], ps == pn, x == y)
	var hi heap.Interface = &n
	heap.Push(hi, 1)
	fmt.Println(n)

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, len(items))
	i := 0
	for _, name := range []string{"banana", "apple", "pear"} {
		pq[i] = &Item{value: name, priority: items[name], index: i}
		i++
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()

	var c Celsius
	var k int
	cnt, err := fmt.Sscan("36.6 7", &c, &k)
	fmt.Println(cnt, err, c, k)
}
