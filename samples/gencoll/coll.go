package main

// A small generic collection library: slice functions, a Set, a sorted OrderedMap and a doubly linked
// List. (golc builds one package per program, so the library lives beside main in package main.)

import "strings"

// Ordered is the set of types with < (as golang.org/x/exp/constraints.Ordered).
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~string
}

// Map returns f applied to each element of s.
func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

// Filter returns the elements of s for which keep is true.
func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

// Reduce folds s into one value, starting from init.
func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

// GroupBy groups the elements of s by key.
func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

// Max returns the largest of its arguments (at least one).
func Max[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

// SortFunc sorts s in place by less (insertion into a merge sort: stable).
func SortFunc[T any](s []T, less func(a, b T) bool) {
	if len(s) < 2 {
		return
	}
	mid := len(s) / 2
	left := append([]T(nil), s[:mid]...)
	right := append([]T(nil), s[mid:]...)
	SortFunc(left, less)
	SortFunc(right, less)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if less(right[j], left[i]) {
			s[k] = right[j]
			j++
		} else {
			s[k] = left[i]
			i++
		}
		k++
	}
	k += copy(s[k:], left[i:])
	copy(s[k:], right[j:])
}

// Set is a set of comparable values.
type Set[T comparable] struct {
	m map[T]struct{}
}

// NewSet returns a set holding vs.
func NewSet[T comparable](vs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Each(f func(v T)) {
	for v := range s.m {
		f(v)
	}
}

// Union returns the values in s or t.
func (s *Set[T]) Union(t *Set[T]) *Set[T] {
	u := NewSet[T]()
	s.Each(u.Add)
	t.Each(u.Add)
	return u
}

// Intersect returns the values in both s and t.
func (s *Set[T]) Intersect(t *Set[T]) *Set[T] {
	u := NewSet[T]()
	s.Each(func(v T) {
		if t.Has(v) {
			u.Add(v)
		}
	})
	return u
}

// Sorted returns the elements of a set of ordered values in increasing order.
func Sorted[T Ordered](s *Set[T]) []T {
	out := make([]T, 0, s.Len())
	s.Each(func(v T) { out = append(out, v) })
	SortFunc(out, func(a, b T) bool { return a < b })
	return out
}

// Pair is a key and its value.
type Pair[K, V any] struct {
	Key K
	Val V
}

// OrderedMap is a map that keeps its keys sorted (binary search on insertion).
type OrderedMap[K Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

// search returns the index of the first key >= k.
func (m *OrderedMap[K, V]) search(k K) int {
	lo, hi := 0, len(m.keys)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.keys[mid] < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Put sets the value of k.
func (m *OrderedMap[K, V]) Put(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i := m.search(k)
		var zero K
		m.keys = append(m.keys, zero)
		copy(m.keys[i+1:], m.keys[i:])
		m.keys[i] = k
	}
	m.vals[k] = v
}

// Get returns the value of k and whether it is present.
func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

// Update sets the value of k to f of its current value (the zero value when absent).
func (m *OrderedMap[K, V]) Update(k K, f func(V) V) {
	v, _ := m.Get(k)
	m.Put(k, f(v))
}

// Delete removes k.
func (m *OrderedMap[K, V]) Delete(k K) {
	if _, ok := m.vals[k]; !ok {
		return
	}
	i := m.search(k)
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	delete(m.vals, k)
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

// Pairs returns the entries in key order.
func (m *OrderedMap[K, V]) Pairs() []Pair[K, V] {
	out := make([]Pair[K, V], len(m.keys))
	for i, k := range m.keys {
		out[i] = Pair[K, V]{k, m.vals[k]}
	}
	return out
}

// Range returns the entries with lo <= key < hi, in order.
func (m *OrderedMap[K, V]) Range(lo, hi K) []Pair[K, V] {
	var out []Pair[K, V]
	for i := m.search(lo); i < len(m.keys) && m.keys[i] < hi; i++ {
		out = append(out, Pair[K, V]{m.keys[i], m.vals[m.keys[i]]})
	}
	return out
}

// List is a doubly linked list.
type List[T any] struct {
	head, tail *node[T]
	n          int
}

type node[T any] struct {
	val        T
	prev, next *node[T]
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
}

func (l *List[T]) PushFront(v T) {
	nd := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = nd
	} else {
		l.head.prev = nd
	}
	l.head = nd
	l.n++
}

// PopFront removes and returns the first element.
func (l *List[T]) PopFront() (T, bool) {
	var zero T
	if l.head == nil {
		return zero, false
	}
	nd := l.head
	l.head = nd.next
	if l.head == nil {
		l.tail = nil
	} else {
		l.head.prev = nil
	}
	l.n--
	return nd.val, true
}

func (l *List[T]) Len() int { return l.n }

// Values returns the elements front to back (or back to front when reverse).
func (l *List[T]) Values(reverse bool) []T {
	out := make([]T, 0, l.n)
	if reverse {
		for nd := l.tail; nd != nil; nd = nd.prev {
			out = append(out, nd.val)
		}
	} else {
		for nd := l.head; nd != nil; nd = nd.next {
			out = append(out, nd.val)
		}
	}
	return out
}

// Join formats any slice with a separator, each element by f.
func Join[T any](s []T, sep string, f func(T) string) string {
	return strings.Join(Map(s, f), sep)
}
