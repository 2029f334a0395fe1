// Conversions between struct types with identical underlying types copy the value into the target type.
package main

import "fmt"

type A struct{ x int }

func (a A) M() { fmt.Println("A.M", a.x) }

type B A

func main() {
	b := B{x: 3}
	v := A(b)
	v.x = 7
	fmt.Println(b.x, v.x)
	A(b).M()
	c := B(v)
	fmt.Println(c)
	s := struct{ x int }(b)
	fmt.Println(s, A(s))
}
