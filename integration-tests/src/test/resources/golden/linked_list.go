// A singly linked list with pointer receivers: insert, reverse, remove.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	v    int
	next *node
}

type List struct {
	head *node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).next {
		if (*pp).v == v {
			*pp = (*pp).next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%d", n.v)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var l List
	for i := 0; i < 6; i++ {
		l.PushFront(i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(3), l.Remove(0), l.Remove(42))
	fmt.Println(l.String(), l.size)
}
