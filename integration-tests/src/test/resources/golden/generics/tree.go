// An ordered binary search tree and a set built on it, with an Ordered constraint declared in the
// program (type sets with ~), instantiated with named types; generic methods calling generic functions.
package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
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

// Walk visits the keys in order.
func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K Ordered, V any](n *node[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

type Set[T Ordered] struct{ t Tree[T, struct{}] }

func (s *Set[T]) Add(xs ...T) {
	for _, x := range xs {
		s.t.Put(x, struct{}{})
	}
}

func (s *Set[T]) Has(x T) bool { _, ok := s.t.Get(x); return ok }

func (s *Set[T]) Items() []T {
	var out []T
	s.t.Walk(func(k T, _ struct{}) { out = append(out, k) })
	return out
}

func Min[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

type Celsius float64
type Name string

func main() {
	var t Tree[string, int]
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple"} {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println(t.size)
	v, ok := t.Get("fig")
	fmt.Println(v, ok)
	_, ok = t.Get("plum")
	fmt.Println(ok)

	var s Set[Celsius]
	s.Add(21.5, -3, 100, 21.5)
	fmt.Println(s.Items(), s.Has(100), s.Has(0))
	fmt.Printf("%T %v\n", s.Items(), Min(s.Items()...))

	var names Set[Name]
	names.Add("bob", "alice", "carol")
	fmt.Println(names.Items(), Min[Name]("x", "b", "c"))
	fmt.Printf("%T\n", names)

	var bytes Set[uint8]
	bytes.Add(200, 7, 255)
	fmt.Println(bytes.Items(), Min[int8](3, -128, 5), Min(uint64(1)<<63, 5))
}
