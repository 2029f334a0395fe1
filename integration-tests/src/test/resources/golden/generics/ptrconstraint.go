// Pointer-method constraints (PT interface{ *T; Set(string) }), comparable keys with numeric values,
// generic option type, generic method expression, fmt.Stringer-constrained type parameter, generic slice type.
package main

import (
	"fmt"
	"strings"
)

type Setter[T any] interface {
	*T
	Set(string)
}

type Item struct{ name string }

func (i *Item) Set(s string) { i.name = s }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		p.Set(s)
	}
	return out
}

type Num interface{ ~int | ~float64 }

func SumMap[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func Ptr[T any](v T) *T { return &v }

func Join[T fmt.Stringer](xs []T, sep string) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(x.String())
	}
	return b.String()
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

type Matrix[T Num] [][]T

func (m Matrix[T]) Sum() (s T) {
	for _, row := range m {
		for _, x := range row {
			s += x
		}
	}
	return
}

func main() {
	items := FromStrings[Item]([]string{"a", "b"})
	fmt.Println(items)
	fmt.Println(SumMap(map[string]float64{"x": 1.5, "y": 2}))
	fmt.Println(Some(3).OrElse(4), Opt[string]{}.OrElse("dflt"))
	p := Ptr(Item{"z"})
	p.Set("zz")
	fmt.Println(*p, *Ptr(5))
	fmt.Println(Join([]ID{1, 2, 3}, ","))
	m := Matrix[float64]{{1, 2}, {3.5}}
	fmt.Println(m.Sum())
	fmt.Printf("%T %v\n", m, m)
	var f func(Opt[int], int) int = Opt[int].OrElse
	fmt.Println(f(Some(9), 0))
}
