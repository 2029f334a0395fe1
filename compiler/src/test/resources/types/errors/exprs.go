package main

import "strings"

type P struct{ x, y int }

func (p P) Len() int { return p.x }

func main() {
	var u int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	var w int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var by byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	u = u + "x" // ERROR "invalid operation: u \+ \"x\" \(mismatched types int and untyped string\)"
	q := undefinedthing // ERROR "undefined: undefinedthing"
	var m map[string]int
	m.foo() // ERROR "m\.foo undefined \(type map\[string\]int has no field or method foo\)"
	strings.Foo() // ERROR "undefined: strings\.Foo"
	_ = w + by // ERROR "invalid operation: w \+ by \(mismatched types int and byte\)"
	const c byte = 255
	_ = c + 1 // ERROR "c \+ 1 \(constant 256 of type byte\) overflows byte"
	var p P
	p.z = 1 // ERROR "p\.z undefined \(type P has no field or method z\)"
	_ = p.len() // ERROR "p\.len undefined \(type P has no field or method len, but does have Len\)"
	_ = "a" + 1 // ERROR "invalid operation: \"a\" \+ 1 \(mismatched types untyped string and untyped int\)"
	_ = 1 << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	var s []int
	_ = s == s // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	_ = p < p // ERROR "invalid operation: p < p \(operator < not defined on struct\)"
	_ = s[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = p[0] // ERROR "invalid operation: cannot index p \(variable of type P\)"
	var f float64
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = !u // ERROR "invalid operation: operator ! not defined on u \(variable of type int\)"
	_ = -"x" // ERROR "invalid operation: operator - not defined on \"x\" \(untyped string constant\)"
	_ = 10 / 0 // ERROR "invalid operation: division by zero"
	var mk map[[]int]int // ERROR "invalid map key type \[\]int"
	_, _, _ = mk, q, u
	var ip *int
	_ = ip.x // ERROR "ip\.x undefined \(type \*int has no field or method x\)"
	_ = *u // ERROR "invalid operation: cannot indirect u \(variable of type int\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
}
