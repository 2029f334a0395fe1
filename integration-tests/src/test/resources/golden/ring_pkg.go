// Package container/ring: New, Move, Do, Link, Unlink, nil rings.
package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	fmt.Println("ring len:", r.Len())
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(r.Move(2).Value, r.Move(-1).Value, r.Prev().Value)
	removedRing := r.Unlink(2)
	fmt.Println("unlinked:", removedRing.Len(), "left:", r.Len())
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
	var empty *ring.Ring
	fmt.Println(empty.Len())
}
