// Package container/list: insertion, moves, removal, list splicing, the lazily initialised zero List.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

func printList(l *list.List) {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	fmt.Printf("[%s] len=%d\n", strings.Join(parts, " "), l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(l)
	l.MoveAfter(e4, e1)
	printList(l)
	l.MoveBefore(e1, l.Front())
	printList(l)
	fmt.Println(l.Remove(e4), l.Front().Value, l.Back().Value)
	printList(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	printList(l)
	var zero list.List
	zero.PushBack("lazy init")
	printList(&zero)
	fmt.Println(l.Front().Prev() == nil, l.Back().Next() == nil)
	l.Init()
	printList(l)
	fmt.Println(l.Front() == nil, l.Remove(e1))
}
