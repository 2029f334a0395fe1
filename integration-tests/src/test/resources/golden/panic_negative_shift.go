// A negative shift count panics at run time.
// EXIT 2
package main

import "fmt"

func shift(x int, n int) int { return x << n }

func main() {
	fmt.Println(shift(1, 10))
	fmt.Println(shift(1, -1))
}
