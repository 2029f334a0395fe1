package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q Sq) Area() int { return 0 }
func (q *Sq) Name() string { return "sq" }

type P struct{ x int }

func (p *P) Inc() { p.x++ }

func get() Shape {
	return Sq{1} // ERROR "cannot use Sq\{…\} \(value of type Sq\) as type Shape in return statement:"
}

func main() {
	f := func() {
		v := 1 // ERROR "v declared but not used"
	}
	f()
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.x in map"
	m["a"].Inc() // ERROR "cannot call pointer method Inc on P"
	var err error = errors.New("x")
	if err != nil {
		fmt.Println(err.Message) // ERROR "err\.Message undefined \(type error has no field or method Message\)"
	}
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s []int
	s.Append(1) // ERROR "s\.Append undefined \(type \[\]int has no field or method Append\)"
	for k, v := range m { // ERROR "v declared but not used"
		fmt.Println(k)
	}
	x := 5
	x := 6 // ERROR "no new variables on left side of :="
	fmt.Printf("%d\n")
	var fn func(int) int = func(a string) int { return 0 } // ERROR "cannot use func\(a string\) int \{…\} \(value of type func\(a string\) int\) as type func\(int\) int in variable declaration"
	_, _, _ = i, fn, x
	const c = 10
	c = 11 // ERROR "cannot assign to c \(untyped int constant 10\)"
	type T struct{}
	var t T
	t.Foo() // ERROR "t\.Foo undefined \(type T has no field or method Foo\)"
	var ch chan<- int
	for range ch { // ERROR "cannot range over ch \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
}
