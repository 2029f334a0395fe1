// Functions as values: in maps and slices, as parameters and results, compared with nil.
package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]Op{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, apply(ops[name], 7, 3))
	}
	var f Op
	fmt.Println(f == nil, ops["add"] != nil, ops["div"] == nil)
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hey"))
	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 10 },
	}
	v := 4
	for _, p := range pipeline {
		v = p(v)
	}
	fmt.Println(v)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Printf("%T\n", add)
}
