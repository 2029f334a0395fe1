// Calls with the wrong number or types of arguments.
package main

func two(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func main() {
	_ = two(1)          // ERROR "not enough arguments in call to two"
	_ = two(1, 2, 3)    // ERROR "too many arguments in call to two"
	_ = two("a", 2)     // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to two"
	a := pair()         // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	_ = a
}
