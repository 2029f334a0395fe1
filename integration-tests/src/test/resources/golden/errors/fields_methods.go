// Selecting fields and methods that do not exist, and calling non-functions.
package main

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	_ = t.b     // ERROR "t.b undefined \(type T has no field or method b\)"
	t.N()       // ERROR "t.N undefined \(type T has no field or method N\)"
	x := 5
	x()         // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	_ = !x      // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = t.M + 1 // ERROR "invalid operation|cannot convert"
}
