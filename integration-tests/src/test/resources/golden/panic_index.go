// Indexing a slice past its length panics with Go's runtime error text and exit status 2.
// EXIT 2
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
	fmt.Println("not reached")
}
