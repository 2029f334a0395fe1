// Generic Map/Filter/Reduce: inference from arguments, explicit instantiation, generic function values,
// closures inside generic functions capturing type-parameter-typed variables.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// Counter returns a closure over a variable of type T.
func Counter[T any](step T, add func(T, T) T) func() T {
	var total T
	return func() T {
		total = add(total, step)
		return total
	}
}

func Square(x int) int { return x * x }

func Identity[T any](x T) T { return x }

type Point struct{ X, Y int }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, Square)
	fmt.Println(sq)
	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, "-"), len(strs))
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println(sum)
	joined := Reduce[int, string](nums, ">", func(a string, n int) string { return a + fmt.Sprint(n) })
	fmt.Println(joined)

	// explicit instantiation as a value
	id := Identity[string]
	fmt.Println(id("hello"), Identity(3.5), Identity[rune]('x'))
	fmt.Printf("%T\n", id)

	pts := Map([]int{1, 2}, func(i int) Point { return Point{i, i * 10} })
	fmt.Printf("%v %+v\n", pts, pts[1])
	lens := Map(Map(pts, func(p Point) string { return fmt.Sprint(p) }), func(s string) int { return len(s) })
	fmt.Println(lens)

	c := Counter(2, func(a, b int) int { return a + b })
	c()
	c()
	fmt.Println(c())
	cs := Counter("ab", func(a, b string) string { return a + b })
	cs()
	fmt.Println(cs())
	cf := Counter(0.5, func(a, b float64) float64 { return a + b })
	fmt.Println(cf(), cf())

	var empty []string
	fmt.Println(len(Filter(empty, func(string) bool { return true })), Filter(empty, func(string) bool { return true }) == nil)
}
