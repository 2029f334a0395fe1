// Names declared twice in one scope, and := with no new variables.
package main

func f() {}

func f() {} // ERROR "f redeclared in this block"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b int
	var b string // ERROR "b redeclared in this block"
	_, _ = a, b
}
