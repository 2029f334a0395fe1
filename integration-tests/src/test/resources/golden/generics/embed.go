// Generic structs embedding generic fields: promoted fields and methods, interfaces satisfied by
// instances, generic interfaces, method values of generic types, nested instances and %T/%v of them.
package main

import (
	"errors"
	"fmt"
)

type Box[T any] struct {
	Val T
}

func (b Box[T]) Get() T      { return b.Val }
func (b *Box[T]) Set(v T)    { b.Val = v }
func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.Val) }

type Labeled[T any] struct {
	Box[T]
	Label string
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type Getter[T any] interface {
	Get() T
}

func Extract[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

type List[T any] struct {
	head *elem[T]
	n    int
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func (l *List[T]) Push(v T) { l.head = &elem[T]{v, l.head}; l.n++ }

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for e := l.head; e != nil; e = e.next {
		f(i, e.v)
		i++
	}
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func main() {
	l := Labeled[int]{Box[int]{1}, "one"}
	l.Set(5)
	fmt.Println(l.Get(), l.Val, l.Label)
	fmt.Println(l)
	fmt.Printf("%v %+v %T\n", l.Box, l, l)
	get := l.Get // method value: receiver copied now
	l.Set(6)
	fmt.Println(get(), l.Get())
	set := l.Set
	set(7)
	fmt.Println(l.Val)

	var g Getter[int] = l
	fmt.Println(g.Get())
	var sg Getter[string] = &Box[string]{"s"}
	fmt.Println(Extract[string](sg, Box[string]{"t"}))
	fmt.Println(Extract[int](g, Box[int]{9}, &Labeled[int]{Box[int]{10}, ""}))
	var st fmt.Stringer = Box[Pair[string, int]]{MakePair("k", 1)}
	fmt.Println(st)

	p := MakePair(1, []string{"a"})
	fmt.Printf("%T %v\n", p, p)
	q := MakePair("x", 2.5).Swap()
	fmt.Printf("%T %v\n", q, q)
	nested := Box[Box[*int]]{}
	fmt.Printf("%T %v\n", nested, nested.Val.Val == nil)
	fmt.Printf("%T\n", Pair[Box[int], map[string][]int]{})
	fmt.Println(Pair[int, bool]{1, true} == Pair[int, bool]{1, true}, Box[string]{"a"} == Box[string]{"b"})

	var lst List[Pair[string, int]]
	lst.Push(MakePair("a", 1))
	lst.Push(MakePair("b", 2))
	lst.Each(func(i int, p Pair[string, int]) { fmt.Println(i, p.Key, p.Val) })

	r := Try(func() (int, error) { return 0, errors.New("boom") })
	fmt.Println(r.Val, r.Err)
	r2 := Try(func() (string, error) { return "ok", nil })
	fmt.Printf("%+v\n", r2)
}
