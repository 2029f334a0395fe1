// println of a slice prints its header as Go's print does: [len/cap] and the backing array's address
// (the harness checks the first stderr line only: the nil slice; the second line's address varies).
package main

import "fmt"

func main() {
	var t []int
	println(t)
	s := make([]int, 2, 5)
	println(s)
	fmt.Println(len(s), cap(s))
}
