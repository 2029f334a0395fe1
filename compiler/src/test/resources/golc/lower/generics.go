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

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Apply[T any](x T, f func(T) T) func() T {
	return func() T { return f(x) }
}

func main() {
	var s Stack[float64]
	s.Push(Sum([]float64{1, 2}))
	println(Sum[int](nil), Apply(2, func(i int) int { return i * 2 })())
}
