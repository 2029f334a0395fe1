package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func Eq[T comparable](a, b T) bool { return a == b }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func Bad[T any](a, b T) bool { return a == b } // ERROR "invalid operation: a == b \(incomparable types in type set\)"

func main() {
	_ = Sum([]int{1, 2})
	_ = Sum([]string{"a"}) // ERROR "string does not implement Number \(string missing in ~int \| ~float64\)"
	_ = Map([]int{1}, func(i int) string { return "" })
	_ = Eq([]int{}, nil) // ERROR "\[\]int does not implement comparable"
	var s Stack[int]
	s.Push("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to s\.Push"
	var t Stack // ERROR "cannot use generic type Stack\[T any\] without instantiation"
	_ = t
	_ = Sum[int, int] // ERROR "got 2 type arguments but want 1"
	f := Map // ERROR "cannot use generic function Map without instantiation"
	_ = f
}
