// Variadic functions: no arguments, several, and a slice passed with ... (shared, not copied).
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func describe(args ...interface{}) {
	fmt.Println(len(args), args == nil, args)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	zeroFirst(nums...)
	fmt.Println(nums)
	zeroFirst(7, 8)
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	describe()
	describe(1, "two", 3.0, nil)
	describe([]interface{}{1, 2}...)
	describe([]int{1, 2})
}
