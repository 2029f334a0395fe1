// Assignments to things that cannot be assigned.
package main

type P struct{ x int }

func main() {
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type byte\)|cannot assign to s\[0\]"
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\].x in map"
	const c = 1
	c = 2 // ERROR "cannot assign to c"
	_ = m
}
