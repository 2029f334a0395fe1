// fib prints Fibonacci numbers three ways: recursion, a loop, and a closure generator.
package main

import "fmt"

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func fibLoop(n int) uint64 {
	var a, b uint64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func generator() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next := generator()
	for i := 0; i < 15; i++ {
		fmt.Printf("%d ", next())
	}
	fmt.Println()
	fmt.Println("fibRec(30) =", fibRec(30))
	fmt.Println("fibLoop(93) =", fibLoop(93))
}
