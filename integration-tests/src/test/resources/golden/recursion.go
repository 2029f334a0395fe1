// Recursion: factorial, Fibonacci, Ackermann, mutual recursion and a recursive permutation.
package main

import "fmt"

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func perms(prefix string, rest string, out *[]string) {
	if rest == "" {
		*out = append(*out, prefix)
		return
	}
	for i := 0; i < len(rest); i++ {
		perms(prefix+rest[i:i+1], rest[:i]+rest[i+1:], out)
	}
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(fact(20), fact(21))
	fmt.Println(fib(25))
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	var ps []string
	perms("", "abc", &ps)
	fmt.Println(ps)
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	fmt.Println(moves)
}
