// Slicing beyond capacity panics with the slice bounds message.
// EXIT 2
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	hi := 5
	fmt.Println(len(s[:3]))
	fmt.Println(s[1:hi])
}
