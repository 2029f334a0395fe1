package main

import "fmt"

func f() int { return 1 }

func g() (int, string) { return 1, "a" }

func h(a int, b ...string) {}

func main() {
	f(1) // ERROR "too many arguments in call to f"
	var a, b = g(), 1 // ERROR "multiple-value g\(\) \(value of type \(int, string\)\) in single-value context"
	x, y := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_ = g() // ERROR "assignment mismatch: 1 variable but g returns 2 values"
	h() // ERROR "not enough arguments in call to h"
	h(1, 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to h"
	h(1, "a", "b")
	h("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to h"
	var ss []string
	h(1, ss...)
	h(1, "a", ss...) // ERROR "too many arguments in call to h"
	fmt.Println(a, b, x, y)
	len(ss) // ERROR "len\(ss\) \(value of type int\) is not used"
	_ = len(1) // ERROR "invalid argument: 1 \(untyped int constant\) for len"
	_ = append(1, 2) // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = new(1) // ERROR "1 is not a type"
	var i interface{} = 1
	_ = i.(int)
	var n int
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_ = int("a", "b") // ERROR "too many arguments in conversion to int"
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	copy(ss, "x") // ERROR "invalid argument: arguments to copy ss \(variable of type \[\]string\) and \"x\" \(untyped string constant\) have different element types string and byte"
	delete(ss, 1) // ERROR "invalid argument: ss \(variable of type \[\]string\) is not a map"
	close(n) // ERROR "invalid operation: cannot close non-channel n \(variable of type int\)"
	_ = cap(map[int]int{}) // ERROR "invalid argument: map\[int\]int\{\} \(value of type map\[int\]int\) for cap"
}
