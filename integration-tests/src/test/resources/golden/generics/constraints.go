// Operations through core types and type sets: arithmetic on ~int | ~float64, conversions between type
// parameters, comparable map keys, == on type parameters, type switches on type parameters, range over a
// type-parameter slice and map, len/append/make through core types.
package main

import (
	"fmt"
	"sort"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	return float64(Sum(xs)) / float64(len(xs))
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Count[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return fmt.Sprintf("string %q", v)
	case fmt.Stringer:
		return "stringer " + v.String()
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

type Meters int

func (m Meters) String() string { return fmt.Sprintf("%dm", int(m)) }

type Vec []float64

type Key struct {
	A string
	B int
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]Meters{5, 7}))
	fmt.Println(Average([]int32{1, 2}), Average([]float64{}))
	v := Scale(Vec{1, 2.5}, 2)
	fmt.Printf("%T %v\n", v, v)
	fmt.Println(Scale([]Meters{1, 2}, 3))

	ks := Keys(map[string]bool{"b": true, "a": false, "c": true})
	sort.Strings(ks)
	fmt.Println(ks)
	counts := Count([]Key{{"x", 1}, {"y", 2}, {"x", 1}})
	fmt.Println(counts[Key{"x", 1}], counts[Key{"y", 2}], len(counts))
	pc := Count([]*int{nil, nil})
	fmt.Println(pc[nil])
	ic := Count([]Meters{1, 2, 1})
	fmt.Println(ic[1], ic[2], ic[3])

	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1, 2}, 3), Index([]Key{{"k", 2}}, Key{"k", 2}))

	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(Meters(3)))
	fmt.Println(Describe([]float64{1}))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe([]int{1}))

	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, int]([]float64{2.9, -2.9}))
	fmt.Println(Convert[float64, Meters]([]float64{4}))
}
