// Package-level variables initialise in dependency order; init functions run in source order before main.
package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(values...)
var values = []int{d, d * 2}

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var registry = map[string]int{}

func init() {
	fmt.Println("init 1: a =", a)
	registry["first"] = 1
}

func init() {
	fmt.Println("init 2: registry size", len(registry))
	registry["second"] = 2
}

func main() {
	fmt.Println(a, b, c, d, total, registry)
}
