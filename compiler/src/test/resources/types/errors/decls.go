package main

import "os" // ERROR "imported and not used: \"os\""

const a = b // ERROR "initialization loop for a"
const b = a

var x = y // ERROR "initialization loop for x"
var y = x

type T struct{ t T } // ERROR "invalid recursive type T"

type I interface{ M() }
type S struct{}

func (s *S) M() {}

func (s *S) M() {} // ERROR "S\.M redeclared in this block"

var f = func() int { return g() } // ERROR "initialization loop for f"

func g() int { return f() }

func main() {
	var i I = S{} // ERROR "cannot use S\{\} \(value of type S\) as type I in variable declaration:"
	_ = i
	c := 3 // ERROR "c declared but not used"
	var n byte
	_ = byte(300) // ERROR "cannot convert 300 \(untyped int constant\) to type byte"
	const big = 1 << 10
	var d int8 = big // ERROR "cannot use big \(untyped int constant 1024\) as int8 value in variable declaration \(overflows\)"
	_, _ = n, d
	var e, h = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _ = e, h
}
