package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Inc()      { t.n++ }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c(), counter()())
	double := func(x int) int { return x * 2 }
	add := func(k int) func(int) int { return func(x int) int { return x + k } }
	fmt.Println(apply([]func(int) int{double, add(3), double}, 1))
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	t := T{5}
	g := t.Get
	inc := t.Inc
	inc()
	inc()
	fmt.Println(g(), t.Get(), T.Get(t))
	fmt.Println(fib(20))
	x := 1
	func() { x = 42 }()
	fmt.Println(x)
}
