// A binary search tree with pointer receivers: insert, search, delete, in-order walk with a callback, height.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		min := t.Right
		for min.Left != nil {
			min = min.Left
		}
		t.Key, t.Count = min.Key, min.Count
		t.Right = t.Right.Delete(min.Key)
	}
	return t
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20} {
		root = root.Insert(k)
	}
	show := func() {
		root.Walk(func(n *Tree) { fmt.Printf("%d(x%d) ", n.Key, n.Count) })
		fmt.Println("height", root.Height())
	}
	show()
	for _, k := range []int{20, 70, 50, 99} {
		root = root.Delete(k)
		show()
	}
	sum := 0
	root.Walk(func(n *Tree) { sum += n.Key * n.Count })
	fmt.Println("sum", sum)
}
