// Closures sharing state: a memoising Fibonacci and a generator of unique IDs.
package main

import "fmt"

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80), calls)
	newID := func() func(string) string {
		seq := map[string]int{}
		return func(kind string) string {
			seq[kind]++
			return fmt.Sprintf("%s-%d", kind, seq[kind])
		}
	}()
	fmt.Println(newID("user"), newID("user"), newID("order"), newID("user"))
}
