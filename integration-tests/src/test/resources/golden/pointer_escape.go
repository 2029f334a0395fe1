// Locals whose address escapes outlive their function; each call gets a fresh variable.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newCounter() *int {
	c := 0
	return &c
}

func push(head *Node, v int) *Node {
	n := Node{Val: v, Next: head}
	return &n
}

func addrs() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		out = append(out, &v)
	}
	return out
}

func main() {
	a, b := newCounter(), newCounter()
	*a += 5
	*b += 1
	fmt.Println(*a, *b, a == b)
	var list *Node
	for i := 1; i <= 4; i++ {
		list = push(list, i)
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	for _, p := range addrs() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
