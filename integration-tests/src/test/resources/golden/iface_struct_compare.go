// Interfaces holding structs compare by value; structs with interface fields compare their dynamic values.
package main

import "fmt"

type Point struct{ X, Y int }
type Labeled struct {
	Name string
	Val  interface{}
}

func main() {
	var a, b interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a == Point{1, 2}, a != Point{2, 1})
	var c interface{} = &Point{1, 2}
	var d interface{} = &Point{1, 2}
	fmt.Println(c == d, c == c)
	l1 := Labeled{"p", Point{3, 4}}
	l2 := Labeled{"p", Point{3, 4}}
	l3 := Labeled{"p", 7}
	fmt.Println(l1 == l2, l1 == l3, l3 == Labeled{"p", 7})
	set := map[interface{}]bool{}
	set[Point{1, 1}] = true
	set[Labeled{"k", "v"}] = true
	set[[2]Point{}] = true
	fmt.Println(set[Point{1, 1}], set[Labeled{"k", "v"}], set[[2]Point{{0, 0}, {0, 0}}], set[Point{}])
	type Key struct {
		A string
		B int
	}
	var e interface{} = Key{"a", 1}
	switch e {
	case Key{"a", 2}:
		fmt.Println("wrong")
	case Key{"a", 1}:
		fmt.Println("matched struct case")
	}
}
