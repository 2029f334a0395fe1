// Deferred calls in loops: arguments are evaluated at each defer, closures see the final values (Go 1.19 loops).
package main

import "fmt"

func collect() (out []int) {
	for i := 0; i < 4; i++ {
		defer func(v int) { out = append(out, v) }(i)
	}
	return nil
}

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure sees ", i, "; ") }()
	}
}

func unlock(name string) { fmt.Println("unlock", name) }

func critical(names []string) {
	for _, n := range names {
		fmt.Println("lock", n)
		defer unlock(n)
	}
	fmt.Println("working")
}

func main() {
	fmt.Println(collect())
	closures()
	fmt.Println()
	critical([]string{"a", "b", "c"})
	total := 0
	func() {
		for _, v := range []int{1, 2, 3} {
			defer func() { total += v }()
		}
	}()
	fmt.Println("total", total)
}
