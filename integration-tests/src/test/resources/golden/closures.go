// Closures capture variables by reference; each call of the outer function gets new variables.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other())
	add := adder(10)
	fmt.Println(add(1), add(2), add(3))
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, g := range funcs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	funcs = nil
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, g := range funcs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
}
