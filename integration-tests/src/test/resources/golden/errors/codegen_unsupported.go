// A construct golc cannot compile yet is a Go-style diagnostic (exit status 1), not an internal error.
package main

type A struct{ x int }
type B struct{ x int }

func main() {
	b := &B{1}
	a := (*A)(b) // ERROR "golc does not support conversion \*main.B → \*main.A between pointers to distinct struct types yet"
	println(a.x)
}
