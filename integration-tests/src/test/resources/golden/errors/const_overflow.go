// Constant values must fit their type; division by a constant zero is an error.
package main

func main() {
	var b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)|constant 256 overflows byte"
	var i8 int8 = -129 // ERROR "overflows"
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_, _ = b, i8
}
