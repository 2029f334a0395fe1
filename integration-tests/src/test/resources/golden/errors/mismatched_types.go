// Binary operations and assignments between different types are errors.
package main

func main() {
	var a int = 1
	var b int64 = 2
	var s string = "s"
	_ = a + b   // ERROR "invalid operation: a \+ b \(mismatched types int and int64\)"
	a = s       // ERROR "cannot use s \(variable of type string\) as type int in assignment"
	var f float64 = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as float64 value in variable declaration"
	_ = f
}
