// A function with results must end in a terminating statement.
package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func main() {
	_ = sign(1)
}
