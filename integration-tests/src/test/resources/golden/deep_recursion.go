// Deep (but finite) recursion, as Go's growable stacks allow: 100000 frames.
package main

import "fmt"

type node struct {
	next *node
	v    int
}

func sumList(n *node) int {
	if n == nil {
		return 0
	}
	return n.v + sumList(n.next)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	var head *node
	for i := 1; i <= 100000; i++ {
		head = &node{head, i}
	}
	fmt.Println(sumList(head))
	fmt.Println(depth(100000))
}
