package main

import "fmt"

type tree struct {
	left, right *tree
	v           int
}

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{build(d - 1), build(d - 1), d}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.left.sum() + t.right.sum()
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(build(12).sum())
	// deeper than a JVM thread's default stack allows: Go's stacks grow
	fmt.Println(depth(200000))
}
