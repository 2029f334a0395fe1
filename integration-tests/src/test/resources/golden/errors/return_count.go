// Return statements with the wrong number of values.
package main

func one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func none() {
	return 3 // ERROR "too many return values"
}

func main() {
	one()
	two()
	none()
}
